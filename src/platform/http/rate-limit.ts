import { sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import { AppError } from "../errors";

/**
 * Fixed-window counter in the database, so the limit holds across processes and restarts (ARCHITECTURE §5).
 * Returns the count in the current window after this hit.
 */
export async function hit(db: Executor, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStart.toISOString()}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
      window_start = excluded.window_start
    returning count`,
  );
  return Number(row!.count);
}

/** Throws 429 with a Retry-After when the key went over `limit` hits in the window. */
export async function enforceRateLimit(
  db: Executor,
  key: string,
  limit: number,
  windowSeconds: number,
  now: Date,
  key_ = "error.rateLimited",
): Promise<void> {
  const count = await hit(db, key, windowSeconds, now);
  if (count > limit) throw new AppError("RATE_LIMITED", key_, { retryAfterSeconds: windowSeconds });
}

/**
 * Whether any of the keys already reached its limit in the current window, without counting this call (one
 * query): for limits that count only failures (wrong tracking PINs), so successful use never uses them up.
 */
export async function isRateLimited(
  db: Executor,
  limits: { key: string; limit: number }[],
  windowSeconds: number,
  now: Date,
): Promise<boolean> {
  if (limits.length === 0) return false;
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const rows = await queryRows<{ key: string; count: number }>(
    db,
    sql`select key, count from rate_limits where window_start = ${windowStart.toISOString()}
        and key in (${sql.join(
          limits.map((l) => sql`${l.key}`),
          sql`, `,
        )})`,
  );
  return rows.some((r) => Number(r.count) >= (limits.find((l) => l.key === r.key)?.limit ?? Infinity));
}
