import type { CellValue } from "exceljs";
import { type CsvLimits, decodeUtf8, detectDelimiter, parseCsv, type TextProblem } from "../domain/csv";

/** Upload limits: 12 MB (the platform's multipart limit), and a table size that fits comfortably in memory. */
export const IMPORT_LIMITS: CsvLimits & { maxBytes: number; maxUnzippedBytes: number } = {
  maxBytes: 12 * 1024 * 1024,
  maxRows: 50_000,
  maxColumns: 100,
  maxCellLength: 1000,
  // An XLSX is a zip: refuse archives that would expand past this (zip bombs) before opening them.
  maxUnzippedBytes: 200 * 1024 * 1024,
};

export type UploadedTable = { kind: "csv" | "xlsx"; headers: string[]; rows: string[][] };

type Result = { ok: true; table: UploadedTable } | { ok: false; problem: TextProblem };

const fail = (key: string, params?: TextProblem["params"]): Result => ({
  ok: false,
  problem: params ? { key, params } : { key },
});

/**
 * Reads an uploaded employee list. The type is decided by content, not by file name: a zip is XLSX, an old
 * binary .xls is refused with a hint, anything else must be UTF-8 CSV text.
 */
export async function readUpload(bytes: Uint8Array): Promise<Result> {
  if (bytes.length === 0) return fail("employees.import.file.empty");
  if (bytes.length > IMPORT_LIMITS.maxBytes) return fail("employees.import.file.tooBig");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return fail("employees.import.file.xls");
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  const parsed = parseCsv(decoded.text, detectDelimiter(decoded.text), IMPORT_LIMITS);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  return tableOf("csv", parsed.rows);
}

function tableOf(kind: UploadedTable["kind"], rows: string[][]): Result {
  const [headers, ...data] = rows;
  if (!headers || data.length === 0) return fail("employees.import.file.noRows");
  if (data.length > IMPORT_LIMITS.maxRows)
    return fail("employees.import.file.tooManyRows", { max: IMPORT_LIMITS.maxRows });
  return { ok: true, table: { kind, headers: headers.map((h) => h.trim()), rows: data } };
}

/**
 * Sum of the uncompressed sizes in the zip's central directory, or null when the directory is unreadable or
 * uses ZIP64 (sizes we would not accept anyway).
 */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return total;
}

async function readXlsx(bytes: Uint8Array): Promise<Result> {
  const unzipped = zipUncompressedSize(bytes);
  if (unzipped === null) return fail("employees.import.file.xlsxBroken");
  if (unzipped > IMPORT_LIMITS.maxUnzippedBytes) return fail("employees.import.file.tooBig");
  // Loaded on the first XLSX upload, not at start-up: exceljs and its zip and XML libraries are large.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    return fail("employees.import.file.xlsxBroken");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fail("employees.import.file.noRows");
  if (sheet.rowCount > IMPORT_LIMITS.maxRows + 1) {
    return fail("employees.import.file.tooManyRows", { max: IMPORT_LIMITS.maxRows });
  }
  const rows: string[][] = [];
  let tooWide = false;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as CellValue[];
    if (values.length - 1 > IMPORT_LIMITS.maxColumns) tooWide = true;
    const cells: string[] = [];
    for (let c = 1; c < Math.min(values.length, IMPORT_LIMITS.maxColumns + 1); c++) {
      const text = cellText(values[c]);
      cells.push(
        text.length > IMPORT_LIMITS.maxCellLength ? text.slice(0, IMPORT_LIMITS.maxCellLength + 1) : text,
      );
    }
    if (cells.some((v) => v.trim() !== "")) rows.push(cells);
  });
  if (tooWide) return fail("employees.import.file.tooManyColumns", { max: IMPORT_LIMITS.maxColumns });
  return tableOf("xlsx", rows);
}

/**
 * A cell as text. Formulas become "=…" so the row check refuses them like a typed formula; dates become
 * YYYY-MM-DD; integers too large for a double (an 18-digit NIP typed as a number) keep Excel's lossy
 * exponent form so the row check can say what happened instead of importing wrong digits.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    return Number.isSafeInteger(value) || !Number.isInteger(value) ? String(value) : value.toExponential();
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("formula" in value && value.formula) return `=${value.formula}`;
  if ("sharedFormula" in value) return `=${value.sharedFormula}`;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : "";
  if ("error" in value) return String(value.error);
  return "";
}
