import type { IdentifierResult } from "./messages";

/** Whether year-month-day exists in the calendar (29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" naming a real calendar date: the one date format of forms, the API and the database. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parseIsoDate(input: string): IdentifierResult<string> {
  const value = input.trim();
  return isIsoDate(value) ? { ok: true, value } : { ok: false, error: { key: "date.format" } };
}
