import { and, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { type Executor, escapeLike, queryRows } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { units } from "../../../platform/org/schema";
import { READ_ROLES, readScope } from "../domain/policy";
import type { EmployeeListQuery } from "../employees.types";
import { employeeCounts, employees, positions } from "../schema";

export type EmployeeFilter = Omit<EmployeeListQuery, "page" | "pageSize">;

/**
 * The units to list, as plain ids (null: every unit, no condition needed): the actor's scope subtrees,
 * narrowed to the chosen unit's subtree. The unit table is small (~130 rows for a kecamatan). Handing the
 * employee query ids — or nothing at all for a kecamatan-wide reader — keeps PostgreSQL's row estimates
 * right: a `path LIKE (subquery) || '%'` join made it loop over 20,000 employees × every unit (~200 ms).
 */
async function unitSets(db: Executor, actor: Actor, filter: EmployeeFilter) {
  // The commonest reader (HR, the camat) reads the whole kecamatan: nothing to resolve, no query.
  const readsEverything = actor.grants.some((g) => g.wholeOrganisation && READ_ROLES.includes(g.role));
  if (readsEverything && !filter.unit) return { listable: null, inFilter: null };
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

const inUnits = (column: AnyPgColumn, ids: string[] | null): SQL | undefined =>
  ids === null ? undefined : ids.length ? inArray(column, ids) : sql`false`;

type ListConditions = {
  /** WHERE on `employees` for the rows. */
  rows: SQL;
  /** WHERE on `employee_counts` giving the same total, or null when only counting the rows will do. */
  counters: SQL | null;
};

/**
 * The conditions of every employee listing (page, API, export): the actor's scope — the units above, or
 * their own record — and the filters. Digits-only searches are NIP prefixes (indexed, see schema.ts); other
 * searches need every word inside the lower-cased name + NIP (`search_text`), in any order. Without a text
 * search the total can come from the head counts, unless the actor's own record sits outside their scope.
 */
async function listConditions(db: Executor, actor: Actor, filter: EmployeeFilter): Promise<ListConditions> {
  const sets = await unitSets(db, actor, filter);
  // A reader scoped to part of the kecamatan also sees their own record, when it is in the chosen unit.
  const ownRecordApart =
    actor.employeeId && sets.listable !== null && sets.listable.length !== sets.inFilter?.length
      ? and(eq(employees.id, actor.employeeId), inUnits(employees.unitId, sets.inFilter))
      : undefined;
  const attributes = (c: { asnType: AnyPgColumn; isActive: AnyPgColumn }) => [
    filter.asnType ? eq(c.asnType, filter.asnType) : undefined,
    filter.status ? eq(c.isActive, filter.status === "active") : undefined,
  ];
  const rows: (SQL | undefined)[] = [
    ownRecordApart
      ? or(inUnits(employees.unitId, sets.listable), ownRecordApart)
      : inUnits(employees.unitId, sets.listable),
    ...attributes(employees),
  ];
  const q = filter.q?.trim();
  if (q) {
    const digits = q.replace(/\s+/g, "");
    if (/^\d+$/.test(digits)) rows.push(like(employees.nip, `${digits}%`));
    else {
      const words = q.toLowerCase().replace(/[.,]/g, " ").split(/\s+/).filter(Boolean);
      for (const w of words) rows.push(like(employees.searchText, `%${escapeLike(w)}%`));
    }
  }
  const counters =
    q || ownRecordApart
      ? null
      : (and(inUnits(employeeCounts.unitId, sets.listable), ...attributes(employeeCounts)) ?? sql`true`);
  return { rows: and(...rows) ?? sql`true`, counters };
}

/** The WHERE clause on `employees` of a listing (the export uses it; see listConditions). */
export async function employeeListCondition(
  db: Executor,
  actor: Actor,
  filter: EmployeeFilter,
): Promise<SQL> {
  return (await listConditions(db, actor, filter)).rows;
}

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
 * One page of the register and the total, shared by the staff page and GET /api/v1/employees, in one
 * statement: this is the busiest staff query, so one round trip. The page is picked from the index
 * `employees_list_idx` (name, id, unit, type, status: an index-only scan that stops after the page, even deep
 * in the list) and only then joined to units and positions. The total is summed from the head counts when it
 * can be (listConditions) and rides along on every row — on a single all-null row when the page is past the
 * end. Sorted by name then id so pages are stable.
 */
export async function findEmployees(
  db: Executor,
  actor: Actor,
  query: EmployeeListQuery,
): Promise<{ items: EmployeeListRow[]; total: number }> {
  const { rows: where, counters } = await listConditions(db, actor, query);
  const total = counters
    ? sql`select coalesce(sum(${employeeCounts.n}), 0) as n from ${employeeCounts} where ${counters}`
    : sql`select count(*) as n from ${employees} where ${where}`;
  const rows = await queryRows<EmployeeListRow & { total: number | string }>(
    db,
    sql`with page as (
          select ${employees.id} as page_id, ${employees.name} as page_name from ${employees} where ${where}
          order by ${employees.name}, ${employees.id}
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}),
        total as (${total})
        select total.n as total, e.id, e.nip, e.name, e.asn_type as "asnType", e.golongan,
          e.is_active as "isActive", u.id as "unitId", u.code as "unitCode", u.name as "unitName",
          p.id as "positionId", p.name as "positionName"
        from total
          left join page on true
          left join ${employees} e on e.id = page.page_id
          left join ${units} u on u.id = e.unit_id
          left join ${positions} p on p.id = e.position_id
        order by page.page_name, page.page_id`,
  );
  return {
    items: rows.filter((r) => r.id !== null).map(({ total: _total, ...item }) => item),
    total: Number(rows[0]?.total ?? 0),
  };
}
