/**
 * Working days (hari kerja, HK) for service deadlines.
 *
 * Perpres 21/2023 on hari dan jam kerja ASN: working days are Monday–Friday. National
 * holidays and cuti bersama are set each year by SKB 3 Menteri; they are admin-editable
 * data (see holidays-data.ts for the seed). Whether cuti bersama is a non-working day for
 * service deadlines is a setting (SPEC §4.5, default: yes), applied in buildCalendar.
 *
 * All dates are plain "YYYY-MM-DD" strings. The arithmetic is done in UTC on date-only
 * values so that the server's time zone can never shift a date.
 */

export type HolidayKind = "libur_nasional" | "cuti_bersama";

export type Holiday = { date: string; name: string; kind: HolidayKind };

export type Calendar = { holidays: ReadonlySet<string> };

export type CalendarOptions = {
  /** Treat cuti bersama as non-working days (SPEC §4.5 default: true). */
  cutiBersamaIsHoliday: boolean;
};

export type Pause = { from: string; to: string | null };

const DAY_MS = 86_400_000;

/** Builds the set of non-working dates (besides weekends) from the holiday data. */
export function buildCalendar(
  holidays: readonly Holiday[],
  options: CalendarOptions = { cutiBersamaIsHoliday: true },
): Calendar {
  const dates = new Set<string>();
  for (const h of holidays) {
    assertDate(h.date);
    if (h.kind === "libur_nasional" || options.cutiBersamaIsHoliday) dates.add(h.date);
  }
  return { holidays: dates };
}

/** Monday–Friday (Perpres 21/2023) and not a holiday in the calendar. */
export function isWorkingDay(cal: Calendar, date: string): boolean {
  const weekday = new Date(toMs(date)).getUTCDay(); // 0 = Sunday, 6 = Saturday
  return weekday !== 0 && weekday !== 6 && !cal.holidays.has(date);
}

/**
 * Due date for "n HK". SPEC §4.5: n HK counts from the day after submission, so the due
 * date is the n-th working day strictly after `start`; `start` itself never counts, even
 * when it is a working day. n = 0 returns `start`.
 * Example: submitted Friday 2026-03-13, 5 HK → Friday 2026-03-27 (cuti bersama as holidays).
 */
export function addWorkingDays(cal: Calendar, start: string, n: number): string {
  const due = dueDateWithPauses(cal, start, n, []);
  // Without pauses the clock never stops, so there is always a due date.
  return due as string;
}

/**
 * Due date for "n HK" when the SLA clock was stopped while the request waited on the
 * citizen (status PERLU_PERBAIKAN, SPEC §4.5).
 *
 * Semantics (day granularity):
 * - Counting works exactly as in addWorkingDays: the n-th counted day strictly after `start`.
 * - A pause {from, to} covers the dates d with from <= d < to: `from` (the day the request
 *   was sent back) does not count, `to` (the day the citizen resubmitted) counts again if it
 *   is a working day. A pause with to <= from covers nothing.
 * - A working day inside any pause is skipped; the deadline moves back by that many HK.
 *   Pauses may overlap; a day covered twice is still skipped once.
 * - If any pause is still open (to === null) the clock is stopped and the due date is
 *   unknown, so the function returns null.
 * - n = 0 returns `start`.
 */
export function dueDateWithPauses(
  cal: Calendar,
  start: string,
  n: number,
  pauses: readonly Pause[],
): string | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  assertDate(start);
  for (const p of pauses) {
    if (p.to === null) return null;
    assertDate(p.from);
    assertDate(p.to);
  }
  const isPaused = (date: string) => pauses.some((p) => p.to !== null && p.from <= date && date < p.to);

  let date = start;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    if (isWorkingDay(cal, date) && !isPaused(date)) counted++;
  }
  return date;
}

/**
 * Number of working days d with from < d <= to; 0 when to <= from. Used for "due in n HK"
 * (from = today, to = due date) and "overdue by n HK" (from = due date, to = today).
 * Consistent with addWorkingDays: workingDaysBetween(cal, s, addWorkingDays(cal, s, n)) === n.
 */
export function workingDaysBetween(cal: Calendar, from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(cal, date)) count++;
  }
  return count;
}

/** Adds calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return new Date(toMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Parses a "YYYY-MM-DD" date to UTC milliseconds; a malformed or non-existent date is a programming error. */
function toMs(date: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
    : Number.NaN;
  // Date.UTC rolls 2026-02-30 over to 2026-03-02; the round trip catches that.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a valid YYYY-MM-DD date: ${date}`);
  }
  return ms;
}

function assertDate(date: string): void {
  toMs(date);
}
