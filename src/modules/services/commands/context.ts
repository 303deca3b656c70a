import type { Executor, Tx } from "../../../db/client";
import { type Actor, systemActor } from "../../../platform/auth/actor";
import { AppError } from "../../../platform/errors";
import { todayJakarta } from "../../../platform/i18n/format";
import { can } from "../domain/policy";
import { calendarOf, lockRequest } from "../services.repository";

/** The applicant acting through their PIN (audit rows carry no user id, only the IP). */
export const citizenActor = (ip?: string): Actor => ({
  ...systemActor,
  username: "pemohon",
  displayName: "Pemohon",
  ip,
});

/** Today in Asia/Jakarta and the working-day calendar, the two things every deadline needs. */
export async function clockOf(db: Executor, now: Date) {
  return { today: todayJakarta(now), cal: await calendarOf(db) };
}

/** A link to the tracking page, safe for messages: no PIN, no name. */
export const trackingLink = (reference: string) => `/lacak/${reference}`;

/** Locks the request for this transaction; one the actor may not read is answered as not found, not forbidden. */
export async function lockReadableRequest(tx: Tx, actor: Actor, requestId: string) {
  const request = await lockRequest(tx, requestId);
  if (!request || !can(actor, "read", request))
    throw new AppError("NOT_FOUND", "Permohonan tidak ditemukan.");
  return request;
}
