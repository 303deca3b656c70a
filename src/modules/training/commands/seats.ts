import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { formatDate } from "../../../platform/i18n/format";
import { promotionsDue } from "../domain/waitlist";
import { trainingEnrolments } from "../schema";
import { findEmployees, notifyEmployee, type SessionRow, seatCounts } from "../training.repository";

export const sessionLink = (sessionId: string) => `/staf/pelatihan/sesi/${sessionId}`;

export function whenText(s: Pick<SessionRow, "startsOn" | "endsOn">): string {
  return s.startsOn === s.endsOn
    ? formatDate(s.startsOn)
    : `${formatDate(s.startsOn)} s.d. ${formatDate(s.endsOn)}`;
}

export function whereText(s: Pick<SessionRow, "venue" | "onlineUrl">): string {
  return [s.venue, s.onlineUrl ? `daring: ${s.onlineUrl}` : null].filter(Boolean).join("; ");
}

/** The invitation sent when someone gets a seat (SPEC §3.3: invitations through the outbox). */
export function invitation(s: SessionRow) {
  return {
    subject: `Undangan pelatihan: ${s.courseTitle}`,
    body:
      `Anda terdaftar sebagai peserta ${s.courseTitle} (${s.courseJp} JP) pada ${whenText(s)}, ${whereText(s)}. ` +
      `Fasilitator: ${s.facilitatorName}. Tambahkan ke kalender Anda dari halaman sesi; presensi dengan memindai kode QR di lokasi.`,
    link: sessionLink(s.id),
  };
}

/**
 * Gives free seats to the first people on the waitlist (in order of arrival). Runs inside a transaction
 * that holds the session lock (`lockSession`), after any change that may free seats.
 */
export async function promoteWaiting(tx: Tx, actor: Actor, s: SessionRow): Promise<string[]> {
  const { seatsTaken, waiting } = await seatCounts(tx, s.id);
  const n = promotionsDue(s.capacity, seatsTaken, waiting);
  if (n === 0) return [];
  const next = await tx
    .select({ id: trainingEnrolments.id, employeeId: trainingEnrolments.employeeId })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, s.id), eq(trainingEnrolments.status, "daftar_tunggu")))
    .orderBy(asc(trainingEnrolments.waitlistedAt), asc(trainingEnrolments.createdAt))
    .limit(n)
    .for("update");
  const people = new Map(
    (
      await findEmployees(
        tx,
        next.map((e) => e.employeeId),
      )
    ).map((e) => [e.id, e]),
  );
  for (const e of next) {
    await tx
      .update(trainingEnrolments)
      .set({ status: "terdaftar", waitlistedAt: null })
      .where(eq(trainingEnrolments.id, e.id));
    const person = people.get(e.employeeId);
    await audit(tx, actor, {
      action: "training.enrolment.promote",
      entity: "training_enrolment",
      entityId: e.id,
      unitPath: person?.unitPath,
      before: { status: "daftar_tunggu" },
      after: { status: "terdaftar" },
    });
    if (person) await notifyEmployee(tx, person, invitation(s));
  }
  return next.map((e) => e.id);
}
