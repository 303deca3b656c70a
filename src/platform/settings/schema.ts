import { jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "../../db/columns";

/** Operator-editable settings (e.g. whether cuti bersama counts as a non-working day). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  ...timestamps(),
});
