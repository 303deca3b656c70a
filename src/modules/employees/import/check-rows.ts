import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, notFound } from "../../../platform/errors";
import { isUuid } from "../../../platform/identifiers";
import { units } from "../../../platform/org/schema";

import { type ImportDraft, indexLookups, validateImportRow } from "../domain/import-row";
import { hasWriteRole, writeScope } from "../domain/policy";
import { employeeImports, employees, type ImportMapping, type ImportRowIssue, positions } from "../schema";

/** The preview keeps this many issues; the counts always cover every row. */
export const MAX_STORED_ISSUES = 500;

/** An import is only ever visible to the person who uploaded it. */
export async function findOwnImport(db: Executor, actor: Actor, id: string) {
  if (!hasWriteRole(actor) || !isUuid(id)) throw notFound("employees.error.notFound");
  const { rows: _rows, ...columns } = getTableColumns(employeeImports);
  const [row] = await db
    .select(columns)
    .from(employeeImports)
    .where(and(eq(employeeImports.id, id), eq(employeeImports.createdBy, actor.userId)));
  if (!row) throw notFound("employees.error.notFound");
  return row;
}

export type ImportRow = Awaited<ReturnType<typeof findOwnImport>>;

/** The parsed rows (large: loaded only by the steps that check or insert them). */
export async function importRows(db: Executor, id: string): Promise<string[][]> {
  const [row] = await db
    .select({ rows: employeeImports.rows })
    .from(employeeImports)
    .where(eq(employeeImports.id, id));
  return row?.rows ?? [];
}

export type CheckedRows = { drafts: ImportDraft[]; issues: ImportRowIssue[]; valid: number; invalid: number };

/**
 * Checks every row against fresh reference data (units, positions, NIPs already registered, the actor's
 * scope). Yields to the event loop between chunks so a 20,000-row check does not freeze the server, and
 * reports how far it got.
 */
export async function checkRows(
  db: Executor,
  actor: Actor,
  rows: readonly string[][],
  mapping: ImportMapping,
  now: Date,
  onProgress?: (done: number) => void,
): Promise<CheckedRows> {
  const [unitRows, positionRows, nipRows] = await Promise.all([
    db.select({ id: units.id, code: units.code, name: units.name, path: units.path }).from(units),
    db
      .select({
        id: positions.id,
        code: positions.code,
        name: positions.name,
        unitId: positions.unitId,
        isHead: positions.isHead,
      })
      .from(positions),
    db.select({ nip: employees.nip }).from(employees),
  ]);
  const index = indexLookups({
    units: unitRows,
    positions: positionRows,
    writeScope: writeScope(actor),
    existingNips: new Set(nipRows.map((r) => r.nip)),
  });
  const seen = new Map<string, number>();
  const drafts: ImportDraft[] = [];
  const issues: ImportRowIssue[] = [];
  let invalid = 0;
  for (let i = 0; i < rows.length; i++) {
    // Row numbers as the spreadsheet shows them: the header is row 1.
    const result = validateImportRow(rows[i]!, i + 2, mapping, index, seen, now);
    if (result.draft) drafts.push(result.draft);
    else {
      invalid++;
      for (const issue of result.issues) if (issues.length < MAX_STORED_ISSUES) issues.push(issue);
    }
    if ((i + 1) % 1000 === 0) {
      onProgress?.(i + 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  onProgress?.(rows.length);
  return { drafts, issues, valid: drafts.length, invalid };
}

export function assertStatus(imp: { status: string }, allowed: readonly string[]): void {
  if (!allowed.includes(imp.status)) throw new AppError("CONFLICT", "employees.import.wrongStep");
}

/** The first `n` parsed rows, sliced in the database so a preview never loads 20,000 rows. */
export async function importSample(db: Executor, id: string, n: number): Promise<string[][]> {
  const count = Math.max(1, Math.min(100, Math.floor(n)));
  const [row] = await queryRows<{ sample: string[][] | null }>(
    db,
    sql`select jsonb_path_query_array(rows, ${`$[0 to ${count - 1}]`}::jsonpath) as sample
        from employee_imports where id = ${id}`,
  );
  return row?.sample ?? [];
}
