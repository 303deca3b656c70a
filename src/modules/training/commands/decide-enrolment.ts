import { eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { canTransition, type EnrolmentStatus } from "../domain/enrolment-status";
import { can } from "../domain/policy";
import { trainingEnrolments } from "../schema";
import { findEnrolment, lockSession, notifyEmployee, requireEmployee } from "../training.repository";
import { type Ctx, nowOf, requireReason } from "./context";
import { assertRoom } from "./request-enrolment";
import { invitation, sessionLink } from "./seats";

export type Decision = "setujui" | "tolak";

/**
 * The direct supervisor (or HR in scope) approves a request — a seat, or the waitlist when the class is
 * full — or declines it with a reason (SPEC §3.3). Anyone else gets 403 and nothing changes.
 */
export async function decideEnrolment(
  ctx: Ctx,
  input: { enrolmentId: string; decision: Decision; reason?: string | null },
) {
  if (input.decision !== "setujui" && input.decision !== "tolak") {
    throw new AppError("UNPROCESSABLE", "Pilih setujui atau tolak.", {
      issues: [{ field: "decision", key: "Pilih setujui atau tolak." }],
    });
  }
  const reason =
    input.decision === "tolak" ? requireReason(input.reason, "reason", "Alasan penolakan") : null;
  const found = await findEnrolment(ctx.deps.db, input.enrolmentId);
  if (!found) throw new AppError("NOT_FOUND", "Permintaan pendaftaran tidak ditemukan.");
  return ctx.deps.db.transaction(async (tx) => {
    const s = await lockSession(tx, found.sessionId);
    const e = (await findEnrolment(tx, found.id, true))!;
    const person = await requireEmployee(tx, e.employeeId);
    const resource = { employeeId: person.id, supervisorId: person.supervisorId, unitPath: person.unitPath };
    if (!can(ctx.actor, "enrolment.decide", resource)) {
      throw new AppError(
        "FORBIDDEN",
        person.id === ctx.actor.employeeId
          ? "Anda tidak dapat memutuskan permintaan Anda sendiri."
          : "Hanya atasan langsung pegawai ini atau admin kepegawaian yang dapat memutuskan permintaan ini.",
      );
    }
    if (!canTransition(input.decision === "setujui" ? "approve" : "decline", e.status as EnrolmentStatus)) {
      throw new AppError("CONFLICT", "Permintaan ini sudah diputuskan atau dibatalkan.");
    }
    let status: EnrolmentStatus = "ditolak";
    if (input.decision === "setujui") {
      if (s.status !== "dibuka" && s.status !== "ditutup")
        throw new AppError("CONFLICT", "Sesi ini sudah selesai atau dibatalkan.");
      status = (await assertRoom(tx, s)) === "terdaftar" ? "terdaftar" : "daftar_tunggu";
    }
    const now = nowOf(ctx);
    const [row] = await tx
      .update(trainingEnrolments)
      .set({
        status,
        decidedByUserId: ctx.actor.userId,
        decidedAt: now,
        decisionReason: reason,
        waitlistedAt: status === "daftar_tunggu" ? now : null,
      })
      .where(eq(trainingEnrolments.id, e.id))
      .returning();
    await audit(tx, ctx.actor, {
      action: input.decision === "setujui" ? "training.enrolment.approve" : "training.enrolment.decline",
      entity: "training_enrolment",
      entityId: e.id,
      unitPath: person.unitPath,
      before: { status: e.status },
      after: { status, reason },
    });
    if (status === "terdaftar") await notifyEmployee(tx, person, invitation(s));
    else if (status === "daftar_tunggu") {
      await notifyEmployee(tx, person, {
        subject: `Daftar tunggu: ${s.courseTitle}`,
        body: `Permintaan Anda disetujui, tetapi kelas sudah penuh. Anda masuk daftar tunggu dan otomatis mendapat kursi bila ada peserta yang mundur.`,
        link: sessionLink(s.id),
      });
    } else {
      await notifyEmployee(tx, person, {
        subject: `Permintaan pelatihan ditolak: ${s.courseTitle}`,
        body: `Permintaan Anda untuk ${s.courseTitle} ditolak. Alasan: ${reason}`,
        link: sessionLink(s.id),
      });
    }
    return row!;
  });
}
