import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Failed attempts per key (a sign-in name and address pair, a tracking reference…), for progressive delays
 * (src/platform/throttle/throttle.ts). `label` is what an admin sees on the locks page: never a password,
 * never a PIN.
 */
export const throttles = pgTable(
  "throttles",
  {
    key: text("key").primaryKey(),
    scope: text("scope").notNull(),
    label: text("label").notNull(),
    failures: integer("failures").notNull(),
    firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull(),
    lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull(),
    /** No attempt with this key before then (computed from the key's rule at the last failure). */
    waitUntil: timestamp("wait_until", { withTimezone: true }).notNull(),
  },
  (t) => [index("throttles_last_failure_idx").on(t.lastFailureAt)],
);
