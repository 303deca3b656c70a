import { like, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * SQL condition "the unit path column lies inside one of these subtrees" (paths from `scopePaths` in
 * src/platform/policy.ts); false when there are none. Paths are "/id/…/" of UUIDs, so no LIKE escaping.
 */
export function scopeCondition(pathColumn: AnyPgColumn | SQL, paths: string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((p) => like(pathColumn as AnyPgColumn, `${p}%`)))!;
}
