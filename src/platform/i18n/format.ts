import type { Locale } from "./index";

/**
 * Dates and numbers as Indonesians write them (SPEC §3.1): 27 November 2026, 14.30 WIB, 1.234,5 — always in
 * Asia/Jakarta, whatever the server's time zone.
 */
const TZ = "Asia/Jakarta";
const tag = (locale: Locale) => (locale === "en" ? "en-GB" : "id-ID");

/** "YYYY-MM-DD" date of regulation (due date, holiday) → "27 November 2026". */
export function formatDate(value: string | Date | null | undefined, locale: Locale = "id"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(tag(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: typeof value === "string" ? "UTC" : TZ,
  }).format(d);
}

/** An instant → "27 November 2026, 14.30 WIB". */
export function formatDateTime(value: Date | string | null | undefined, locale: Locale = "id"): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TZ,
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(d);
  const [hh, mm] = parts.split(":");
  return `${formatDate(d, locale)}, ${hh}.${mm} WIB`;
}

export function formatNumber(value: number, locale: Locale = "id", fractionDigits?: number): string {
  return new Intl.NumberFormat(tag(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(value);
}

export function formatRupiah(value: number): string {
  return `Rp${new Intl.NumberFormat("id-ID").format(value)}`;
}

/** Today's date in Asia/Jakarta as "YYYY-MM-DD" (the working-day calendar is in local dates). */
export function todayJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TZ }).format(now);
}
