import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/policy";
import { employees } from "../../employees";
import { trainingJpCredits } from "../schema";
import { MODE_TEXT } from "../training.types";

/** Columns of the training-history upload for BKN's SIASN (SPEC §3.12): one row per credited training. */
export const SIASN_COLUMNS = [
  "NIP",
  "Nama",
  "Jenis Pengembangan Kompetensi",
  "Nama Pelatihan",
  "Penyelenggara",
  "Tanggal Mulai",
  "Tanggal Selesai",
  "Jumlah JP",
  "Nomor Sertifikat",
] as const;

export async function siasnRows(db: Executor, year: number, unitPaths: string[]): Promise<string[][]> {
  const rows = await db
    .select({
      nip: employees.nip,
      name: employees.name,
      mode: trainingJpCredits.mode,
      title: trainingJpCredits.title,
      provider: trainingJpCredits.provider,
      startDate: trainingJpCredits.startDate,
      endDate: trainingJpCredits.endDate,
      jp: trainingJpCredits.jp,
      certificateNumber: trainingJpCredits.certificateNumber,
    })
    .from(trainingJpCredits)
    .innerJoin(employees, eq(employees.id, trainingJpCredits.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(and(eq(trainingJpCredits.year, year), scopeCondition(units.path, unitPaths)))
    .orderBy(asc(employees.nip), asc(trainingJpCredits.startDate));
  return rows.map((r) => [
    r.nip,
    r.name,
    MODE_TEXT[r.mode as keyof typeof MODE_TEXT] ?? r.mode,
    r.title,
    r.provider,
    r.startDate,
    r.endDate,
    String(r.jp),
    r.certificateNumber ?? "",
  ]);
}

/** RFC 4180 CSV; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

export async function toXlsx(
  header: readonly string[],
  rows: string[][],
  sheetName: string,
): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow([...header]).font = { bold: true };
  for (const r of rows) {
    // NIP stays text (18 digits would lose precision as a number); JP is a number.
    ws.addRow(r.map((v, i) => (header[i] === "Jumlah JP" ? Number(v) : v)));
  }
  ws.getColumn(1).numFmt = "@";
  ws.columns.forEach((c) => {
    c.width = 20;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
