import ExcelJS from "exceljs";

/**
 * CSV and XLSX of a list a user can see (SPEC §3.1). A cell starting with = + - @ (or a tab/CR) would be run
 * as a formula by spreadsheet programs, so it is prefixed with an apostrophe (OWASP CSV injection).
 */
export const neutralise = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export function toCsv(headers: readonly string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? "" : typeof v === "number" ? String(v) : neutralise(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // The BOM makes Excel read UTF-8 names (é, ñ, …) correctly.
  return `\uFEFF${[headers, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

export async function toXlsx(sheet: string, headers: readonly string[], rows: (string | number | null)[][]) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  ws.addRow([...headers]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" ? neutralise(v) : v)));
  ws.columns.forEach((col) => {
    col.width = 18;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const exportHeaders = (name: string, kind: "csv" | "xlsx") => ({
  "content-type":
    kind === "csv"
      ? "text/csv; charset=utf-8"
      : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "content-disposition": `attachment; filename="${name}.${kind}"`,
  "cache-control": "private, no-store",
});
