import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * Reference numbers a citizen reads over the phone or types from a receipt: `MM-YYMM-XXXX`, where XXXX
 * comes from 31 characters without the look-alikes 0/O, 1/I/L (Crockford-like). 31⁴ ≈ 923,000 per month;
 * a collision is retried on insert (the column is unique).
 */
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const REFERENCE = /^MM-(\d{4})-([2-9A-HJKMNP-Z]{4})$/;

export function newReference(today: string, pick: (n: number) => number = randomInt): string {
  const yymm = `${today.slice(2, 4)}${today.slice(5, 7)}`;
  let tail = "";
  for (let i = 0; i < 4; i++) tail += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `MM-${yymm}-${tail}`;
}

/**
 * What a citizen typed → the canonical reference, or null. Case, spaces and missing dashes are forgiven;
 * look-alike characters are never issued, so a reference containing one is simply not a reference.
 */
export function normaliseReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—_.]/g, "");
  const m = /^MM(\d{4})([0-9A-Z]{4})$/.exec(compact);
  if (!m) return null;
  const ref = `MM-${m[1]}-${m[2]}`;
  return REFERENCE.test(ref) ? ref : null;
}

export const isReference = (value: string) => REFERENCE.test(value);

/** A 6-digit PIN, uniformly random. */
export const newPin = (pick: (n: number) => number = randomInt) => String(pick(1_000_000)).padStart(6, "0");

/**
 * The stored PIN check: HMAC-SHA256 with the server key over reference and PIN. A leaked table does not give
 * PINs away (the key is not in the database) and checking stays cheap enough for a public tracking page
 * that is rate-limited anyway.
 */
export function pinHash(secret: string, reference: string, pin: string): string {
  return createHmac("sha256", secret).update(`sigap-pin:${reference}:${pin}`).digest("hex");
}

export function pinMatches(secret: string, reference: string, pin: string, stored: string): boolean {
  const a = Buffer.from(pinHash(secret, reference, pin));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const isPinShaped = (pin: string) => /^\d{6}$/.test(pin);
