import { and, asc, eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { employees, positions } from "../../employees";
import { gapOf, type NeedRow } from "../domain/gap";
import { competencies, competencyLevels, positionCompetencies } from "../schema";

export async function listCompetencies(db: Executor) {
  const rows = await db
    .select()
    .from(competencies)
    .where(eq(competencies.isActive, true))
    .orderBy(asc(competencies.sortOrder), asc(competencies.code));
  const levels = await db.select().from(competencyLevels).orderBy(asc(competencyLevels.level));
  return rows.map((c) => ({ ...c, levels: levels.filter((l) => l.competencyId === c.id) }));
}

type LatestRow = { competency_id: string; level: number; assessed_on: string; assessor_role: string };

/** Latest assessed level per competency of one employee. */
export async function latestLevels(db: Executor, employeeId: string): Promise<Map<string, LatestRow>> {
  const rows = await queryRows<LatestRow>(
    db,
    sql`select distinct on (competency_id) competency_id, level, assessed_on::text as assessed_on, assessor_role
        from competency_assessments where employee_id = ${employeeId}
        order by competency_id, created_at desc`,
  );
  return new Map(rows.map((r) => [r.competency_id, { ...r, level: Number(r.level) }]));
}

export type CompetencyLine = {
  competencyId: string;
  code: string;
  name: string;
  kind: string;
  required: number | null;
  current: number | null;
  assessedOn: string | null;
  gap: number | null;
};

/** One employee's competency profile: required level of their position, latest level, gap. */
export async function competencyProfile(db: Executor, employeeId: string): Promise<CompetencyLine[]> {
  const [e] = await db
    .select({ positionId: employees.positionId })
    .from(employees)
    .where(eq(employees.id, employeeId));
  const required = e?.positionId
    ? await db.select().from(positionCompetencies).where(eq(positionCompetencies.positionId, e.positionId))
    : [];
  const latest = await latestLevels(db, employeeId);
  const all = await db
    .select()
    .from(competencies)
    .where(eq(competencies.isActive, true))
    .orderBy(asc(competencies.sortOrder), asc(competencies.code));
  return all.map((c) => {
    const req = required.find((r) => r.competencyId === c.id)?.requiredLevel ?? null;
    const cur = latest.get(c.id) ?? null;
    return {
      competencyId: c.id,
      code: c.code,
      name: c.name,
      kind: c.kind,
      required: req,
      current: cur?.level ?? null,
      assessedOn: cur?.assessed_on ?? null,
      gap: req === null ? null : gapOf(req, cur?.level ?? null),
    };
  });
}

/** Required vs latest level for every active employee in a scope (for the unit's training needs). */
export async function needRows(
  db: Executor,
  unitPaths: string[],
): Promise<(NeedRow & { unitName: string })[]> {
  const rows = await db
    .select({
      employeeId: employees.id,
      employeeName: employees.name,
      unitName: units.name,
      competencyId: competencies.id,
      competencyCode: competencies.code,
      competencyName: competencies.name,
      required: positionCompetencies.requiredLevel,
      current: sql<number | null>`(select a.level from competency_assessments a
        where a.employee_id = ${employees.id} and a.competency_id = ${competencies.id}
        order by a.created_at desc limit 1)`,
    })
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .innerJoin(positionCompetencies, eq(positionCompetencies.positionId, positions.id))
    .innerJoin(
      competencies,
      and(eq(competencies.id, positionCompetencies.competencyId), eq(competencies.isActive, true)),
    )
    .where(and(eq(employees.isActive, true), scopeCondition(units.path, unitPaths)));
  return rows.map((r) => ({ ...r, current: r.current === null ? null : Number(r.current) }));
}

/** Positions with their required levels (the standards page). */
export async function positionStandards(db: Executor) {
  const list = await db
    .select({
      id: positions.id,
      code: positions.code,
      name: positions.name,
      unitName: units.name,
      isHead: positions.isHead,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .orderBy(asc(positions.code));
  const req = await db.select().from(positionCompetencies);
  return list.map((p) => ({
    ...p,
    levels: new Map(req.filter((r) => r.positionId === p.id).map((r) => [r.competencyId, r.requiredLevel])),
  }));
}
