import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { employees } from "../../employees";
import { type ComplianceState, complianceOf, compliancePct, jpTargetFor } from "../domain/jp";
import { trainingJpCredits } from "../schema";
import { findEmployee, getJpTargets } from "../training.repository";

export type JpItem = {
  id: string;
  title: string;
  provider: string;
  mode: string;
  source: string;
  startDate: string;
  endDate: string;
  jp: number;
  certificateNumber: string | null;
};
export type JpSummary = {
  year: number;
  target: number;
  earned: number;
  state: ComplianceState;
  items: JpItem[];
};

/**
 * JP earned by one ASN in a calendar year against the target for their ASN type (SPEC §4.4). Also the
 * function the employee profile calls for its "Pelatihan & JP" section. Null for an unknown employee.
 */
export async function jpSummaryFor(
  db: Executor,
  employeeId: string,
  year: number,
): Promise<JpSummary | null> {
  const e = await findEmployee(db, employeeId);
  if (!e) return null;
  const target = jpTargetFor(e.asnType, await getJpTargets(db));
  const items = await db
    .select({
      id: trainingJpCredits.id,
      title: trainingJpCredits.title,
      provider: trainingJpCredits.provider,
      mode: trainingJpCredits.mode,
      source: trainingJpCredits.source,
      startDate: trainingJpCredits.startDate,
      endDate: trainingJpCredits.endDate,
      jp: trainingJpCredits.jp,
      certificateNumber: trainingJpCredits.certificateNumber,
    })
    .from(trainingJpCredits)
    .where(and(eq(trainingJpCredits.employeeId, employeeId), eq(trainingJpCredits.year, year)))
    .orderBy(asc(trainingJpCredits.endDate), asc(trainingJpCredits.title));
  const earned = items.reduce((a, i) => a + i.jp, 0);
  return { year, target, earned, state: complianceOf(earned, target), items };
}

export type JpRow = {
  employeeId: string;
  nip: string;
  name: string;
  asnType: string;
  unitName: string;
  unitPath: string;
  groupId: string;
  earned: number;
  target: number;
  state: ComplianceState;
};

/** JP of every active ASN within the given unit paths (or of the given employees) for a year. */
export async function jpRows(
  db: Executor,
  opts: { year: number; unitPaths?: string[]; employeeIds?: string[] },
): Promise<JpRow[]> {
  const targets = await getJpTargets(db);
  const filters = [eq(employees.isActive, true)];
  if (opts.unitPaths) filters.push(scopeCondition(units.path, opts.unitPaths));
  if (opts.employeeIds) {
    if (opts.employeeIds.length === 0) return [];
    filters.push(inArray(employees.id, opts.employeeIds));
  }
  const rows = await db
    .select({
      employeeId: employees.id,
      nip: employees.nip,
      name: employees.name,
      asnType: employees.asnType,
      unitName: units.name,
      unitPath: units.path,
      earned: sql<number>`coalesce(sum(${trainingJpCredits.jp}), 0)::int`,
    })
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(
      trainingJpCredits,
      and(eq(trainingJpCredits.employeeId, employees.id), eq(trainingJpCredits.year, opts.year)),
    )
    .where(and(...filters))
    .groupBy(employees.id, units.id)
    .orderBy(asc(employees.name));
  return rows.map((r) => {
    const target = jpTargetFor(r.asnType, targets);
    const earned = Number(r.earned);
    const segments = r.unitPath.split("/").filter(Boolean);
    return {
      ...r,
      earned,
      target,
      state: complianceOf(earned, target),
      groupId: segments[1] ?? segments[0] ?? "",
    };
  });
}

export type UnitCompliance = {
  groupId: string;
  groupName: string;
  people: number;
  withTarget: number;
  met: number;
  behind: number;
  pct: number | null;
  totalJp: number;
};

/**
 * Compliance per unit group (the kecamatan's second level: each Kantor Camat section and each kelurahan),
 * for the dashboard: the share of ASN with a target who reached it.
 */
export async function unitCompliance(db: Executor, rows: JpRow[]): Promise<UnitCompliance[]> {
  const ids = [...new Set(rows.map((r) => r.groupId))].filter(Boolean);
  const names = ids.length
    ? new Map(
        (await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))).map(
          (u) => [u.id, u.name],
        ),
      )
    : new Map<string, string>();
  const by = new Map<string, JpRow[]>();
  for (const r of rows) by.set(r.groupId, [...(by.get(r.groupId) ?? []), r]);
  return [...by.entries()]
    .map(([groupId, list]) => ({
      groupId,
      groupName: names.get(groupId) ?? "—",
      people: list.length,
      withTarget: list.filter((r) => r.target > 0).length,
      met: list.filter((r) => r.state === "tercapai").length,
      behind: list.filter((r) => r.state === "tertinggal").length,
      pct: compliancePct(list),
      totalJp: list.reduce((a, r) => a + r.earned, 0),
    }))
    .sort((a, b) => a.groupName.localeCompare(b.groupName));
}

/** How many ASN (with a target) fall in each JP band: for the distribution chart. */
export function jpBands(rows: JpRow[]) {
  const bands = [
    { label: "0 JP", test: (n: number) => n === 0 },
    { label: "1–9 JP", test: (n: number) => n >= 1 && n <= 9 },
    { label: "10–19 JP", test: (n: number) => n >= 10 && n <= 19 },
    { label: "20–39 JP", test: (n: number) => n >= 20 && n <= 39 },
    { label: "≥ 40 JP", test: (n: number) => n >= 40 },
  ];
  const withTarget = rows.filter((r) => r.target > 0);
  return bands.map((b) => ({ label: b.label, count: withTarget.filter((r) => b.test(r.earned)).length }));
}

/** JP credited per month of the year within a scope (all of it when `unitPaths` is undefined). */
export async function jpByMonth(db: Executor, year: number, unitPaths: string[]) {
  const rows = await db
    .select({
      month: sql<number>`extract(month from ${trainingJpCredits.endDate})::int`,
      jp: sql<number>`sum(${trainingJpCredits.jp})::int`,
    })
    .from(trainingJpCredits)
    .innerJoin(employees, eq(employees.id, trainingJpCredits.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(and(eq(trainingJpCredits.year, year), scopeCondition(units.path, unitPaths)))
    .groupBy(sql`1`);
  const byMonth = new Map(rows.map((r) => [Number(r.month), Number(r.jp)]));
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, jp: byMonth.get(i + 1) ?? 0 }));
}
