import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import ExcelJS from "exceljs";
import type { Db } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { forbidden } from "../../../platform/errors";
import type { T } from "../../../platform/i18n";
import { units } from "../../../platform/org/schema";
import { toCsv } from "../domain/csv";
import { can } from "../domain/policy";
import { neutraliseCell } from "../domain/spreadsheet-cells";
import { employees, positions } from "../schema";
import { type EmployeeFilter, employeeListCondition } from "./find-employees";

const supervisors = alias(employees, "supervisors");

/**
 * Column headers of the export. They are a file format (read back by our import and by SIASN-minded
 * spreadsheets), so they stay in Indonesian whatever the interface language; each one is recognised by the
 * import's column guessing, so an export re-imports without remapping.
 */
export const EXPORT_HEADERS = [
  "NIP",
  "Nama",
  "Jenis ASN",
  "Jenis Kelamin",
  "Tanggal Lahir",
  "Golongan",
  "Kode Jabatan",
  "Jabatan",
  "Jenis Jabatan",
  "Kode Unit",
  "Unit",
  "NIP Atasan",
  "Atasan",
  "TMT Jabatan",
  "Pendidikan",
  "Email",
  "Nomor HP",
  "Status",
] as const;

const asnLabel: Record<string, string> = { PNS: "PNS", PPPK: "PPPK", PPPK_PW: "PPPK Paruh Waktu" };

/** Every employee the actor can read under the filter (no paging), as export rows. */
export async function exportTable(db: Db, actor: Actor, filter: EmployeeFilter, t: T): Promise<string[][]> {
  if (!can(actor, "export")) throw forbidden(t("employees.error.noRead"));
  const rows = await db
    .select({
      nip: employees.nip,
      name: employees.name,
      asnType: employees.asnType,
      sex: employees.sex,
      birthDate: employees.birthDate,
      golongan: employees.golongan,
      positionCode: positions.code,
      positionName: positions.name,
      positionKind: positions.kind,
      unitCode: units.code,
      unitName: units.name,
      supervisorNip: supervisors.nip,
      supervisorName: supervisors.name,
      tmtJabatan: employees.tmtJabatan,
      education: employees.education,
      email: employees.email,
      phone: employees.phone,
      isActive: employees.isActive,
    })
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(positions, eq(positions.id, employees.positionId))
    .leftJoin(supervisors, eq(supervisors.id, employees.supervisorId))
    .where(await employeeListCondition(db, actor, filter))
    .orderBy(asc(employees.name), asc(employees.id));
  return rows.map((r) =>
    [
      r.nip,
      r.name,
      asnLabel[r.asnType] ?? r.asnType,
      r.sex,
      r.birthDate,
      r.golongan ?? "",
      r.positionCode ?? "",
      r.positionName ?? "",
      r.positionKind ?? "",
      r.unitCode,
      r.unitName,
      r.supervisorNip ?? "",
      r.supervisorName ?? "",
      r.tmtJabatan ?? "",
      r.education ?? "",
      r.email ?? "",
      r.phone ?? "",
      r.isActive ? "Aktif" : "Tidak aktif",
    ].map(neutraliseCell),
  );
}

/**
 * CSV for Indonesian Excel: UTF-8 with a BOM (else Excel reads names as Windows-1252) and `;` between
 * fields (the Indonesian locale's list separator, because `,` is the decimal sign). Excel still shows an
 * 18-digit NIP as 1,97E+17 when the CSV is opened directly; the XLSX export keeps it as text.
 */
export function toExportCsv(rows: string[][]): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${toCsv([[...EXPORT_HEADERS], ...rows], ";")}`);
}

/** XLSX with every cell as text (NIP keeps its 18 digits), a frozen, filterable header row. */
export async function toExportXlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "SIGAP Medan Marelan";
  const sheet = workbook.addWorksheet("Pegawai", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...EXPORT_HEADERS]).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADERS.length } };
  EXPORT_HEADERS.forEach((h, i) => {
    sheet.getColumn(i + 1).width = h === "Nama" || h === "Unit" || h === "Jabatan" ? 36 : 18;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Taking a copy of personal data is recorded (SPEC §5, UU 27/2022): one audit row per export. */
export async function auditExport(
  db: Db,
  actor: Actor,
  format: string,
  filter: EmployeeFilter,
  count: number,
) {
  await db.transaction((tx) =>
    audit(tx, actor, { action: "employees.export", entity: "employee", after: { format, filter, count } }),
  );
}
