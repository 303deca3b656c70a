import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";

/**
 * Durable background jobs: they survive restarts because they are rows; workers in any process claim them
 * with FOR UPDATE SKIP LOCKED. `uniqueKey` makes scheduling idempotent (one "sla-check" per minute, etc.).
 */
export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    name: text("name").notNull(),
    payload: jsonb("payload").notNull().default({}),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    uniqueKey: text("unique_key").unique(),
    ...timestamps(),
  },
  (t) => [
    index("jobs_due_idx").on(t.status, t.runAt),
    check("jobs_status_check", sql`${t.status} in ('queued','running','done','failed')`),
  ],
);
