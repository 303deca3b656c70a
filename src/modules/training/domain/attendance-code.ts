import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Rotating attendance code (SPEC §3.3): HMAC(server key, day id + 30-second window), 8 base32 characters.
 * The server accepts the current window and the one before (a scan that straddles a change); an older code
 * — a photo shared on WhatsApp — is refused as expired, anything else as not valid.
 */
export const CODE_WINDOW_SECONDS = 30;
/** How far back a code is still recognised as "ours but expired" (for a clearer message): 10 minutes. */
const RECOGNISED_WINDOWS = 20;
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export const codeWindow = (now: Date) => Math.floor(now.getTime() / (CODE_WINDOW_SECONDS * 1000));

export function secondsLeftInWindow(now: Date): number {
  const ms = CODE_WINDOW_SECONDS * 1000;
  return Math.ceil((ms - (now.getTime() % ms)) / 1000);
}

export function attendanceCode(secret: string, dayId: string, window: number): string {
  const mac = createHmac("sha256", secret).update(`sigap-attendance:${dayId}:${window}`).digest();
  // 40 bits → 8 base32 characters.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(mac[i]!);
  let out = "";
  for (let i = 7; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out;
}

/** Upper-cases and drops spaces/dashes someone typed; null when it cannot be a code at all. */
export function normaliseCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, "");
  return /^[A-Z2-7]{8}$/.test(c) ? c : null;
}

export type CodeCheck = "ok" | "expired" | "invalid";

export function checkAttendanceCode(secret: string, dayId: string, input: string, now: Date): CodeCheck {
  const code = normaliseCode(input);
  if (!code) return "invalid";
  const given = Buffer.from(code);
  const w = codeWindow(now);
  const matches = (window: number) =>
    timingSafeEqual(given, Buffer.from(attendanceCode(secret, dayId, window)));
  if (matches(w) || matches(w - 1)) return "ok";
  for (let back = 2; back <= RECOGNISED_WINDOWS; back++) if (matches(w - back)) return "expired";
  return "invalid";
}
