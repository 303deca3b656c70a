import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
import { users } from "../auth/schema";

/**
 * Messages written in the same transaction as the change that causes them (SPEC §3.1) and delivered after
 * commit by a worker that retries with back-off.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: id(),
    channel: text("channel").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    check("outbox_channel_check", sql`${t.channel} in ('in_app','email','whatsapp','sms')`),
    check("outbox_status_check", sql`${t.status} in ('pending','sent','failed','logged')`),
  ],
);

/** In-app notifications shown to a signed-in user. */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    isRead: boolean("is_read").notNull().default(false),
    data: jsonb("data"),
    ...timestamps(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.isRead)],
);
