/**
 * Enrolment life cycle (SPEC §3.3): self-request → the supervisor approves (seat or waitlist) or declines
 * with a reason; HR assigns directly; anyone withdraws before completion; a freed seat promotes the first
 * waiting person; completion ends in lulus or tidak_lulus. `null` is "no enrolment yet".
 */
export const ENROLMENT_STATUSES = [
  "menunggu",
  "ditolak",
  "terdaftar",
  "daftar_tunggu",
  "batal",
  "lulus",
  "tidak_lulus",
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export type EnrolmentAction =
  | "request"
  | "approve"
  | "decline"
  | "assign"
  | "withdraw"
  | "promote"
  | "complete";

const FROM: Record<EnrolmentAction, readonly (EnrolmentStatus | null)[]> = {
  request: [null, "ditolak", "batal"],
  approve: ["menunggu"],
  decline: ["menunggu"],
  assign: [null, "ditolak", "batal", "menunggu"],
  withdraw: ["menunggu", "terdaftar", "daftar_tunggu"],
  promote: ["daftar_tunggu"],
  complete: ["terdaftar"],
};

export function canTransition(action: EnrolmentAction, from: EnrolmentStatus | null): boolean {
  return FROM[action].includes(from);
}

/** Statuses that hold a seat (counted against capacity). */
export const SEAT_STATUSES: readonly EnrolmentStatus[] = ["terdaftar", "lulus", "tidak_lulus"];
/** Statuses of an active participation (blocks a second request). */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = [
  "menunggu",
  "terdaftar",
  "daftar_tunggu",
  "lulus",
  "tidak_lulus",
];
