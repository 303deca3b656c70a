import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Uploaded files, stored on disk by content hash (SPEC §3.1); access goes through the owning record. */
export const files = pgTable("files", {
  sha256: text("sha256").primaryKey(),
  size: integer("size").notNull(),
  mime: text("mime").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
