import { and, eq, lt, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import type { Deps } from "../http/context";
import { jobs } from "./schema";

export type JobHandler = (deps: Deps, payload: Record<string, unknown>) => Promise<void>;

const handlers = new Map<string, JobHandler>();
const schedules: { name: string; everySeconds: number }[] = [];

/** Modules register handlers from their index.ts; a schedule enqueues its job once per period. */
export function registerJob(name: string, handler: JobHandler, everySeconds?: number): void {
  handlers.set(name, handler);
  if (everySeconds && !schedules.some((s) => s.name === name)) schedules.push({ name, everySeconds });
}

/** Enqueue inside the caller's transaction; a `uniqueKey` makes repeated enqueues a no-op. */
export async function enqueueJob(
  db: Executor,
  name: string,
  payload: Record<string, unknown> = {},
  opts: { runAt?: Date; uniqueKey?: string } = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({ name, payload, runAt: opts.runAt ?? new Date(), uniqueKey: opts.uniqueKey })
    .onConflictDoNothing();
}

const MAX_ATTEMPTS = 5;

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED (any number of processes may run this) and runs them. A job
 * whose worker died is reclaimed once its lock expires, so nothing scheduled is lost across restarts.
 */
export async function runDueJobs(deps: Deps, limit = 5): Promise<number> {
  const now = deps.now();
  for (const s of schedules) {
    const slot = Math.floor(now.getTime() / (s.everySeconds * 1000));
    await enqueueJob(deps.db, s.name, {}, { uniqueKey: `${s.name}:${slot}`, runAt: now });
  }
  const claimed = await queryRows<{
    id: string;
    name: string;
    payload: Record<string, unknown>;
    attempts: number;
  }>(
    deps.db,
    sql`
    update jobs set status = 'running', attempts = attempts + 1,
      locked_until = ${new Date(now.getTime() + 5 * 60_000).toISOString()}, updated_at = now()
    where id in (
      select id from jobs
      where (status = 'queued' and run_at <= ${now.toISOString()})
         or (status = 'running' and locked_until < ${now.toISOString()})
      order by run_at limit ${limit} for update skip locked)
    returning id, name, payload, attempts`,
  );
  for (const job of claimed) {
    const handler = handlers.get(job.name);
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler(deps, job.payload ?? {});
      await deps.db.update(jobs).set({ status: "done", lockedUntil: null }).where(eq(jobs.id, job.id));
    } catch (err) {
      const failed = job.attempts >= MAX_ATTEMPTS;
      deps.log.warn({ job: job.name, attempts: job.attempts, err: (err as Error).message }, "job failed");
      await deps.db
        .update(jobs)
        .set({
          status: failed ? "failed" : "queued",
          lockedUntil: null,
          lastError: String((err as Error).message).slice(0, 500),
          runAt: new Date(now.getTime() + 2 ** job.attempts * 30_000),
        })
        .where(eq(jobs.id, job.id));
    }
  }
  return claimed.length;
}

/** Finished jobs are kept a week for the operator, then removed. */
export async function pruneJobs(db: Executor, now: Date): Promise<void> {
  await db
    .delete(jobs)
    .where(and(eq(jobs.status, "done"), lt(jobs.updatedAt, new Date(now.getTime() - 7 * 86400_000))));
}
