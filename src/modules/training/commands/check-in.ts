import { and, eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError, issue } from "../../../platform/errors";
import { formatDate } from "../../../platform/i18n/format";
import { isUuid } from "../../../platform/identifiers";
import { checkAttendanceCode } from "../domain/attendance-code";
import { trainingAttendance, trainingEnrolments, trainingSessionDays } from "../schema";
import { findSession, requireEmployee } from "../training.repository";
import { type Ctx, nowOf, selfEmployeeId, todayOf } from "./context";

export type CheckInResult = {
  status: "tercatat" | "sudah_tercatat";
  sessionId: string;
  courseTitle: string;
  date: string;
  checkedInAt: Date;
};

const codeField = (message: string) =>
  new AppError("UNPROCESSABLE", message, { issues: [issue("code", message)] });

/**
 * Check-in by the rotating QR code (SPEC §3.3): the signed-in participant sends the code on the facilitator's
 * screen. An old code (a shared photo) or a forged one is refused; a second scan the same day answers
 * "sudah tercatat" and changes nothing (one row per participant per day, unique key).
 */
export async function checkIn(ctx: Ctx, input: { dayId: string; code: string }): Promise<CheckInResult> {
  const employeeId = selfEmployeeId(ctx);
  const now = nowOf(ctx);
  if (!isUuid(input.dayId))
    throw codeField("Kode presensi tidak sah. Pindai kode QR yang tampil di layar fasilitator.");
  const verdict = checkAttendanceCode(ctx.deps.secret, input.dayId, input.code ?? "", now);
  if (verdict === "expired") {
    throw codeField(
      "Kode presensi sudah kedaluwarsa. Kode berganti setiap 30 detik; pindai kode yang sedang tampil di layar.",
    );
  }
  if (verdict === "invalid")
    throw codeField("Kode presensi tidak sah. Pindai kode QR yang tampil di layar fasilitator.");
  const [day] = await ctx.deps.db
    .select()
    .from(trainingSessionDays)
    .where(eq(trainingSessionDays.id, input.dayId));
  if (!day) throw codeField("Kode presensi tidak sah.");
  if (day.date !== todayOf(ctx))
    throw codeField(`Kode ini untuk presensi tanggal ${formatDate(day.date)}, bukan hari ini.`);
  const s = (await findSession(ctx.deps.db, day.sessionId))!;
  const [enrolment] = await ctx.deps.db
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, s.id), eq(trainingEnrolments.employeeId, employeeId)));
  if (enrolment?.status !== "terdaftar") {
    throw new AppError(
      "FORBIDDEN",
      enrolment?.status === "daftar_tunggu"
        ? "Anda masih dalam daftar tunggu sesi ini; presensi hanya untuk peserta terdaftar."
        : "Anda tidak terdaftar sebagai peserta sesi ini.",
    );
  }
  return ctx.deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(trainingAttendance)
      .values({
        enrolmentId: enrolment.id,
        dayId: day.id,
        method: "qr",
        recordedByUserId: ctx.actor.userId,
        checkedInAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) {
      const [first] = await tx
        .select()
        .from(trainingAttendance)
        .where(and(eq(trainingAttendance.enrolmentId, enrolment.id), eq(trainingAttendance.dayId, day.id)));
      return {
        status: "sudah_tercatat" as const,
        sessionId: s.id,
        courseTitle: s.courseTitle,
        date: day.date,
        checkedInAt: first!.checkedInAt,
      };
    }
    const me = await requireEmployee(tx, employeeId);
    await audit(tx, ctx.actor, {
      action: "training.attendance.checkin",
      entity: "training_attendance",
      entityId: inserted[0]!.id,
      unitPath: me.unitPath,
      after: { enrolmentId: enrolment.id, date: day.date, method: "qr" },
    });
    return {
      status: "tercatat" as const,
      sessionId: s.id,
      courseTitle: s.courseTitle,
      date: day.date,
      checkedInAt: now,
    };
  });
}
