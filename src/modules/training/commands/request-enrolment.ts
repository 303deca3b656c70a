import { eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { canTransition, type EnrolmentStatus } from "../domain/enrolment-status";
import { placementFor } from "../domain/waitlist";
import { trainingEnrolments } from "../schema";
import {
  findEmployee,
  findEnrolmentFor,
  lockSession,
  notifyEmployee,
  requireEmployee,
  type SessionRow,
  seatCounts,
} from "../training.repository";
import { type Ctx, isUniqueViolation, selfEmployeeId, todayOf } from "./context";
import { whenText } from "./seats";

export const STATUS_TEXT: Record<EnrolmentStatus, string> = {
  menunggu: "menunggu persetujuan atasan",
  ditolak: "ditolak",
  terdaftar: "terdaftar",
  daftar_tunggu: "dalam daftar tunggu",
  batal: "dibatalkan",
  lulus: "lulus",
  tidak_lulus: "tidak lulus",
};

/** Enrolment is open until the first day and only while the session takes participants. */
export function assertOpen(s: SessionRow, today: string) {
  if (s.status !== "dibuka") throw new AppError("CONFLICT", "Pendaftaran sesi ini sudah ditutup.");
  if (today > s.startsOn) throw new AppError("CONFLICT", "Sesi ini sudah dimulai; pendaftaran ditutup.");
}

export async function assertRoom(tx: Parameters<typeof seatCounts>[0], s: SessionRow) {
  const counts = await seatCounts(tx, s.id);
  const placement = placementFor({ ...counts, capacity: s.capacity, waitlistLimit: s.waitlistLimit });
  if (placement === "penuh") {
    throw new AppError(
      "CONFLICT",
      `Kelas sudah penuh (${s.capacity} peserta) dan daftar tunggu juga penuh (${s.waitlistLimit} orang). Pilih sesi lain.`,
    );
  }
  return placement;
}

/**
 * An ASN asks for a seat (SPEC §3.3): the request waits for the direct supervisor (or HR when the person
 * has no supervisor). Refused when already enrolled or asked, when enrolment is closed, or when both the
 * class and its waitlist are full.
 */
export async function requestEnrolment(ctx: Ctx, input: { sessionId: string; note?: string | null }) {
  const employeeId = selfEmployeeId(ctx);
  const note = input.note?.trim().slice(0, 500) || null;
  try {
    return await ctx.deps.db.transaction(async (tx) => {
      const s = await lockSession(tx, input.sessionId);
      assertOpen(s, todayOf(ctx));
      const me = await requireEmployee(tx, employeeId);
      const existing = await findEnrolmentFor(tx, s.id, employeeId, true);
      const from = (existing?.status ?? null) as EnrolmentStatus | null;
      if (!canTransition("request", from)) {
        throw new AppError("CONFLICT", `Anda sudah ${STATUS_TEXT[from!]} pada sesi ini.`);
      }
      await assertRoom(tx, s);
      const values = {
        status: "menunggu" as const,
        source: "mandiri" as const,
        requestedByUserId: ctx.actor.userId,
        requestNote: note,
        decidedByUserId: null,
        decidedAt: null,
        decisionReason: null,
        withdrawnAt: null,
        withdrawReason: null,
        waitlistedAt: null,
      };
      const [row] = existing
        ? await tx
            .update(trainingEnrolments)
            .set(values)
            .where(eq(trainingEnrolments.id, existing.id))
            .returning()
        : await tx
            .insert(trainingEnrolments)
            .values({ ...values, sessionId: s.id, employeeId })
            .returning();
      await audit(tx, ctx.actor, {
        action: "training.enrolment.request",
        entity: "training_enrolment",
        entityId: row!.id,
        unitPath: me.unitPath,
        before: existing ? { status: existing.status } : null,
        after: { status: "menunggu", sessionId: s.id },
      });
      const supervisor = me.supervisorId ? await findEmployee(tx, me.supervisorId) : null;
      if (supervisor) {
        await notifyEmployee(tx, supervisor, {
          subject: `Permintaan pelatihan dari ${me.name}`,
          body: `${me.name} meminta ikut ${s.courseTitle} (${s.courseJp} JP) pada ${whenText(s)}. Setujui atau tolak di halaman Persetujuan.`,
          link: "/staf/pelatihan/persetujuan",
        });
      }
      return row!;
    });
  } catch (err) {
    // Two simultaneous first requests by one person: the unique key lets one in.
    if (isUniqueViolation(err))
      throw new AppError("CONFLICT", "Anda sudah mengajukan pendaftaran pada sesi ini.");
    throw err;
  }
}
