import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import type { CommandContext } from "../../../platform/command-context";
import { AppError } from "../../../platform/errors";
import { todayJakarta } from "../../../platform/i18n/format";
import type { ImportDraft } from "../domain/import-row";
import { defaultSupervisor, type OrgSnapshot } from "../domain/supervisor";
import {
  type BulkEmployee,
  bulkInsertEmployees,
  bulkInsertHistory,
  loadOrgSnapshot,
} from "../employees.repository";
import { assertStatus, checkRows, findOwnImport, type ImportRow, importRows } from "../import/check-rows";
import { employeeImports } from "../schema";
import { searchTextOf } from "../search-text";
import { HISTORY_NOTE } from "./create-employee";

/** Rows per INSERT statement (one JSON parameter each), and the step of the progress bar. */
export const INSERT_CHUNK = 1000;
/** A "committing" import with no live commit in this process for this long is taken as interrupted. */
export const STALE_COMMIT_MS = 10 * 60_000;

export type ImportProgress = { phase: "checking" | "saving"; done: number; total: number };

/**
 * Progress of commits running in this process (see docs/decisions/002-employee-import.md): the commit is
 * one transaction, so nothing about it is visible in the database until it ends; the progress page reads
 * this map instead.
 */
const running = new Map<string, { progress: ImportProgress; done: Promise<void> }>();

export const importProgress = (id: string): ImportProgress | null => running.get(id)?.progress ?? null;
/** Resolves when this process's commit of the import ends (tests). */
export const commitInFlight = (id: string): Promise<void> | undefined => running.get(id)?.done;
/** Graceful shutdown: let running commits finish (or roll back) before the database closes. */
export const allCommitsDone = async () => {
  await Promise.all([...running.values()].map((r) => r.done));
};

/** What the status in the database means right now, given what this process is doing. */
export function effectiveStatus(imp: { id: string; status: string; updatedAt: Date }, now: Date) {
  if (imp.status !== "committing" || running.has(imp.id)) return imp.status;
  return now.getTime() - imp.updatedAt.getTime() > STALE_COMMIT_MS ? "interrupted" : "committing";
}

/**
 * Step 3: refuses while any row has an error; otherwise marks the import "committing" and runs the commit
 * in the background of this process so the browser can be sent to the progress page straight away.
 */
export async function startCommit(ctx: CommandContext, id: string): Promise<void> {
  const imp = await findOwnImport(ctx.deps.db, ctx.actor, id);
  const status = effectiveStatus(imp, ctx.now);
  assertStatus({ status }, ["preview", "interrupted"]);
  if (imp.invalidRows !== 0 || imp.validRows === null) {
    throw new AppError("UNPROCESSABLE", "employees.import.commitRefused", {
      params: { count: imp.invalidRows ?? 0 },
    });
  }
  // The conditional update is the lock: of two clicks on "Impor", one wins.
  const claimed = await ctx.deps.db
    .update(employeeImports)
    .set({ status: "committing" })
    .where(and(eq(employeeImports.id, id), eq(employeeImports.status, imp.status)))
    .returning({ id: employeeImports.id });
  if (claimed.length === 0) throw new AppError("CONFLICT", "employees.import.wrongStep");
  const progress: ImportProgress = { phase: "checking", done: 0, total: imp.totalRows };
  const done = commitImport(ctx, imp, progress)
    .catch(async (err) => {
      ctx.deps.log.error({ err: (err as Error).message, importId: id }, "employee import failed");
      // Nothing was written (one transaction); the user may check the file again and retry.
      await ctx.deps.db
        .update(employeeImports)
        .set({ status: "failed" })
        .where(eq(employeeImports.id, id))
        .catch(() => undefined);
    })
    .finally(() => running.delete(id));
  running.set(id, { progress, done });
}

async function commitImport(ctx: CommandContext, imp: ImportRow, progress: ImportProgress): Promise<void> {
  // Re-check against the register as it is now: someone may have added one of these NIPs since the preview.
  const checked = await checkRows(
    ctx.deps.db,
    ctx.actor,
    await importRows(ctx.deps.db, imp.id),
    imp.mapping ?? {},
    ctx.now,
    (n) => {
      progress.done = n;
    },
  );
  if (checked.invalid > 0) {
    await ctx.deps.db
      .update(employeeImports)
      .set({
        status: "preview",
        validRows: checked.valid,
        invalidRows: checked.invalid,
        issues: checked.issues,
      })
      .where(eq(employeeImports.id, imp.id));
    return;
  }
  Object.assign(progress, { phase: "saving", done: 0, total: checked.drafts.length });
  const today = todayJakarta(ctx.now);
  await ctx.deps.db.transaction(async (tx) => {
    const rows = withSupervisors(checked.drafts, await loadOrgSnapshot(tx));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      await bulkInsertEmployees(
        tx,
        chunk.map((r) => employeeRow(r.id, r.draft, r.supervisorId)),
      );
      await bulkInsertHistory(
        tx,
        chunk.map(({ id, draft: d }) => ({
          employee_id: id,
          position_id: d.positionId,
          unit_id: d.unitId,
          golongan: d.golongan,
          start_date: d.tmtJabatan ?? today,
          note: HISTORY_NOTE.imported,
        })),
      );
      progress.done = Math.min(start + INSERT_CHUNK, rows.length);
    }
    await audit(tx, ctx.actor, {
      action: "employees.import",
      entity: "employee_import",
      entityId: imp.id,
      after: { fileName: imp.fileName, fileKind: imp.fileKind, inserted: checked.drafts.length },
    });
    await tx
      .update(employeeImports)
      .set({
        status: "done",
        insertedRows: checked.drafts.length,
        committedAt: ctx.now,
        rows: [],
        issues: [],
      })
      .where(eq(employeeImports.id, imp.id));
  });
  // Fresh planner statistics after a bulk load (PGlite has no autovacuum to do it); not essential.
  await ctx.deps.db.execute(sql`analyze employees, employee_history`).catch(() => undefined);
}

const employeeRow = (id: string, d: ImportDraft, supervisorId: string | null): BulkEmployee => ({
  id,
  nip: d.nip,
  asn_type: d.asnType,
  name: d.name,
  sex: d.sex,
  birth_date: d.birthDate,
  golongan: d.golongan,
  unit_id: d.unitId,
  position_id: d.positionId,
  supervisor_id: supervisorId,
  tmt_jabatan: d.tmtJabatan,
  education: d.education,
  email: d.email,
  phone: d.phone,
  search_text: searchTextOf(d.name, d.nip),
});

/**
 * Imported people report to the head of their unit (SPEC §1), who may be in the file too. Supervisors are
 * set in the INSERT itself (an UPDATE of 20,000 fresh rows afterwards would rewrite every index entry), so
 * rows go in an order where each supervisor precedes its staff: heads first, upper units first.
 */
export function withSupervisors(drafts: ImportDraft[], existing: OrgSnapshot) {
  const rows = drafts.map((draft) => ({ id: randomUUID(), draft, supervisorId: null as string | null }));
  const headOf = new Map(existing.headOf);
  for (const r of rows) if (r.draft.isHead && !headOf.has(r.draft.unitId)) headOf.set(r.draft.unitId, r.id);
  const org = { parentOf: existing.parentOf, headOf };
  for (const r of rows) r.supervisorId = defaultSupervisor(org, r.draft.unitId, r.draft.isHead, r.id);
  const depth = (path: string) => path.split("/").length;
  return rows.sort(
    (a, b) =>
      Number(b.draft.isHead) - Number(a.draft.isHead) || depth(a.draft.unitPath) - depth(b.draft.unitPath),
  );
}
