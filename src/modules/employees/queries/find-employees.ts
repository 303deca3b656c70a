import { and, asc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { units } from "../../../platform/org/schema";
import { readScope } from "../domain/policy";
import type { EmployeeListQuery } from "../employees.types";
import { employees, positions } from "../schema";

export type EmployeeFilter = Omit<EmployeeListQuery, "page" | "pageSize">;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * The units to list, as plain ids (null: every unit, no condition needed): the actor's scope subtrees,
 * narrowed to the chosen unit's subtree. The unit table is small (~130 rows for a kecamatan). Handing the
 * employee query ids — or nothing at all for a kecamatan-wide reader — keeps PostgreSQL's row estimates
 * right: a `path LIKE (subquery) || '%'` join made it loop over 20,000 employees × every unit (~200 ms).
 */
async function unitSets(db: Executor, actor: Actor, filter: EmployeeFilter) {
  const all = await db.select({ id: units.id, path: units.path }).from(units);
  const scope = readScope(actor);
  const filterPath = filter.unit ? (all.find((u) => u.id === filter.unit)?.path ?? "\u0000") : "";
  const inFilter = all.filter((u) => u.path.startsWith(filterPath));
  const listable = inFilter.filter((u) => scope.some((p) => u.path.startsWith(p)));
  return {
    listable: listable.length === all.length ? null : listable.map((u) => u.id),
    inFilter: inFilter.length === all.length ? null : inFilter.map((u) => u.id),
  };
}

const inUnits = (ids: string[] | null): SQL =>
  ids === null ? sql`true` : ids.length ? inArray(employees.unitId, ids) : sql`false`;

/**
 * The WHERE clause of every employee listing (page, API, export): the actor's scope — the units above, or
 * their own record — and the filters. Digits-only searches are NIP prefixes (indexed, see schema.ts); other
 * searches need every word inside the lower-cased name + NIP (`search_text`), in any order.
 */
export async function employeeListCondition(
  db: Executor,
  actor: Actor,
  filter: EmployeeFilter,
): Promise<SQL> {
  const sets = await unitSets(db, actor, filter);
  const conditions: (SQL | undefined)[] = [
    sets.listable === null
      ? undefined
      : or(
          inUnits(sets.listable),
          actor.employeeId ? and(eq(employees.id, actor.employeeId), inUnits(sets.inFilter)) : undefined,
        ),
  ];
  const q = filter.q?.trim();
  if (q) {
    const digits = q.replace(/\s+/g, "");
    if (/^\d+$/.test(digits)) conditions.push(like(employees.nip, `${digits}%`));
    else {
      const words = q.toLowerCase().replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
      for (const w of words) conditions.push(like(employees.searchText, `%${escapeLike(w)}%`));
    }
  }
  if (filter.asnType) conditions.push(eq(employees.asnType, filter.asnType));
  if (filter.status) conditions.push(eq(employees.isActive, filter.status === "active"));
  return and(...conditions) ?? sql`true`;
}

export const employeeListColumns = {
  id: employees.id,
  nip: employees.nip,
  name: employees.name,
  asnType: employees.asnType,
  golongan: employees.golongan,
  isActive: employees.isActive,
  unitId: units.id,
  unitCode: units.code,
  unitName: units.name,
  positionId: positions.id,
  positionName: positions.name,
};

export type EmployeeListRow = {
  id: string;
  nip: string;
  name: string;
  asnType: string;
  golongan: string | null;
  isActive: boolean;
  unitId: string;
  unitCode: string;
  unitName: string;
  positionId: string | null;
  positionName: string | null;
};

/**
 * One page of the register and the total, shared by the staff page and GET /api/v1/employees. The page is
 * picked from the covering index `employees_list_idx` (name, id, unit, filters — an index-only scan that
 * stops after the page, even deep in the list) and only then joined to units and positions; the count is
 * a second query, run side by side on PostgreSQL. Sorted by name then id so pages are stable.
 */
export async function findEmployees(
  db: Executor,
  actor: Actor,
  query: EmployeeListQuery,
): Promise<{ items: EmployeeListRow[]; total: number }> {
  const where = await employeeListCondition(db, actor, query);
  const page = db
    .select({ pageId: employees.id, pageName: employees.name })
    .from(employees)
    .where(where)
    .orderBy(asc(employees.name), asc(employees.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .as("page");
  const [items, [count]] = await Promise.all([
    db
      .select(employeeListColumns)
      .from(page)
      .innerJoin(employees, eq(employees.id, page.pageId))
      .innerJoin(units, eq(units.id, employees.unitId))
      .leftJoin(positions, eq(positions.id, employees.positionId))
      .orderBy(asc(page.pageName), asc(page.pageId)),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(employees)
      .where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}
