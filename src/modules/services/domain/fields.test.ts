import { describe, expect, it } from "vitest";
import {
  type FieldDef,
  parsePhone,
  parseRupiah,
  validateAnswers,
  validateApplicant,
  validateDocumentModes,
} from "./fields";

const TODAY = "2026-11-27";
const def = (over: Partial<FieldDef>): FieldDef => ({
  key: "x",
  label: "Isian",
  type: "text",
  required: true,
  ...over,
});
const kelurahan = [
  { value: "MM.1003", label: "Terjun" },
  { value: "MM.1005", label: "Paya Pasir" },
];

describe("answers to per-service fields", () => {
  it.each<[Partial<FieldDef>, string, string | null]>([
    [{ type: "text" }, "  Warung  ", "Warung"],
    [{ type: "text" }, "<script>alert(1)</script>", "<script>alert(1)</script>"],
    [{ type: "text" }, "a\u0000b\u0007c", "abc"],
    [{ type: "text", maxLength: 5 }, "abcdef", null],
    [{ type: "textarea" }, "baris 1\r\nbaris 2", "baris 1\nbaris 2"],
    [{ type: "number", min: 0, max: 99 }, "12", "12"],
    [{ type: "number", min: 0, max: 99 }, "100", null],
    [{ type: "number" }, "1,5", null],
    [{ type: "money" }, "Rp 1.500.000", "1500000"],
    [{ type: "money" }, "1,5 juta", null],
    [{ type: "date" }, "2026-02-28", "2026-02-28"],
    [{ type: "date" }, "2026-02-30", null],
    [{ type: "date", notFuture: true }, "2026-11-28", null],
    [{ type: "nik" }, "1271 1245 0890 0003", "1271124508900003"],
    [{ type: "nik" }, "1271124508900000", null],
    [{ type: "select", options: [{ value: "a", label: "A" }] }, "a", "a"],
    [{ type: "select", options: [{ value: "a", label: "A" }] }, "b", null],
    [{ type: "nib" }, "9120 1234 5678 9", "9120123456789"],
    [{ type: "nib" }, "12345", null],
    [{ type: "kbli" }, "56103", "56103"],
    [{ type: "kbli" }, "5610", null],
  ])("%o with %j → %j", (over, input, expected) => {
    const r = validateAnswers([def(over)], { x: input }, TODAY);
    if (expected === null) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.field).toBe("fields.x");
    } else {
      expect(r.errors).toEqual([]);
      expect(r.values.x).toBe(expected);
    }
  });

  it("requires required fields, skips empty optional ones and drops unknown keys", () => {
    const defs = [def({ key: "a" }), def({ key: "b", required: false })];
    const r = validateAnswers(defs, { a: " ", b: "", evil: "x" }, TODAY);
    expect(r.errors).toEqual([{ field: "fields.a", message: "Isian wajib diisi." }]);
    expect(r.values).toEqual({});
    expect(validateAnswers(defs, { a: { nested: 1 } }, TODAY).errors[0]!.field).toBe("fields.a");
  });
});

describe("applicant", () => {
  const good = {
    nik: "1271124508900003",
    name: "Siti Aminah",
    phone: "+62 812-3456-7890",
    email: "",
    address: "Jl. Marelan Raya No. 5, Lingkungan III",
    kelurahan: "MM.1003",
  };
  it("accepts and normalises a good applicant", () => {
    expect(validateApplicant(good, kelurahan)).toEqual({
      value: { ...good, phone: "081234567890", email: null },
      errors: [],
    });
  });
  it("names every bad field", () => {
    const r = validateApplicant(
      { nik: "1234", name: "", phone: "12345", email: "bukan-email", address: "", kelurahan: "MM.9999" },
      kelurahan,
    );
    expect(r.value).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual([
      "applicant.nik",
      "applicant.name",
      "applicant.phone",
      "applicant.email",
      "applicant.address",
      "applicant.kelurahan",
    ]);
    expect(r.errors[0]!.message).toBe("NIK harus 16 digit angka.");
  });
  it.each([
    ["081234567890", "081234567890"],
    ["6281234567890", "081234567890"],
    ["0612345678", null],
    ["08123", null],
  ])("phone %s → %s", (input, expected) => expect(parsePhone(input)).toBe(expected));
  it.each([
    ["25.000.000", 25_000_000],
    ["Rp25000000", 25_000_000],
    ["-5", null],
  ])("rupiah %s → %s", (input, expected) => expect(parseRupiah(input)).toBe(expected));
});

describe("document modes", () => {
  const reqs = [
    { key: "ktp", label: "KTP-el", required: true },
    { key: "foto", label: "Foto", required: false },
  ];
  it("takes an uploaded file or 'bring the original'; a required one cannot be skipped", () => {
    expect(validateDocumentModes(reqs, { ktp: "bawa" }, new Set())).toEqual({
      modes: { ktp: "bawa" },
      errors: [],
    });
    expect(validateDocumentModes(reqs, {}, new Set(["ktp", "foto"]))).toEqual({
      modes: { ktp: "unggah", foto: "unggah" },
      errors: [],
    });
    expect(validateDocumentModes(reqs, {}, new Set()).errors.map((e) => e.field)).toEqual(["documents.ktp"]);
    expect(validateDocumentModes(reqs, { ktp: "unggah" }, new Set()).errors[0]!.message).toContain(
      "Pilih berkas",
    );
  });
});
