import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import type { Cell, Table } from "../../../platform/export/spreadsheet";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

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

export async function siasnRows(db: Executor, year: number, unitPaths: string[]): Promise<Cell[][]> {
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
    r.jp,
    r.certificateNumber ?? "",
  ]);
}

/** The upload file for SIASN as a download (CSV/XLSX format: src/platform/export/spreadsheet.ts). */
export const siasnTable = (rows: Cell[][], year: number): Table => ({
  fileName: `riwayat-pelatihan-siasn-${year}`,
  sheet: `Pelatihan ${year}`,
  header: SIASN_COLUMNS,
  rows,
  wide: ["Nama", "Nama Pelatihan", "Penyelenggara"],
});
