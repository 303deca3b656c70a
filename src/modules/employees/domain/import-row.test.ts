import { describe, expect, it } from "vitest";
import { indexLookups, parseAsnTypeCell, parseDateCell, validateImportRow } from "./import-row";

const today = new Date("2026-06-01T00:00:00Z");
const index = indexLookups({
  units: [
    { id: "u-paten", code: "MM.PATEN", name: "Seksi Pelayanan Umum (PATEN)", path: "/mm/paten/" },
    { id: "u-l1", code: "MM.1001.L01", name: "Lingkungan I", path: "/mm/1001/l01/" },
    { id: "u-l2", code: "MM.1002.L01", name: "Lingkungan I", path: "/mm/1002/l01/" },
    { id: "u-out", code: "XX", name: "Kecamatan Lain", path: "/xx/" },
  ],
  positions: [
    {
      id: "p-kasi",
      code: "MM.PATEN.KASI",
      name: "Kepala Seksi Pelayanan Umum",
      unitId: "u-paten",
      isHead: true,
    },
    { id: "p-pdp", code: "MM.PATEN.PDP", name: "Pengolah Data Pelayanan", unitId: "u-paten", isHead: false },
  ],
  writeScope: ["/mm/"],
  existingNips: new Set(["198503122010011002"]),
});
// nip, name, gelar depan, gelar belakang, jenis, gol, unit, jabatan, tmt, pendidikan, email, hp
const mapping = {
  nip: 0,
  name: 1,
  frontTitle: 2,
  backTitle: 3,
  asnType: 4,
  golongan: 5,
  unit: 6,
  position: 7,
  tmtJabatan: 8,
  education: 9,
  email: 10,
  phone: 11,
};
const good = [
  "19660801 198803 1 001",
  "Ahmad Nasution",
  "Drs.",
  "M.Si.",
  "PNS",
  "iv/a",
  "MM.PATEN",
  "Pengolah Data Pelayanan",
  "15-01-2024",
  "S2 Administrasi Publik",
  "Ahmad@MedanMarelan.go.id",
  "0812-3456-7890",
];
const check = (cells: string[], seen = new Map<string, number>()) =>
  validateImportRow(cells, 2, mapping, index, seen, today);
const keysOf = (cells: string[]) => check(cells).issues.map((i) => `${i.field}:${i.key}`);
const withCell = (i: number, v: string) => good.map((c, j) => (j === i ? v : c));

describe("validateImportRow", () => {
  it("turns a good SIASN-like row into a draft, reading birth date and sex from the NIP", () => {
    expect(check(good)).toEqual({
      issues: [],
      draft: {
        nip: "196608011988031001",
        asnType: "PNS",
        name: "Drs. Ahmad Nasution, M.Si.",
        sex: "L",
        birthDate: "1966-08-01",
        golongan: "IV/a",
        unitId: "u-paten",
        unitPath: "/mm/paten/",
        positionId: "p-pdp",
        isHead: false,
        tmtJabatan: "2024-01-15",
        education: "S2 Administrasi Publik",
        email: "ahmad@medanmarelan.go.id",
        phone: "+6281234567890",
      },
    });
  });

  it.each([
    ["formula in the name", withCell(1, "=CMD()"), ["name:employees.import.row.formula"]],
    ["formula in the unit", withCell(6, "@SUM(A1)"), ["unit:employees.import.row.formula"]],
    [
      "NIP that Excel stored as a number",
      withCell(0, "1.96608011988031e+17"),
      ["nip:employees.import.row.nipScientific"],
    ],
    ["NIP with an impossible birth date", withCell(0, "196613011988031001"), ["nip:nip.birthDate"]],
    ["NIP already registered", withCell(0, "198503122010011002"), ["nip:employees.v.nipTaken"]],
    ["missing NIP", withCell(0, ""), ["nip:employees.v.nipRequired"]],
    ["unknown ASN type", withCell(4, "Honorer"), ["asnType:employees.v.asnType"]],
    ["PPPK grade on a PNS", withCell(5, "IX"), ["golongan:employees.v.golonganPns"]],
    ["unknown unit", withCell(6, "Dinas Lain"), ["unit:employees.import.row.unitUnknown"]],
    ["ambiguous unit name", withCell(6, "Lingkungan I"), ["unit:employees.import.row.unitAmbiguous"]],
    ["unit out of scope", withCell(6, "XX"), ["unit:employees.v.unitOutOfScope"]],
    ["position from another unit", withCell(7, "Lurah"), ["position:employees.import.row.positionUnknown"]],
    ["bad date", withCell(8, "31-02-2024"), ["tmtJabatan:employees.import.row.date"]],
    ["bad email", withCell(10, "bukan email"), ["email:email.format"]],
    ["bad phone", withCell(11, "12345"), ["phone:phone.format"]],
    ["control character in the name", withCell(1, "Ahmad\u0007"), ["name:employees.v.controlChars"]],
    ["name too long", withCell(1, "A".repeat(200)), ["name:employees.v.nameLength"]],
  ])("%s", (_, cells, expected) => {
    expect(keysOf(cells)).toEqual(expected);
    expect(check(cells).draft).toBeNull();
  });

  it("stores HTML in names as typed (it is escaped on output)", () => {
    expect(check(withCell(1, "<b>Budi</b>")).draft?.name).toBe("Drs. <b>Budi</b>, M.Si.");
  });

  it("refuses a NIP repeated inside the file, naming the first row", () => {
    const seen = new Map<string, number>();
    expect(validateImportRow(good, 2, mapping, index, seen, today).issues).toEqual([]);
    expect(validateImportRow(good, 7, mapping, index, seen, today).issues).toEqual([
      { row: 7, field: "nip", key: "employees.import.row.nipRepeated", params: { row: 2 } },
    ]);
  });

  it("needs only NIP, name and unit; an unmapped ASN type means PNS", () => {
    const r = validateImportRow(
      ["196608011988031001", "Ahmad", "MM.PATEN"],
      2,
      { nip: 0, name: 1, unit: 2 },
      index,
      new Map(),
      today,
    );
    expect(r.issues).toEqual([{ row: 2, field: "golongan", key: "employees.v.golonganRequired" }]);
  });
});

describe("cell parsers", () => {
  it.each([
    ["2024-01-15", "2024-01-15"],
    ["15-01-2024", "2024-01-15"],
    ["5/1/2024", "2024-01-05"],
    ["15.01.2024", "2024-01-15"],
    ["2024-02-30", null],
    ["kemarin", null],
  ])("date %j → %j", (raw, expected) => expect(parseDateCell(raw)).toBe(expected));

  it.each([
    ["", "PNS"],
    ["PNS", "PNS"],
    ["CPNS", "PNS"],
    ["PNS Daerah", "PNS"],
    ["pppk", "PPPK"],
    ["PPPK Paruh Waktu", "PPPK_PW"],
    ["PPPK_PW", "PPPK_PW"],
    ["Honorer", null],
  ])("ASN type %j → %j", (raw, expected) => expect(parseAsnTypeCell(raw)).toBe(expected));
});
