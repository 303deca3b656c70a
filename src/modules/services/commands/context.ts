import type { Executor } from "../../../db/client";
import { type Actor, systemActor } from "../../../platform/auth/actor";
import { todayJakarta } from "../../../platform/i18n/format";
import { calendarOf } from "../services.repository";

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
