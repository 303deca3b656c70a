import { and, asc, eq, ne, type SQL } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { positions } from "../schema";

export type UnitItem = {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  depth: number;
  path: string;
};

/**
 * Units inside the given scope paths, in tree order (each parent before its children, siblings by code),
 * with their depth for indentation. `withLingkungan: false` leaves out neighbourhoods, where no ASN works.
 */
export async function unitsInScope(
  db: Executor,
  paths: string[],
  opts: { withLingkungan?: boolean } = {},
): Promise<UnitItem[]> {
  const conditions: SQL[] = [scopeCondition(units.path, paths)];
  if (opts.withLingkungan === false) conditions.push(ne(units.kind, "lingkungan"));
  const rows = await db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      kind: units.kind,
      parentId: units.parentId,
      path: units.path,
    })
    .from(units)
    .where(and(...conditions))
    .orderBy(asc(units.code));
  const children = new Map<string | null, typeof rows>();
  const ids = new Set(rows.map((r) => r.id));
  for (const r of rows) {
    // A unit whose parent is outside the scope is a root of what the actor sees.
    const parent = r.parentId && ids.has(r.parentId) ? r.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: UnitItem[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({ ...r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export type PositionItem = {
  id: string;
  code: string;
  name: string;
  kind: string;
  unitId: string;
  unitName: string;
  isHead: boolean;
};

/** Positions of units in scope, optionally of one unit only. */
export async function positionsInScope(
  db: Executor,
  paths: string[],
  unitId?: string,
): Promise<PositionItem[]> {
  const conditions: SQL[] = [scopeCondition(units.path, paths)];
  if (unitId) conditions.push(eq(positions.unitId, unitId));
  return db
    .select({
      id: positions.id,
      code: positions.code,
      name: positions.name,
      kind: positions.kind,
      unitId: positions.unitId,
      unitName: units.name,
      isHead: positions.isHead,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(and(...conditions))
    .orderBy(asc(units.code), asc(positions.code));
}
