import { and, eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { isUuid } from "../../../platform/identifiers";
import { can } from "../domain/policy";
import { trainingAttendance, trainingSessionDays } from "../schema";
import { findEnrolment, findSession, requireEmployee } from "../training.repository";
import { type Ctx, nowOf, requireReason, todayOf } from "./context";

/**
 * The facilitator's typed fallback (SPEC §3.3): mark a participant present — or remove a wrong record — by
 * hand, always with a reason, always audited. Not for future days, not after completion.
 */
export async function markAttendance(
  ctx: Ctx,
  input: { dayId: string; enrolmentId: string; present: boolean; reason: string },
) {
  const reason = requireReason(input.reason, "reason", "Alasan presensi manual");
  if (!isUuid(input.dayId)) throw new AppError("NOT_FOUND", "Hari sesi tidak ditemukan.");
  const [day] = await ctx.deps.db
    .select()
    .from(trainingSessionDays)
    .where(eq(trainingSessionDays.id, input.dayId));
  if (!day) throw new AppError("NOT_FOUND", "Hari sesi tidak ditemukan.");
  const s = (await findSession(ctx.deps.db, day.sessionId))!;
  if (
    !can(ctx.actor, "session.facilitate", { unitPath: s.unitPath, facilitatorUserId: s.facilitatorUserId })
  ) {
    throw new AppError(
      "FORBIDDEN",
      "Hanya fasilitator atau admin kepegawaian yang dapat mencatat presensi sesi ini.",
    );
  }
  if (s.status === "selesai")
    throw new AppError("CONFLICT", "Sesi sudah dinyatakan selesai; presensi tidak dapat diubah.");
  if (day.date > todayOf(ctx)) {
    throw new AppError("UNPROCESSABLE", "Presensi hari yang belum berlangsung tidak dapat dicatat.", {
      issues: [{ field: "dayId", key: "Pilih hari yang sudah atau sedang berlangsung." }],
    });
  }
  const e = await findEnrolment(ctx.deps.db, input.enrolmentId);
  if (!e || e.sessionId !== s.id) throw new AppError("NOT_FOUND", "Peserta tidak ditemukan pada sesi ini.");
  if (e.status !== "terdaftar")
    throw new AppError("CONFLICT", "Hanya peserta terdaftar yang dicatat presensinya.");
  const person = await requireEmployee(ctx.deps.db, e.employeeId);
  return ctx.deps.db.transaction(async (tx) => {
    const where = and(eq(trainingAttendance.enrolmentId, e.id), eq(trainingAttendance.dayId, day.id));
    const [before] = await tx.select().from(trainingAttendance).where(where);
    if (input.present) {
      if (before) return { changed: false };
      const [row] = await tx
        .insert(trainingAttendance)
        .values({
          enrolmentId: e.id,
          dayId: day.id,
          method: "manual",
          reason,
          recordedByUserId: ctx.actor.userId,
          checkedInAt: nowOf(ctx),
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return { changed: false };
      await audit(tx, ctx.actor, {
        action: "training.attendance.manual",
        entity: "training_attendance",
        entityId: row.id,
        unitPath: person.unitPath,
        after: { enrolmentId: e.id, date: day.date, present: true, reason },
      });
      return { changed: true };
    }
    if (!before) return { changed: false };
    await tx.delete(trainingAttendance).where(where);
    await audit(tx, ctx.actor, {
      action: "training.attendance.remove",
      entity: "training_attendance",
      entityId: before.id,
      unitPath: person.unitPath,
      before: { method: before.method, checkedInAt: before.checkedInAt },
      after: { present: false, reason },
    });
    return { changed: true };
  });
}
