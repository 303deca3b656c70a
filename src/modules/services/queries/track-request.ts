import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { enforceRateLimit, isRateLimited } from "../../../platform/http/rate-limit";
import { isPinShaped, normaliseReference, pinHash, pinMatches } from "../domain/reference";

/** One answer for an unknown reference and a wrong PIN: the page never tells which (ARCHITECTURE §4). */
export const NO_MATCH = "Nomor permohonan atau PIN tidak cocok.";
const TOO_MANY = "Terlalu banyak percobaan PIN yang salah. Coba lagi dalam 15 menit.";

/** Wrong PINs allowed per IP and per reference in a 15-minute window. */
export const WRONG_PIN_LIMIT = { perIp: 20, perReference: 5, windowSeconds: 900 };

/**
 * Tracking without login (SPEC §3.4): reference + PIN. Only wrong attempts are counted (per IP and per
 * reference), so a citizen checking their own request is never slowed down, while guessing a 6-digit PIN
 * stops after a handful of tries. An unknown reference costs the same hash and answers the same 404.
 */
export async function authorizeTracking<R extends { reference: string; pinHash: string }>(
  deps: Pick<Deps, "db" | "secret" | "now">,
  input: { reference: string; pin: string; ip: string },
  load: (db: Deps["db"], reference: string) => Promise<R | null>,
): Promise<R> {
  const now = deps.now();
  const reference = normaliseReference(input.reference);
  const ipKey = `svc-track-ip:${input.ip}`;
  const refKey = reference ? `svc-track-ref:${reference}` : null;
  const { perIp, perReference, windowSeconds } = WRONG_PIN_LIMIT;
  const limits = [{ key: ipKey, limit: perIp }, ...(refKey ? [{ key: refKey, limit: perReference }] : [])];
  if (await isRateLimited(deps.db, limits, windowSeconds, now)) {
    throw new AppError("RATE_LIMITED", TOO_MANY, { retryAfterSeconds: windowSeconds });
  }
  const pin = input.pin.replace(/\s+/g, "");
  const request = reference ? await load(deps.db, reference) : null;
  if (request && isPinShaped(pin) && pinMatches(deps.secret, request.reference, pin, request.pinHash))
    return request;
  // An unknown reference costs the same hash, so timing does not tell it apart from a wrong PIN.
  if (!request) pinHash(deps.secret, reference ?? "-", pin);
  await enforceRateLimit(deps.db, ipKey, perIp, windowSeconds, now, TOO_MANY);
  if (refKey) await enforceRateLimit(deps.db, refKey, perReference, windowSeconds, now, TOO_MANY);
  throw new AppError("NOT_FOUND", NO_MATCH, { issues: [{ field: "pin", key: NO_MATCH }] });
}
