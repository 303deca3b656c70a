import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isFormulaLike, neutraliseCell, spreadsheetDownload, type Table, toCsv, toXlsx } from "./spreadsheet";

describe("formula cells (OWASP CSV injection)", () => {
  it.each([
    ["=CMD()", true],
    ["  =1+1", true],
    ["+SUM(A1)", true],
    ["-2+3+cmd|' /C calc'!A0", true],
    ["@SUM(A1)", true],
    ["+62 812-3456-7890", false],
    ["-", false],
    ["Siti = Ani", false],
    ["Budi", false],
  ])("%j is a formula: %s", (value, expected) => expect(isFormulaLike(value)).toBe(expected));

  it.each([
    ["=CMD()", "'=CMD()"],
    ["+6281234", "'+6281234"],
    ["@x", "'@x"],
    ["\t=1", "'\t=1"],
    ["Budi", "Budi"],
  ])("export neutralises %j as %j", (value, expected) => expect(neutraliseCell(value)).toBe(expected));
});

const table: Table = {
  fileName: "uji",
  sheet: "Daftar: uji/2026",
  header: ["NIP", "Nama", "JP"],
  rows: [
    ["198503122010011002", '=HYPERLINK("http://x")', 12],
    ["199001012015032001", 'Siti; "Ani"', null],
  ],
  wide: ["Nama"],
};

describe("toCsv", () => {
  it("writes UTF-8 with a BOM, ; between fields, quoted where needed, formulas neutralised", () => {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(toCsv(table));
    expect(text).toBe(
      '\uFEFFNIP;Nama;JP\r\n198503122010011002;"\'=HYPERLINK(""http://x"")";12\r\n' +
        '199001012015032001;"Siti; ""Ani""";\r\n',
    );
  });
});

describe("toXlsx", () => {
  it("keeps NIPs as text and numbers as numbers, neutralises formulas, freezes and filters the header", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table)).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("Daftar  uji 2026");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell("A2").value).toBe("198503122010011002");
    expect(sheet.getCell("B2").value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getCell("C2").value).toBe(12);
    expect(sheet.getCell("C3").value).toBeNull();
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width!);
  });
});

describe("spreadsheetDownload", () => {
  it("names the file and forbids caches", async () => {
    const { headers } = await spreadsheetDownload(table, "xlsx");
    expect(headers["content-disposition"]).toBe('attachment; filename="uji.xlsx"');
    expect(headers["content-type"]).toContain("spreadsheetml");
    expect(headers["cache-control"]).toBe("private, no-store");
  });
});
