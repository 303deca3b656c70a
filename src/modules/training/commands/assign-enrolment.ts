import { eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import { canTransition, type EnrolmentStatus } from "../domain/enrolment-status";
import { can } from "../domain/policy";
import { placementFor } from "../domain/waitlist";
import { trainingEnrolments } from "../schema";
import {
  findEmployees,
  findEnrolmentFor,
  lockSession,
  notifyEmployee,
  seatCounts,
} from "../training.repository";
import { type Ctx, nowOf, todayOf } from "./context";
import { STATUS_TEXT } from "./request-enrolment";
import { invitation, sessionLink } from "./seats";

/**
 * HR assigns people directly (SPEC §3.3), without the supervisor step. All or nothing: if one person cannot
 * be placed (out of scope, already enrolled, no room left), nobody is and every problem is listed.
 */
export async function assignEnrolments(ctx: Ctx, input: { sessionId: string; employeeIds: string[] }) {
  const ids = [...new Set(input.employeeIds)];
  if (ids.length === 0 || ids.length > 200) {
    throw new AppError("UNPROCESSABLE", "Pilih pegawai yang akan didaftarkan.", {
      issues: [{ field: "employeeIds", key: "Pilih 1–200 pegawai." }],
    });
  }
  return ctx.deps.db.transaction(async (tx) => {
    const s = await lockSession(tx, input.sessionId);
    if (!can(ctx.actor, "session.manage", { unitPath: s.unitPath })) {
      throw new AppError("FORBIDDEN", "Anda tidak mengelola sesi ini.");
    }
    if (s.status === "selesai" || s.status === "dibatalkan" || todayOf(ctx) > s.endsOn) {
      throw new AppError("CONFLICT", "Sesi ini sudah selesai atau dibatalkan.");
    }
    const people = await findEmployees(tx, ids);
    const errors: FieldError[] = [];
    for (const id of ids)
      if (!people.some((p) => p.id === id))
        errors.push({ field: "employeeIds", message: `Pegawai ${id} tidak ditemukan.` });
    let { seatsTaken, waiting } = await seatCounts(tx, s.id);
    const plan: { person: (typeof people)[number]; existingId: string | null; status: EnrolmentStatus }[] =
      [];
    for (const p of people) {
      if (!p.isActive) errors.push({ field: "employeeIds", message: `${p.name} tidak aktif.` });
      else if (
        !can(ctx.actor, "enrolment.assign", {
          employeeId: p.id,
          unitPath: p.unitPath,
          supervisorId: p.supervisorId,
        })
      ) {
        errors.push({
          field: "employeeIds",
          message: `${p.name} di luar lingkup Anda atau adalah Anda sendiri.`,
        });
      } else {
        const existing = await findEnrolmentFor(tx, s.id, p.id, true);
        const from = (existing?.status ?? null) as EnrolmentStatus | null;
        if (!canTransition("assign", from)) {
          errors.push({
            field: "employeeIds",
            message: `${p.name} sudah ${STATUS_TEXT[from!]} pada sesi ini.`,
          });
          continue;
        }
        const placement = placementFor({
          capacity: s.capacity,
          seatsTaken,
          waiting,
          waitlistLimit: s.waitlistLimit,
        });
        if (placement === "penuh") {
          errors.push({
            field: "employeeIds",
            message: `Tidak ada kursi maupun daftar tunggu tersisa untuk ${p.name}.`,
          });
          continue;
        }
        if (placement === "terdaftar") seatsTaken++;
        else waiting++;
        plan.push({ person: p, existingId: existing?.id ?? null, status: placement });
      }
    }
    if (errors.length)
      throw new AppError("UNPROCESSABLE", "Penugasan tidak dapat disimpan; tidak ada yang didaftarkan.", {
        issues: errors.map(textIssue),
      });
    const now = nowOf(ctx);
    for (const { person, existingId, status } of plan) {
      const values = {
        status,
        source: "penugasan" as const,
        requestedByUserId: ctx.actor.userId,
        decidedByUserId: ctx.actor.userId,
        decidedAt: now,
        decisionReason: null,
        withdrawnAt: null,
        withdrawReason: null,
        waitlistedAt: status === "daftar_tunggu" ? now : null,
      };
      const [row] = existingId
        ? await tx
            .update(trainingEnrolments)
            .set(values)
            .where(eq(trainingEnrolments.id, existingId))
            .returning()
        : await tx
            .insert(trainingEnrolments)
            .values({ ...values, sessionId: s.id, employeeId: person.id })
            .returning();
      await audit(tx, ctx.actor, {
        action: "training.enrolment.assign",
        entity: "training_enrolment",
        entityId: row!.id,
        unitPath: person.unitPath,
        after: { status, sessionId: s.id },
      });
      await notifyEmployee(
        tx,
        person,
        status === "terdaftar"
          ? invitation(s)
          : {
              subject: `Daftar tunggu: ${s.courseTitle}`,
              body: "Admin kepegawaian menugaskan Anda, tetapi kelas sudah penuh. Anda otomatis mendapat kursi bila ada peserta yang mundur.",
              link: sessionLink(s.id),
            },
      );
    }
    return plan.map((p) => ({ employeeId: p.person.id, status: p.status }));
  });
}
