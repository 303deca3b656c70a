import { and, eq, sql } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { parseOrThrow } from "../../../platform/http/validation";
import { isUuid } from "../../../platform/identifiers";
import { can } from "../domain/policy";
import { trainingCourses, trainingQuestions } from "../schema";

import { ZQuestionInput } from "../training.types";
import type { Ctx } from "./context";

/** Adds a question to a course's bank (single or multiple choice). */
export async function addQuestion(ctx: Ctx, courseId: string, input: unknown) {
  if (!can(ctx.actor, "catalogue.manage"))
    throw new AppError("FORBIDDEN", "Hanya admin kepegawaian yang mengelola bank soal.");
  const q = parseOrThrow(ZQuestionInput, input);
  if (!isUuid(courseId)) throw new AppError("NOT_FOUND", "Kursus tidak ditemukan.");
  return ctx.deps.db.transaction(async (tx) => {
    const [course] = await tx
      .select({ id: trainingCourses.id })
      .from(trainingCourses)
      .where(eq(trainingCourses.id, courseId));
    if (!course) throw new AppError("NOT_FOUND", "Kursus tidak ditemukan.");
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${trainingQuestions.sortOrder}), 0) + 1` })
      .from(trainingQuestions)
      .where(eq(trainingQuestions.courseId, courseId))) as [{ next: number }];
    const [row] = await tx
      .insert(trainingQuestions)
      .values({
        courseId,
        kind: q.kind,
        prompt: q.prompt,
        options: q.options,
        correct: [...new Set(q.correct)].sort(),
        sortOrder: Number(next),
      })
      .returning();
    await audit(tx, ctx.actor, {
      action: "training.question.create",
      entity: "training_question",
      entityId: row!.id,
      after: q,
    });
    return row!;
  });
}

/** Takes a question out of (or back into) future tests; attempts already started keep their questions. */
export async function setQuestionActive(ctx: Ctx, courseId: string, questionId: string, isActive: boolean) {
  if (!can(ctx.actor, "catalogue.manage"))
    throw new AppError("FORBIDDEN", "Hanya admin kepegawaian yang mengelola bank soal.");
  if (!isUuid(questionId) || !isUuid(courseId)) throw new AppError("NOT_FOUND", "Soal tidak ditemukan.");
  return ctx.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingQuestions)
      .set({ isActive })
      .where(and(eq(trainingQuestions.id, questionId), eq(trainingQuestions.courseId, courseId)))
      .returning();
    if (!row) throw new AppError("NOT_FOUND", "Soal tidak ditemukan.");
    await audit(tx, ctx.actor, {
      action: "training.question.active",
      entity: "training_question",
      entityId: row.id,
      after: { isActive },
    });
  });
}
