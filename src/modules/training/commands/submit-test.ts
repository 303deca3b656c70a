import { and, eq, inArray, isNull } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError, issue } from "../../../platform/errors";
import { formatDateTime } from "../../../platform/i18n/format";
import { isUuid } from "../../../platform/identifiers";
import {
  type Answers,
  answerErrors,
  isPastDeadline,
  type QuestionKind,
  scoreAnswers,
} from "../domain/scoring";
import { trainingQuestions, trainingTestAttempts } from "../schema";
import { requireEmployee } from "../training.repository";
import { type Ctx, nowOf } from "./context";
import { loadOwnEnrolment } from "./start-test";

export async function loadAttemptQuestions(db: Ctx["deps"]["db"], questionIds: string[]) {
  const rows = questionIds.length
    ? await db.select().from(trainingQuestions).where(inArray(trainingQuestions.id, questionIds))
    : [];
  const byId = new Map(rows.map((q) => [q.id, q]));
  return questionIds.map((id) => byId.get(id)).filter((q) => q !== undefined);
}

/**
 * Scores an answer sheet automatically (SPEC §3.3). Answers after the time limit (plus a short grace for a
 * slow network) are refused with 422 and nothing is stored; a second submission is a 409.
 */
export async function submitTest(ctx: Ctx, input: { attemptId: string; answers: Answers }) {
  if (!isUuid(input.attemptId)) throw new AppError("NOT_FOUND", "Tes tidak ditemukan.");
  const [attempt] = await ctx.deps.db
    .select()
    .from(trainingTestAttempts)
    .where(eq(trainingTestAttempts.id, input.attemptId));
  if (!attempt) throw new AppError("NOT_FOUND", "Tes tidak ditemukan.");
  await loadOwnEnrolment(ctx, attempt.enrolmentId);
  if (attempt.submittedAt) throw new AppError("CONFLICT", "Jawaban tes ini sudah dikirim.");
  const now = nowOf(ctx);
  if (isPastDeadline(now, attempt.deadlineAt)) {
    throw new AppError(
      "UNPROCESSABLE",
      `Waktu pengerjaan sudah habis pada ${formatDateTime(attempt.deadlineAt)}; jawaban tidak dapat diterima.`,
    );
  }
  const questions = await loadAttemptQuestions(ctx.deps.db, attempt.questionIds);
  const scored = questions.map((q) => ({
    id: q.id,
    kind: q.kind as QuestionKind,
    correct: q.correct,
    optionCount: q.options.length,
  }));
  const problems = answerErrors(scored, input.answers);
  if (problems.length) {
    throw new AppError("UNPROCESSABLE", "Lembar jawaban tidak sah.", {
      issues: problems.map((message) => issue("answers", message)),
    });
  }
  const result = scoreAnswers(scored, input.answers);
  return ctx.deps.db.transaction(async (tx) => {
    // The condition on submitted_at makes a concurrent second submission update nothing.
    const [row] = await tx
      .update(trainingTestAttempts)
      .set({ submittedAt: now, answers: input.answers, correctCount: result.correct, score: result.score })
      .where(and(eq(trainingTestAttempts.id, attempt.id), isNull(trainingTestAttempts.submittedAt)))
      .returning();
    if (!row) throw new AppError("CONFLICT", "Jawaban tes ini sudah dikirim.");
    const me = await requireEmployee(tx, ctx.actor.employeeId!);
    await audit(tx, ctx.actor, {
      action: "training.test.submit",
      entity: "training_test_attempt",
      entityId: row.id,
      unitPath: me.unitPath,
      after: { phase: row.phase, score: result.score, correct: result.correct, total: result.total },
    });
    return { ...row, total: result.total };
  });
}
