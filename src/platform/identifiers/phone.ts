import type { IdentifierResult } from "./messages";

/**
 * An Indonesian phone number, stored in one form everywhere (E.164, "+6281234567890") whatever way it was
 * typed: "0812-3456-7890", "+62 812 3456 7890", "62812…", "(061) 685 1234". Mobile numbers (08…) can receive
 * WhatsApp/SMS; landlines (area code 2–7 or 9, e.g. 061 for Medan) cannot.
 */
export type Phone = { e164: string; isMobile: boolean };

const MOBILE = /^8[1-9]\d{6,11}$/;
const LANDLINE = /^[2-79]\d{6,9}$/;

export function parsePhone(input: string, opts: { mobileOnly?: boolean } = {}): IdentifierResult<Phone> {
  const compact = input.trim().replace(/[\s\-().]/g, "");
  const m = /^(?:\+62|62|0)(\d+)$/.exec(compact);
  const national = m?.[1] ?? "";
  const isMobile = MOBILE.test(national);
  if (!isMobile && !LANDLINE.test(national)) return { ok: false, error: { key: "phone.format" } };
  if (opts.mobileOnly && !isMobile) return { ok: false, error: { key: "phone.mobile" } };
  return { ok: true, value: { e164: `+62${national}`, isMobile } };
}

/** How Indonesians read a stored number back: "+6281234567890" → "0812-3456-7890". */
export function formatPhone(e164: string): string {
  if (!e164.startsWith("+62")) return e164;
  const national = `0${e164.slice(3)}`;
  if (!national.startsWith("08")) return national;
  return [national.slice(0, 4), national.slice(4, 8), national.slice(8)].filter(Boolean).join("-");
}
