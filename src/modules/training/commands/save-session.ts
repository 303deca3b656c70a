import { and, eq, inArray } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { users } from "../../../platform/auth/schema";
import { AppError, textIssue } from "../../../platform/errors";
import { parseOrThrow } from "../../../platform/http/validation";
import { units } from "../../../platform/org/schema";
import { can } from "../domain/policy";
import { trainingCourses, trainingEnrolments, trainingSessionDays, trainingSessions } from "../schema";
import { findEmployees, lockSession, notifyEmployee } from "../training.repository";
import { ZSessionInput } from "../training.types";
import { type Ctx, todayOf } from "./context";
import { promoteWaiting, sessionLink } from "./seats";

/** Schedules a session of a course (SPEC §3.3): days with hours, venue or link, facilitator, capacity. */
export async function createSession(ctx: Ctx, input: unknown) {
  const s = parseOrThrow(ZSessionInput, input);
  const [unit] = await ctx.deps.db.select().from(units).where(eq(units.id, s.unitId));
  if (!unit)
    throw new AppError("UNPROCESSABLE", "Unit tidak dikenal.", {
      issues: [{ field: "unitId", key: "Pilih unit penyelenggara." }],
    });
  if (!can(ctx.actor, "session.manage", { unitPath: unit.path })) {
    throw new AppError("FORBIDDEN", "Anda hanya dapat menjadwalkan sesi untuk unit dalam lingkup Anda.");
  }
  const [course] = await ctx.deps.db.select().from(trainingCourses).where(eq(trainingCourses.id, s.courseId));
  if (!course?.isActive)
    throw new AppError("UNPROCESSABLE", "Kursus tidak dikenal.", {
      issues: [{ field: "courseId", key: "Pilih kursus yang aktif." }],
    });
  if (s.facilitatorUserId) {
    const [u] = await ctx.deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, s.facilitatorUserId));
    if (!u)
      throw new AppError("UNPROCESSABLE", "Akun fasilitator tidak dikenal.", {
        issues: [{ field: "facilitatorUserId", key: "Akun fasilitator tidak dikenal." }],
      });
  }
  const dates = s.days.map((d) => d.date).sort();
  if (dates[0]! < todayOf(ctx)) {
    throw new AppError("UNPROCESSABLE", "Tanggal sesi sudah lewat.", {
      issues: [{ field: "startDate", key: "Sesi baru tidak boleh dimulai di masa lalu." }],
    });
  }
  return ctx.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingSessions)
      .values({
        courseId: s.courseId,
        unitId: s.unitId,
        venue: s.venue,
        onlineUrl: s.onlineUrl,
        facilitatorName: s.facilitatorName,
        facilitatorUserId: s.facilitatorUserId ?? null,
        capacity: s.capacity,
        waitlistLimit: s.waitlistLimit,
        startsOn: dates[0]!,
        endsOn: dates[dates.length - 1]!,
      })
      .returning();
    await tx.insert(trainingSessionDays).values(s.days.map((d) => ({ ...d, sessionId: row!.id })));
    await audit(tx, ctx.actor, {
      action: "training.session.create",
      entity: "training_session",
      entityId: row!.id,
      unitPath: unit.path,
      after: { ...s, courseCode: course.code },
    });
    return row!;
  });
}

/**
 * Changes capacity, waitlist limit or enrolment status of a session. Raising the capacity promotes waiting
 * people at once; cancelling tells everyone enrolled. Runs under the session lock.
 */
export async function updateSession(
  ctx: Ctx,
  sessionId: string,
  input: { capacity?: unknown; waitlistLimit?: unknown; status?: unknown },
) {
  return ctx.deps.db.transaction(async (tx) => {
    const s = await lockSession(tx, sessionId);
    if (!can(ctx.actor, "session.manage", { unitPath: s.unitPath }))
      throw new AppError("FORBIDDEN", "Anda tidak mengelola sesi ini.");
    if (s.status === "selesai" || s.status === "dibatalkan")
      throw new AppError("CONFLICT", "Sesi ini sudah selesai atau dibatalkan.");
    const errors = [];
    const capacity = input.capacity === undefined ? s.capacity : Number(input.capacity);
    const waitlistLimit = input.waitlistLimit === undefined ? s.waitlistLimit : Number(input.waitlistLimit);
    const status = input.status === undefined ? s.status : String(input.status);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 500)
      errors.push({ field: "capacity", message: "Kapasitas harus 1–500." });
    if (!Number.isInteger(waitlistLimit) || waitlistLimit < 0 || waitlistLimit > 500) {
      errors.push({ field: "waitlistLimit", message: "Batas daftar tunggu harus 0–500." });
    }
    if (!["dibuka", "ditutup", "dibatalkan"].includes(status))
      errors.push({ field: "status", message: "Status tidak dikenal." });
    if (errors.length)
      throw new AppError("UNPROCESSABLE", "Periksa kembali isian sesi.", { issues: errors.map(textIssue) });
    await tx
      .update(trainingSessions)
      .set({ capacity, waitlistLimit, status })
      .where(eq(trainingSessions.id, s.id));
    await audit(tx, ctx.actor, {
      action: status === "dibatalkan" ? "training.session.cancel" : "training.session.update",
      entity: "training_session",
      entityId: s.id,
      unitPath: s.unitPath,
      before: { capacity: s.capacity, waitlistLimit: s.waitlistLimit, status: s.status },
      after: { capacity, waitlistLimit, status },
    });
    if (status === "dibatalkan") {
      const active = await tx
        .select({ id: trainingEnrolments.id, employeeId: trainingEnrolments.employeeId })
        .from(trainingEnrolments)
        .where(
          and(
            eq(trainingEnrolments.sessionId, s.id),
            inArray(trainingEnrolments.status, ["menunggu", "terdaftar", "daftar_tunggu"]),
          ),
        );
      await tx
        .update(trainingEnrolments)
        .set({
          status: "batal",
          withdrawReason: "Sesi dibatalkan penyelenggara.",
          withdrawnAt: ctx.deps.now(),
          waitlistedAt: null,
        })
        .where(
          inArray(
            trainingEnrolments.id,
            active.length ? active.map((a) => a.id) : ["00000000-0000-0000-0000-000000000000"],
          ),
        );
      for (const p of await findEmployees(
        tx,
        active.map((a) => a.employeeId),
      )) {
        await notifyEmployee(tx, p, {
          subject: `Sesi dibatalkan: ${s.courseTitle}`,
          body: `Sesi ${s.courseTitle} yang Anda ikuti dibatalkan oleh penyelenggara.`,
          link: sessionLink(s.id),
        });
      }
      return { promoted: [] as string[] };
    }
    return { promoted: await promoteWaiting(tx, ctx.actor, { ...s, capacity }) };
  });
}
