import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { forbidden } from "../../../platform/errors";
import type { Table } from "../../../platform/export/spreadsheet";
import type { T } from "../../../platform/i18n";
import { units } from "../../../platform/org/schema";
import { can } from "../domain/policy";
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
  return rows.map((r) => [
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
  ]);
}

/** The export as a download table (CSV/XLSX format: src/platform/export/spreadsheet.ts). */
export const employeeExportTable = (rows: string[][], fileName: string): Table => ({
  fileName,
  sheet: "Pegawai",
  header: EXPORT_HEADERS,
  rows,
  wide: ["Nama", "Unit", "Jabatan"],
});

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
