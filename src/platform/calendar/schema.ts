import { sql } from "drizzle-orm";
import { check, date, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "../../db/columns";

/** National holidays and cuti bersama (SKB 3 Menteri), edited by admin sistem (SPEC §4.5). */
export const holidays = pgTable(
  "holidays",
  {
    date: date("date").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    ...timestamps(),
  },
  (t) => [check("holidays_kind_check", sql`${t.kind} in ('libur_nasional','cuti_bersama')`)],
);
