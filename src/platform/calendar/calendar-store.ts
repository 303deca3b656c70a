import { asc } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { getSetting } from "../settings/settings";
import { seedHolidays } from "./holidays-data";
import { holidays } from "./schema";
import { buildCalendar, type Calendar, type Holiday, type HolidayKind } from "./working-days";

export const CUTI_BERSAMA_SETTING = "calendar.cutiBersamaIsHoliday";

export async function listHolidays(db: Executor): Promise<Holiday[]> {
  const rows = await db.select().from(holidays).orderBy(asc(holidays.date));
  return rows.map((r) => ({ date: r.date, name: r.name, kind: r.kind as HolidayKind }));
}

/** The working-day calendar as configured now (SPEC §4.5: cuti bersama counts as a holiday by default). */
export async function loadCalendar(db: Executor): Promise<Calendar> {
  const cutiBersamaIsHoliday = await getSetting(db, CUTI_BERSAMA_SETTING, true);
  return buildCalendar(await listHolidays(db), { cutiBersamaIsHoliday });
}

export async function seedHolidayTable(db: Executor): Promise<void> {
  await db.insert(holidays).values(seedHolidays).onConflictDoNothing();
}
