import { eq, inArray, lt, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import { AppError, issue } from "../errors";
import { type DelayRule, delaySeconds } from "./delay";
import { throttles } from "./schema";

export type { DelayRule } from "./delay";

/** One counter: its key, what an admin reads on the locks page, and its delay rule. */
export type ThrottleKey = { key: string; scope: string; label: string; rule: DelayRule };

/**
 * Before an attempt: 429 with Retry-After when any of the keys must still wait (one query). The message is
 * the same whichever key it was and whether the account or reference exists.
 */
export async function assertMayTry(
  db: Executor,
  keys: ThrottleKey[],
  now: Date,
  messageKey = "throttle.wait",
  field?: string,
): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db
    .select({ waitUntil: throttles.waitUntil })
    .from(throttles)
    .where(
      inArray(
        throttles.key,
        keys.map((k) => k.key),
      ),
    );
  const wait = Math.max(0, ...rows.map((r) => Math.ceil((r.waitUntil.getTime() - now.getTime()) / 1000)));
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60));
    throw new AppError("RATE_LIMITED", messageKey, {
      params: { minutes },
      retryAfterSeconds: wait,
      issues: field ? [issue(field, messageKey, { minutes })] : [],
    });
  }
}

/** After a failed attempt: one more failure on each key (forgotten after its quiet period), and its wait. */
export async function recordFailure(db: Executor, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const k of keys) {
    const forgetBefore = new Date(now.getTime() - k.rule.forgetSeconds * 1000).toISOString();
    const [row] = await queryRows<{ failures: number }>(
      db,
      sql`
      insert into throttles (key, scope, label, failures, first_failure_at, last_failure_at, wait_until)
      values (${k.key}, ${k.scope}, ${k.label}, 1, ${now.toISOString()}, ${now.toISOString()}, ${now.toISOString()})
      on conflict (key) do update set
        failures = case when throttles.last_failure_at < ${forgetBefore} then 1 else throttles.failures + 1 end,
        first_failure_at = case when throttles.last_failure_at < ${forgetBefore}
          then excluded.first_failure_at else throttles.first_failure_at end,
        last_failure_at = excluded.last_failure_at
      returning failures`,
    );
    const wait = delaySeconds(k.rule, Number(row!.failures));
    if (wait > 0) {
      await db
        .update(throttles)
        .set({ waitUntil: new Date(now.getTime() + wait * 1000) })
        .where(eq(throttles.key, k.key));
    }
  }
}

/** After a success: the keys of this person start afresh (not the per-address key: others share it). */
export async function clearThrottles(db: Executor, keys: string[]): Promise<void> {
  if (keys.length) await db.delete(throttles).where(inArray(throttles.key, keys));
}

/** Every counter whose key starts with the prefix (an admin clearing one person's sign-in delays). */
export async function clearThrottlesStartingWith(db: Executor, prefix: string): Promise<number> {
  const like = `${prefix.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await queryRows<{ key: string }>(
    db,
    sql`delete from throttles where key like ${like} returning key`,
  );
  return rows.length;
}

export type ThrottleRow = typeof throttles.$inferSelect;

/** For the admin's locks page: counters with failures in the last day, most recent first. */
export async function listThrottles(db: Executor, now: Date, limit = 200): Promise<ThrottleRow[]> {
  return queryRows<ThrottleRow>(
    db,
    sql`select key, scope, label, failures, first_failure_at as "firstFailureAt",
          last_failure_at as "lastFailureAt", wait_until as "waitUntil"
        from throttles where last_failure_at > ${new Date(now.getTime() - 86400_000).toISOString()}
        order by last_failure_at desc limit ${limit}`,
  );
}

/** Counters quiet for a day are removed (job `prune-throttles`). */
export async function pruneThrottles(db: Executor, now: Date): Promise<void> {
  await db.delete(throttles).where(lt(throttles.lastFailureAt, new Date(now.getTime() - 86400_000)));
}
