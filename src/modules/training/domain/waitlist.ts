/**
 * Seats and waitlist (SPEC §3.3): a session holds `capacity` seats; beyond that people wait in order of
 * arrival up to `waitlistLimit`; past both, enrolment is refused. A freed seat goes to the first in line.
 */
export type Placement = "terdaftar" | "daftar_tunggu" | "penuh";

export function placementFor(s: {
  capacity: number;
  seatsTaken: number;
  waiting: number;
  waitlistLimit: number;
}): Placement {
  if (s.seatsTaken < s.capacity) return "terdaftar";
  if (s.waiting < s.waitlistLimit) return "daftar_tunggu";
  return "penuh";
}

/** How many of the waiting people move up when seats are free. */
export function promotionsDue(capacity: number, seatsTaken: number, waiting: number): number {
  return Math.max(0, Math.min(capacity - seatsTaken, waiting));
}
