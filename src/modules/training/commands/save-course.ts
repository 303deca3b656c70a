import { and, eq, inArray, ne } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { parseOrThrow } from "../../../platform/http/validation";
import { isUuid } from "../../../platform/identifiers";
import { can } from "../domain/policy";
import { competencies, courseCompetencies, trainingCourses } from "../schema";

import { ZCourseInput } from "../training.types";
import type { Ctx } from "./context";

/** Creates or updates a course of the catalogue (SPEC §3.3) with the competencies it builds. Audited. */
export async function saveCourse(ctx: Ctx, input: unknown, courseId?: string) {
  if (!can(ctx.actor, "catalogue.manage"))
    throw new AppError("FORBIDDEN", "Hanya admin kepegawaian yang mengelola katalog.");
  const c = parseOrThrow(ZCourseInput, input);
  if (courseId !== undefined && !isUuid(courseId)) throw new AppError("NOT_FOUND", "Kursus tidak ditemukan.");
  return ctx.deps.db.transaction(async (tx) => {
    const dup = await tx
      .select({ id: trainingCourses.id })
      .from(trainingCourses)
      .where(
        courseId
          ? and(eq(trainingCourses.code, c.code), ne(trainingCourses.id, courseId))
          : eq(trainingCourses.code, c.code),
      );
    if (dup.length)
      throw new AppError("CONFLICT", "Kode kursus sudah dipakai.", {
        issues: [{ field: "code", key: "Kode kursus sudah dipakai." }],
      });
    if (c.competencyIds.length) {
      const found = await tx
        .select({ id: competencies.id })
        .from(competencies)
        .where(inArray(competencies.id, c.competencyIds));
      if (found.length !== new Set(c.competencyIds).size) {
        throw new AppError("UNPROCESSABLE", "Kompetensi tidak dikenal.", {
          issues: [{ field: "competencyIds", key: "Kompetensi tidak dikenal." }],
        });
      }
    }
    const { competencyIds, ...values } = c;
    let before: unknown = null;
    let id = courseId;
    if (courseId) {
      const [old] = await tx
        .select()
        .from(trainingCourses)
        .where(eq(trainingCourses.id, courseId))
        .for("update");
      if (!old) throw new AppError("NOT_FOUND", "Kursus tidak ditemukan.");
      before = old;
      await tx.update(trainingCourses).set(values).where(eq(trainingCourses.id, courseId));
      await tx.delete(courseCompetencies).where(eq(courseCompetencies.courseId, courseId));
    } else {
      const [row] = await tx.insert(trainingCourses).values(values).returning({ id: trainingCourses.id });
      id = row!.id;
    }
    const unique = [...new Set(competencyIds)];
    if (unique.length)
      await tx
        .insert(courseCompetencies)
        .values(unique.map((competencyId) => ({ courseId: id!, competencyId })));
    await audit(tx, ctx.actor, {
      action: courseId ? "training.course.update" : "training.course.create",
      entity: "training_course",
      entityId: id,
      before,
      after: c,
    });
    return id!;
  });
}
