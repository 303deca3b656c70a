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
  message = "Terlalu banyak percobaan. Coba lagi beberapa saat lagi.",
): Promise<void> {
  const count = await hit(db, key, windowSeconds, now);
  if (count > limit) throw new AppError("RATE_LIMITED", message, [], windowSeconds);
}
