import { eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { canTransition, type EnrolmentStatus } from "../domain/enrolment-status";
import { can } from "../domain/policy";
import { trainingEnrolments } from "../schema";
import { findEnrolment, lockSession, requireEmployee } from "../training.repository";
import { type Ctx, nowOf, todayOf } from "./context";
import { promoteWaiting } from "./seats";

/**
 * The participant (or HR in scope) withdraws before the session ends. A freed seat goes to the first person
 * on the waitlist in the same transaction, under the session lock (SPEC §3.3: the waitlist promotes
 * automatically).
 */
export async function withdrawEnrolment(ctx: Ctx, input: { enrolmentId: string; reason?: string | null }) {
  const found = await findEnrolment(ctx.deps.db, input.enrolmentId);
  if (!found) throw new AppError("NOT_FOUND", "Pendaftaran tidak ditemukan.");
  return ctx.deps.db.transaction(async (tx) => {
    const s = await lockSession(tx, found.sessionId);
    const e = (await findEnrolment(tx, found.id, true))!;
    const person = await requireEmployee(tx, e.employeeId);
    const resource = { employeeId: person.id, supervisorId: person.supervisorId, unitPath: person.unitPath };
    if (!can(ctx.actor, "enrolment.withdraw", resource)) {
      if (can(ctx.actor, "record.read", resource))
        throw new AppError("FORBIDDEN", "Anda tidak dapat membatalkan pendaftaran ini.");
      throw new AppError("NOT_FOUND", "Pendaftaran tidak ditemukan.");
    }
    if (!canTransition("withdraw", e.status as EnrolmentStatus)) {
      throw new AppError("CONFLICT", "Pendaftaran ini sudah dibatalkan atau pelatihannya sudah selesai.");
    }
    if (todayOf(ctx) > s.endsOn || s.status === "selesai") {
      throw new AppError("CONFLICT", "Sesi sudah berakhir; pendaftaran tidak dapat dibatalkan lagi.");
    }
    const reason = input.reason?.trim().slice(0, 500) || null;
    await tx
      .update(trainingEnrolments)
      .set({ status: "batal", withdrawnAt: nowOf(ctx), withdrawReason: reason, waitlistedAt: null })
      .where(eq(trainingEnrolments.id, e.id));
    await audit(tx, ctx.actor, {
      action: "training.enrolment.withdraw",
      entity: "training_enrolment",
      entityId: e.id,
      unitPath: person.unitPath,
      before: { status: e.status },
      after: { status: "batal", reason },
    });
    const promoted = e.status === "terdaftar" ? await promoteWaiting(tx, ctx.actor, s) : [];
    return { promoted };
  });
}
