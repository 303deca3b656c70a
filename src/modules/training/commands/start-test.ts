import { and, asc, eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { formatDate } from "../../../platform/i18n/format";
import { trainingQuestions, trainingTestAttempts } from "../schema";
import { findEnrolment, findSession, requireEmployee, type SessionRow } from "../training.repository";
import { type Ctx, isUniqueViolation, nowOf, selfEmployeeId, todayOf } from "./context";

export type Phase = "pre" | "post";
export const PHASE_TEXT: Record<Phase, string> = { pre: "pre-test", post: "post-test" };
/** A test shows at most this many questions (the bank may be larger). */
export const MAX_QUESTIONS = 30;

/** When each test may be taken: the pre-test until the last day, the post-test from the last day on. */
export function testWindowProblem(phase: Phase, s: SessionRow, today: string): string | null {
  if (s.status === "selesai" || s.status === "dibatalkan")
    return "Sesi sudah ditutup; tes tidak dapat dikerjakan lagi.";
  if (phase === "pre" && today > s.endsOn)
    return "Pre-test hanya dapat dikerjakan sampai hari terakhir pelatihan.";
  if (phase === "post" && today < s.endsOn)
    return `Post-test dibuka pada hari terakhir pelatihan (${formatDate(s.endsOn)}).`;
  return null;
}

export async function loadOwnEnrolment(ctx: Ctx, enrolmentId: string) {
  const employeeId = selfEmployeeId(ctx);
  const e = await findEnrolment(ctx.deps.db, enrolmentId);
  if (!e || e.employeeId !== employeeId) throw new AppError("NOT_FOUND", "Pendaftaran tidak ditemukan.");
  const s = (await findSession(ctx.deps.db, e.sessionId))!;
  return { e, s };
}

/**
 * Starts a timed test (SPEC §3.3): the questions are fixed at the start and the deadline is start + the
 * course's minutes. Starting again returns the same attempt; a finished test cannot be retaken.
 */
export async function startTest(ctx: Ctx, input: { enrolmentId: string; phase: Phase }) {
  if (input.phase !== "pre" && input.phase !== "post")
    throw new AppError("NOT_FOUND", "Tes tidak ditemukan.");
  const { e, s } = await loadOwnEnrolment(ctx, input.enrolmentId);
  if (e.status !== "terdaftar")
    throw new AppError("CONFLICT", "Tes hanya untuk peserta terdaftar yang belum dinyatakan selesai.");
  const problem = testWindowProblem(input.phase, s, todayOf(ctx));
  if (problem) throw new AppError("CONFLICT", problem);
  const [existing] = await ctx.deps.db
    .select()
    .from(trainingTestAttempts)
    .where(and(eq(trainingTestAttempts.enrolmentId, e.id), eq(trainingTestAttempts.phase, input.phase)));
  if (existing) {
    if (existing.submittedAt)
      throw new AppError("CONFLICT", `Anda sudah mengerjakan ${PHASE_TEXT[input.phase]} ini.`);
    return existing;
  }
  if (input.phase === "pre") {
    const [post] = await ctx.deps.db
      .select({ id: trainingTestAttempts.id })
      .from(trainingTestAttempts)
      .where(and(eq(trainingTestAttempts.enrolmentId, e.id), eq(trainingTestAttempts.phase, "post")));
    if (post)
      throw new AppError("CONFLICT", "Post-test sudah dimulai; pre-test tidak dapat dikerjakan lagi.");
  }
  const questions = await ctx.deps.db
    .select({ id: trainingQuestions.id })
    .from(trainingQuestions)
    .where(and(eq(trainingQuestions.courseId, s.courseId), eq(trainingQuestions.isActive, true)))
    .orderBy(asc(trainingQuestions.sortOrder), asc(trainingQuestions.createdAt))
    .limit(MAX_QUESTIONS);
  if (questions.length === 0) throw new AppError("CONFLICT", "Kursus ini belum memiliki soal tes.");
  const now = nowOf(ctx);
  try {
    return await ctx.deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(trainingTestAttempts)
        .values({
          enrolmentId: e.id,
          phase: input.phase,
          questionIds: questions.map((q) => q.id),
          startedAt: now,
          deadlineAt: new Date(now.getTime() + s.testMinutes * 60_000),
        })
        .returning();
      const me = await requireEmployee(tx, e.employeeId);
      await audit(tx, ctx.actor, {
        action: "training.test.start",
        entity: "training_test_attempt",
        entityId: row!.id,
        unitPath: me.unitPath,
        after: { enrolmentId: e.id, phase: input.phase, questions: questions.length },
      });
      return row!;
    });
  } catch (err) {
    // A double click: the other request created the attempt; answer with it.
    if (isUniqueViolation(err)) {
      const [row] = await ctx.deps.db
        .select()
        .from(trainingTestAttempts)
        .where(and(eq(trainingTestAttempts.enrolmentId, e.id), eq(trainingTestAttempts.phase, input.phase)));
      return row!;
    }
    throw err;
  }
}
