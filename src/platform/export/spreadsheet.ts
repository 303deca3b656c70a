/**
 * CSV and XLSX downloads of the lists a user can see (SPEC §3.1), one format for every module:
 * - CSV for Indonesian Excel: UTF-8 with a BOM (else Excel reads names as Windows-1252) and `;` between
 *   fields (the Indonesian locale's list separator, because `,` is the decimal sign);
 * - XLSX with a bold, frozen, filterable header row; strings stay text (an 18-digit NIP keeps its digits),
 *   numbers stay numbers;
 * - in both, a cell that a spreadsheet would run as a formula is neutralised (OWASP "CSV Injection").
 */

/** A cell starting with = + - @ (or a tab/CR before one) is run as a formula by Excel and LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** On export every cell starting with one of those characters gets a leading apostrophe, as OWASP advises. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * On import such a cell is refused (`=CMD()`, `=HYPERLINK(…)`). Signed numbers and phone numbers
 * ("+62 812-…", "-") are not formulas and are let through, so a phone column in international form imports.
 */
export function isFormulaLike(value: string): boolean {
  const v = value.trimStart();
  if (!/^[=+\-@]/.test(v)) return false;
  return !/^[+-][\d\s().-]*$/.test(v);
}

export type Delimiter = ";" | "," | "\t";

/** CSV lines as written (no BOM, no neutralising): cells quoted when they hold the separator, a quote or a line break. */
export function csvLines(rows: readonly (readonly string[])[], delimiter: Delimiter = ";"): string {
  const quote = (v: string) =>
    v.includes(delimiter) || v.includes('"') || v.includes("\n") || v.includes("\r")
      ? `"${v.replaceAll('"', '""')}"`
      : v;
  return `${rows.map((r) => r.map(quote).join(delimiter)).join("\r\n")}\r\n`;
}

export type Cell = string | number | null;

/** A list to download: the file name without extension, the sheet's name, the header and the rows. */
export type Table = {
  fileName: string;
  sheet: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Headers of columns that hold long text (names, titles): drawn twice as wide in the XLSX. */
  wide?: readonly string[];
};

const csvCell = (v: Cell) => (v === null ? "" : typeof v === "number" ? String(v) : neutraliseCell(v));

export function toCsv(table: Table): Uint8Array<ArrayBuffer> {
  const text = csvLines([table.header, ...table.rows.map((r) => r.map(csvCell))]);
  return new TextEncoder().encode(`\uFEFF${text}`);
}

export async function toXlsx(table: Table): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on the first XLSX download, not at start-up: exceljs and its zip and XML libraries are large.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SIGAP Medan Marelan";
  // Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
  const name = table.sheet.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...table.header]).font = { bold: true };
  for (const r of table.rows) sheet.addRow(r.map((v) => (typeof v === "string" ? neutraliseCell(v) : v)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((h, i) => {
    sheet.getColumn(i + 1).width = table.wide?.includes(h) ? 36 : 18;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}

/** The bytes and headers of a download; personal data, so never stored by a cache. */
export async function spreadsheetDownload(table: Table, kind: "csv" | "xlsx") {
  return {
    body: kind === "csv" ? toCsv(table) : await toXlsx(table),
    headers: {
      "content-type":
        kind === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${table.fileName}.${kind}"`,
      "cache-control": "private, no-store",
    },
  };
}
