import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Answers to state-changing requests by Idempotency-Key (ARCHITECTURE §4): a replay returns the first answer.
 * `scope` separates keys of different endpoints/callers so one key cannot read another caller's answer.
 */
export const idempotencyKeys = pgTable("idempotency_keys", {
  key: text("key").primaryKey(),
  status: integer("status").notNull(),
  body: jsonb("body").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
