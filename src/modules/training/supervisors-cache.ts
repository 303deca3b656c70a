import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { employees } from "../employees";

/**
 * Which employees supervise someone, for the "Persetujuan" menu entry. The platform's nav check is
 * synchronous (`isVisible(actor)`), while "atasan" is derived from data (SPEC §1), so the set is cached per
 * process: refreshed at most once a minute by the training pages and by the worker loop. A stale entry only
 * shows or hides a menu link; the approval itself always checks the database.
 */
let supervisors = new Set<string>();
let loadedAt = 0;
const MAX_AGE_MS = 60_000;

export async function refreshSupervisors(db: Executor): Promise<void> {
  const rows = await db
    .selectDistinct({ id: employees.supervisorId })
    .from(employees)
    .where(and(eq(employees.isActive, true), isNotNull(employees.supervisorId)));
  supervisors = new Set(rows.map((r) => r.id!));
  loadedAt = Date.now();
}

export async function refreshSupervisorsIfStale(db: Executor): Promise<void> {
  if (Date.now() - loadedAt > MAX_AGE_MS) await refreshSupervisors(db);
}

export const isKnownSupervisor = (employeeId: string | null) => !!employeeId && supervisors.has(employeeId);
