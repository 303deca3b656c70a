import { describe, expect, it } from "vitest";
import { csvLines } from "../../../platform/export/spreadsheet";
import { decodeUtf8, detectDelimiter, parseCsv } from "./csv";

const limits = { maxRows: 100, maxColumns: 10, maxCellLength: 20 };
const enc = (s: string) => new TextEncoder().encode(s);

describe("decodeUtf8", () => {
  it.each([
    ["plain UTF-8", enc("NIP;Nama\n"), "NIP;Nama\n"],
    ["UTF-8 with BOM (Excel 'CSV UTF-8')", new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Nama")]), "Nama"],
    ["Indonesian and Batak names", enc("Siti Sinaga — Ö"), "Siti Sinaga — Ö"],
  ])("accepts %s", (_, bytes, text) => {
    expect(decodeUtf8(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    [
      "Windows-1252 é (0xE9)",
      new Uint8Array([0x4e, 0x61, 0x6d, 0xe9, 0x0a]),
      "employees.import.file.encoding",
    ],
    ["a truncated multibyte sequence", new Uint8Array([0x41, 0xe2, 0x82]), "employees.import.file.encoding"],
    ["UTF-16 LE with BOM", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "employees.import.file.utf16"],
    ["binary with NUL", new Uint8Array([0x41, 0x00, 0x42]), "employees.import.file.binary"],
  ])("refuses %s", (_, bytes, key) => {
    expect(decodeUtf8(bytes)).toEqual({ ok: false, problem: { key } });
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["NIP;Nama;Unit\n1;2;3", ";"],
    ["NIP,Nama,Unit\n1,2,3", ","],
    ["NIP\tNama\tUnit", "\t"],
    ['"Nama, gelar";NIP;Unit', ";"],
    ["NIP", ";"],
    ["a,b;c", ";"],
  ])("%j → %j", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("parseCsv", () => {
  it.each([
    [
      "simple",
      "a;b\n1;2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "CRLF and no trailing newline",
      "a;b\r\n1;2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "lone CR line ends",
      "a;b\r1;2\r",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["quoted separator", 'a;"b;c"\n', [["a", "b;c"]]],
    ["escaped quotes", '"say ""hi""";x', [['say "hi"', "x"]]],
    ["newline inside quotes", '"line1\nline2";x\n', [["line1\nline2", "x"]]],
    ["empty cells kept", "a;;c\n", [["a", "", "c"]]],
    [
      "blank lines skipped",
      "a;b\n\n;\n1;2\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["quote inside an unquoted cell is literal", 'Ja"far;x', [['Ja"far', "x"]]],
    ["long cells cut just past the limit", `${"x".repeat(50)};y`, [["x".repeat(21), "y"]]],
  ])("%s", (_, text, rows) => {
    expect(parseCsv(text, ";", limits)).toEqual({ ok: true, rows });
  });

  it("reports an unclosed quote with its line", () => {
    expect(parseCsv('a;b\n1;"open\n2;3', ";", limits)).toEqual({
      ok: false,
      problem: { key: "employees.import.file.unclosedQuote", params: { line: 2 } },
    });
  });

  it("reports text after a closing quote", () => {
    expect(parseCsv('"a"b;c', ";", limits)).toMatchObject({
      ok: false,
      problem: { key: "employees.import.file.afterQuote" },
    });
  });

  it("refuses too many columns and too many rows", () => {
    expect(parseCsv(`${"x;".repeat(12)}x`, ";", limits)).toMatchObject({
      ok: false,
      problem: { key: "employees.import.file.tooManyColumns" },
    });
    expect(parseCsv("r\n".repeat(102), ";", limits)).toMatchObject({
      ok: false,
      problem: { key: "employees.import.file.tooManyRows" },
    });
  });
});

describe("csvLines (the export writer) and parseCsv", () => {
  it("quotes only what needs quoting and round-trips through parseCsv", () => {
    const rows = [
      ["NIP", "Nama"],
      ["198503122010011002", 'Drs. "Ucok"; M.Si.'],
      ["x", "a\nb"],
    ];
    const text = csvLines(rows, ";");
    expect(text).toBe('NIP;Nama\r\n198503122010011002;"Drs. ""Ucok""; M.Si."\r\nx;"a\nb"\r\n');
    expect(parseCsv(text, ";", { maxRows: 10, maxColumns: 10, maxCellLength: 100 })).toEqual({
      ok: true,
      rows,
    });
  });
});
