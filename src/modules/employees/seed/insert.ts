import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../../db/client";
import type { Role } from "../../../platform/auth/actor";
import { createUser } from "../../../platform/auth/users";
import type { Deps } from "../../../platform/http/context";
import { units } from "../../../platform/org/schema";
import { employeeHistory, employees, positions } from "../schema";
import { searchTextOf } from "../search-text";
import { generateDemoEmployees } from "./generate";
import { seedPositions, seedUnits } from "./org-data";

/**
 * Reference data: Medan Marelan's unit tree and positions (SPEC §2), inserted once when the unit table is
 * empty. From then on units and positions are data that admins edit.
 */
export async function seedOrg(deps: Deps): Promise<void> {
  const [row] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from units`);
  if (Number(row!.n) > 0) return;
  const ids = new Map(seedUnits.map((u) => [u.code, randomUUID()]));
  const paths = new Map<string, string>();
  const pathOf = (code: string): string => {
    const cached = paths.get(code);
    if (cached) return cached;
    const unit = seedUnits.find((u) => u.code === code)!;
    const path = `${unit.parentCode ? pathOf(unit.parentCode) : "/"}${ids.get(code)}/`;
    paths.set(code, path);
    return path;
  };
  await deps.db.transaction(async (tx) => {
    await tx.insert(units).values(
      seedUnits.map((u) => ({
        id: ids.get(u.code)!,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentId: u.parentCode ? ids.get(u.parentCode)! : null,
        path: pathOf(u.code),
        kemendagriCode: u.kemendagriCode ?? null,
      })),
    );
    await tx.insert(positions).values(
      seedPositions.map((p) => ({
        code: p.code,
        name: p.name,
        kind: p.kind,
        unitId: ids.get(p.unitCode)!,
        isHead: p.isHead,
        eselon: p.eselon ?? null,
      })),
    );
  });
}

export const DEMO_PASSWORD = "demo-sigap-2026";

/** Demo accounts documented in the README; each maps to a fixed demo person (or none). */
export const demoAccounts: {
  username: string;
  employeeKey: string | null;
  displayName?: string;
  grants: { role: Role; unitCode: string }[];
}[] = [
  {
    username: "admin",
    employeeKey: null,
    displayName: "Admin Sistem",
    grants: [{ role: "admin_sistem", unitCode: "MM" }],
  },
  { username: "camat", employeeKey: "CAMAT", grants: [{ role: "pimpinan", unitCode: "MM" }] },
  { username: "kepegawaian", employeeKey: "KEPEG", grants: [{ role: "admin_kepegawaian", unitCode: "MM" }] },
  {
    username: "kasi.pelayanan",
    employeeKey: "KASI_YAN",
    grants: [{ role: "petugas", unitCode: "MM.PATEN" }],
  },
  { username: "petugas", employeeKey: "PETUGAS", grants: [{ role: "petugas", unitCode: "MM.PATEN" }] },
  {
    username: "auditor",
    employeeKey: null,
    displayName: "Auditor Inspektorat",
    grants: [{ role: "auditor", unitCode: "MM" }],
  },
  {
    username: "lurah.terjun",
    employeeKey: "LURAH_TERJUN",
    grants: [{ role: "pimpinan", unitCode: "MM.1003" }],
  },
  {
    username: "petugas.terjun",
    employeeKey: "PETUGAS_TERJUN",
    grants: [{ role: "petugas", unitCode: "MM.1003" }],
  },
  {
    username: "petugas.payapasir",
    employeeKey: "PETUGAS_PAYAPASIR",
    grants: [{ role: "petugas", unitCode: "MM.1005" }],
  },
];

/** ~150 demo ASN with a supervisor chain, their history, and the demo accounts (SPEC §5). */
export async function seedDemoEmployees(deps: Deps): Promise<void> {
  const roster = generateDemoEmployees();
  const unitRows = await deps.db.select({ id: units.id, code: units.code }).from(units);
  const positionRows = await deps.db.select({ id: positions.id, code: positions.code }).from(positions);
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const positionId = new Map(positionRows.map((p) => [p.code, p.id]));
  const ids = new Map(roster.map((e) => [e.key, randomUUID()]));
  await deps.db.transaction(async (tx) => {
    await tx.insert(employees).values(
      roster.map((e) => ({
        id: ids.get(e.key)!,
        nip: e.nip,
        asnType: e.asnType,
        name: e.name,
        sex: e.sex,
        birthDate: e.birthDate,
        golongan: e.golongan ?? e.pppkGrade ?? null,
        positionId: positionId.get(e.positionCode)!,
        unitId: unitId.get(e.unitCode)!,
        tmtJabatan: e.tmtJabatan,
        education: e.education,
        email: e.email,
        phone: e.phone,
        searchText: searchTextOf(e.name, e.nip),
      })),
    );
    // Supervisors after everyone exists (the chain points both ways through the roster).
    for (const e of roster) {
      if (e.supervisorKey) {
        await tx.execute(
          sql`update employees set supervisor_id = ${ids.get(e.supervisorKey)!} where id = ${ids.get(e.key)!}`,
        );
      }
    }
    await tx.insert(employeeHistory).values(
      roster.map((e) => ({
        employeeId: ids.get(e.key)!,
        positionId: positionId.get(e.positionCode)!,
        unitId: unitId.get(e.unitCode)!,
        golongan: e.golongan,
        startDate: e.tmtJabatan,
        note: "Data awal",
      })),
    );
    for (const a of demoAccounts) {
      const person = a.employeeKey ? roster.find((e) => e.key === a.employeeKey) : undefined;
      await createUser(tx, {
        username: a.username,
        displayName: person?.name ?? a.displayName ?? a.username,
        password: DEMO_PASSWORD,
        email: person?.email,
        employeeId: person ? ids.get(person.key) : null,
        nip: person?.nip ?? null,
        isDemo: true,
        grants: a.grants.map((g) => ({ role: g.role, unitId: unitId.get(g.unitCode)! })),
      });
    }
  });
}
