import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Small sealed values for the citizen journey, keyed by the server secret:
 * - the PIN of an idempotent submission, encrypted under a key derived from the secret AND the client's
 *   idempotency key, so a replay can show the same PIN while the database alone never reveals it;
 * - the confirmation cookie (reference + PIN shown once after submitting, without putting the PIN in a URL);
 * - the tracking grant cookie (which references this browser proved a PIN for, until when).
 */
const keyFor = (secret: string, label: string) => createHmac("sha256", secret).update(label).digest();

export function seal(secret: string, label: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, label), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unseal(secret: string, label: string, sealed: string): string | null {
  try {
    const raw = Buffer.from(sealed, "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, label), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** HMAC-signed `payload.signature`, for values the client holds but must not change. */
export function sign(secret: string, label: string, payload: string): string {
  const mac = createHmac("sha256", secret).update(`${label}:${payload}`).digest("base64url").slice(0, 32);
  return `${payload}.${mac}`;
}

export function verifySigned(secret: string, label: string, value: string): string | null {
  const i = value.lastIndexOf(".");
  if (i <= 0) return null;
  const payload = value.slice(0, i);
  const expected = Buffer.from(sign(secret, label, payload));
  const given = Buffer.from(value);
  return expected.length === given.length && timingSafeEqual(expected, given) ? payload : null;
}
