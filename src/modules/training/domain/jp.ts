/**
 * JP rules (SPEC §4.4): PP 11/2017 Pasal 203(4) as amended by PP 17/2020 — every PNS develops competencies
 * for at least 20 JP per calendar year; PerLAN 10/2018 — 1 JP = 45 minutes, klasikal and nonklasikal both
 * count. The target per ASN type is an operator setting (PPPK differs: PP 49/2018 Pasal 39 caps PPPK
 * development at 24 JP a year, so a lower default target; see docs/decisions/004-training.md).
 */
export const MINUTES_PER_JP = 45;

export const ASN_TYPES = ["PNS", "PPPK", "PPPK_PW"] as const;
export type AsnType = (typeof ASN_TYPES)[number];
export type JpTargets = Record<AsnType, number>;

export const JP_TARGETS_SETTING = "training.jpTargets";
export const DEFAULT_JP_TARGETS: JpTargets = { PNS: 20, PPPK: 10, PPPK_PW: 0 };
/** A yearly target above this is a typing error, not a policy. */
export const MAX_JP_TARGET = 200;
/** One credited training never carries more than this (a long Latsar is ~ 500 JP). */
export const MAX_JP_PER_TRAINING = 1000;
/**
 * A claimed external training may not carry more than 12 JP (9 hours) per calendar day it lasted: more than
 * that is not a day of learning but a typing error ("absurd JP").
 */
export const MAX_JP_PER_DAY = 12;

/** Whole JP earned by a number of minutes (a started JP does not count). */
export function jpFromMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  return Math.floor(minutes / MINUTES_PER_JP + 1e-9);
}

/** "7,5" / "7.5" / "16" hours → minutes; null when it is not a positive number of hours. */
export function parseHours(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) return null;
  const minutes = Math.round(Number(t) * 60);
  return minutes > 0 ? minutes : null;
}

export const daysBetween = (startDate: string, endDate: string) =>
  Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;

/** Why a claimed amount of learning is not plausible for its dates; null when it is. */
export function implausibleJp(jp: number, startDate: string, endDate: string): string | null {
  if (!Number.isInteger(jp) || jp < 1) return "JP minimal 1 (45 menit).";
  if (jp > MAX_JP_PER_TRAINING) return `JP terlalu besar; maksimal ${MAX_JP_PER_TRAINING} JP per pelatihan.`;
  const days = daysBetween(startDate, endDate);
  if (days < 1) return "Tanggal selesai tidak boleh sebelum tanggal mulai.";
  if (jp > days * MAX_JP_PER_DAY) {
    return `${jp} JP dalam ${days} hari tidak wajar; maksimal ${MAX_JP_PER_DAY} JP per hari (${days * MAX_JP_PER_DAY} JP).`;
  }
  return null;
}

export function jpTargetFor(asnType: string, targets: JpTargets): number {
  return (ASN_TYPES as readonly string[]).includes(asnType) ? targets[asnType as AsnType] : 0;
}

export type ComplianceState = "tercapai" | "tertinggal" | "tanpa_target";

export function complianceOf(earned: number, target: number): ComplianceState {
  if (target <= 0) return "tanpa_target";
  return earned >= target ? "tercapai" : "tertinggal";
}

/** Share (%) of the people with a target who reached it, one decimal; null when nobody has a target. */
export function compliancePct(rows: { earned: number; target: number }[]): number | null {
  const withTarget = rows.filter((r) => r.target > 0);
  if (withTarget.length === 0) return null;
  const met = withTarget.filter((r) => r.earned >= r.target).length;
  return Math.round((met / withTarget.length) * 1000) / 10;
}

/** Reminders to those behind go out in the last quarter (SPEC §3.3), from 1 October. */
export function isReminderSeason(dateJakarta: string): boolean {
  return Number(dateJakarta.slice(5, 7)) >= 10;
}

/** Validates targets typed by HR; returns field errors keyed by ASN type. */
export function targetErrors(input: Record<string, unknown>): { field: AsnType; message: string }[] {
  const errors: { field: AsnType; message: string }[] = [];
  for (const t of ASN_TYPES) {
    const v = input[t];
    const n =
      typeof v === "number" ? v : typeof v === "string" && /^\d{1,4}$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > MAX_JP_TARGET) {
      errors.push({ field: t, message: `Target JP ${t} harus bilangan bulat 0–${MAX_JP_TARGET}.` });
    }
  }
  return errors;
}
