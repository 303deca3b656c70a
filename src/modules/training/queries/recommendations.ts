import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { mergeSuggestions, type Suggestion } from "../domain/recommend";
import { courseCompetencies, trainingCourses, trainingEnrolments, trainingSessions } from "../schema";
import { competencyProfile } from "./competency";

/**
 * A signal that suggests courses for an ASN (SPEC §3.3 Recommendations). The training module ships the
 * competency-gap source; the surveys, complaints and performance modules register theirs through the
 * training module's index.ts (`registerRecommendationSource`) once they exist:
 *  - IKM: elements U6 (kompetensi pelaksana) and U7 (perilaku pelaksana) low on the officer's services;
 *  - complaints: categories filed against the officer;
 *  - performance: a "Butuh Perbaikan" or worse predikat.
 * Each returns courses with a weight (≈ how strongly it points there) and a reason shown to the person.
 */
export interface RecommendationSource {
  readonly id: string;
  suggest(db: Executor, employeeId: string, today: string): Promise<Suggestion[]>;
}

const sources: RecommendationSource[] = [];

export function registerRecommendationSource(source: RecommendationSource): void {
  if (!sources.some((s) => s.id === source.id)) sources.push(source);
}

/** Courses that build a competency where the person's level is below their position's requirement. */
export const competencyGapSource: RecommendationSource = {
  id: "kompetensi",
  async suggest(db, employeeId) {
    const gaps = (await competencyProfile(db, employeeId)).filter((c) => (c.gap ?? 0) > 0);
    if (gaps.length === 0) return [];
    const links = await db
      .select({ courseId: courseCompetencies.courseId, competencyId: courseCompetencies.competencyId })
      .from(courseCompetencies)
      .innerJoin(trainingCourses, eq(trainingCourses.id, courseCompetencies.courseId))
      .where(
        and(
          eq(trainingCourses.isActive, true),
          inArray(
            courseCompetencies.competencyId,
            gaps.map((g) => g.competencyId),
          ),
        ),
      );
    return links.map((l) => {
      const g = gaps.find((x) => x.competencyId === l.competencyId)!;
      return {
        courseId: l.courseId,
        weight: g.gap!,
        source: "kompetensi",
        reason: `${g.name} (${g.code}): level ${g.current} dari ${g.required} yang dibutuhkan jabatan`,
      };
    });
  },
};
registerRecommendationSource(competencyGapSource);

export type CourseRecommendation = {
  courseId: string;
  title: string;
  jp: number;
  mode: string;
  weight: number;
  reasons: { source: string; text: string }[];
  nextSession: { id: string; startsOn: string } | null;
};

/**
 * Suggested courses for one ASN, strongest first, leaving out courses they are already in or passed this
 * year; each with its next open session when there is one.
 */
export async function recommendFor(
  db: Executor,
  employeeId: string,
  today: string,
  limit = 5,
): Promise<CourseRecommendation[]> {
  const suggestions: Suggestion[] = [];
  for (const s of sources) suggestions.push(...(await s.suggest(db, employeeId, today)));
  const taken = await db
    .select({ courseId: trainingSessions.courseId })
    .from(trainingEnrolments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrolments.sessionId))
    .where(
      and(
        eq(trainingEnrolments.employeeId, employeeId),
        sql`(${trainingEnrolments.status} in ('menunggu','terdaftar','daftar_tunggu') or (${trainingEnrolments.status} = 'lulus' and ${trainingSessions.endsOn} >= ${`${today.slice(0, 4)}-01-01`}))`,
      ),
    );
  const merged = mergeSuggestions(suggestions, new Set(taken.map((t) => t.courseId))).slice(0, limit);
  if (merged.length === 0) return [];
  const ids = merged.map((m) => m.courseId);
  const courses = await db.select().from(trainingCourses).where(inArray(trainingCourses.id, ids));
  const next = await db
    .select({
      id: trainingSessions.id,
      courseId: trainingSessions.courseId,
      startsOn: trainingSessions.startsOn,
    })
    .from(trainingSessions)
    .where(
      and(
        inArray(trainingSessions.courseId, ids),
        eq(trainingSessions.status, "dibuka"),
        gte(trainingSessions.startsOn, today),
      ),
    )
    .orderBy(asc(trainingSessions.startsOn));
  return merged.map((m) => {
    const c = courses.find((x) => x.id === m.courseId)!;
    const n = next.find((x) => x.courseId === m.courseId);
    return {
      courseId: m.courseId,
      title: c.title,
      jp: c.jp,
      mode: c.mode,
      weight: m.weight,
      reasons: m.reasons,
      nextSession: n ? { id: n.id, startsOn: n.startsOn } : null,
    };
  });
}
