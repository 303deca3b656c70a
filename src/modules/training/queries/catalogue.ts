import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { isUuid } from "../../../platform/identifiers";
import { units } from "../../../platform/org/schema";
import {
  competencies,
  courseCompetencies,
  trainingCourses,
  trainingQuestions,
  trainingSessions,
} from "../schema";

export async function listCourses(db: Executor, opts: { activeOnly?: boolean } = {}) {
  const rows = await db
    .select()
    .from(trainingCourses)
    .where(opts.activeOnly ? eq(trainingCourses.isActive, true) : undefined)
    .orderBy(asc(trainingCourses.title));
  const links = rows.length
    ? await db
        .select({
          courseId: courseCompetencies.courseId,
          id: competencies.id,
          code: competencies.code,
          name: competencies.name,
        })
        .from(courseCompetencies)
        .innerJoin(competencies, eq(competencies.id, courseCompetencies.competencyId))
        .where(
          inArray(
            courseCompetencies.courseId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((c) => ({ ...c, competencies: links.filter((l) => l.courseId === c.id) }));
}
export type CourseWithCompetencies = Awaited<ReturnType<typeof listCourses>>[number];

export async function getCourse(db: Executor, id: string) {
  if (!isUuid(id)) return null;
  const [c] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, id));
  if (!c) return null;
  const comps = await db
    .select({ id: competencies.id, code: competencies.code, name: competencies.name })
    .from(courseCompetencies)
    .innerJoin(competencies, eq(competencies.id, courseCompetencies.competencyId))
    .where(eq(courseCompetencies.courseId, id));
  const questions = await db
    .select()
    .from(trainingQuestions)
    .where(eq(trainingQuestions.courseId, id))
    .orderBy(asc(trainingQuestions.sortOrder));
  return { ...c, competencies: comps, questions };
}

export type SessionListItem = {
  id: string;
  courseId: string;
  courseTitle: string;
  courseCode: string;
  mode: string;
  jp: number;
  provider: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  onlineUrl: string | null;
  facilitatorName: string;
  capacity: number;
  waitlistLimit: number;
  status: string;
  unitName: string;
  unitPath: string;
  seatsTaken: number;
  waiting: number;
  pending: number;
};

/** Sessions with their seat counts: upcoming (from `from`), past (before `from`), or all; newest/oldest first. */
export async function listSessions(
  db: Executor,
  opts: {
    from?: string;
    before?: string;
    status?: string[];
    courseId?: string;
    limit?: number;
    offset?: number;
  } = {},
): Promise<{ items: SessionListItem[]; total: number }> {
  const filters = [
    opts.from ? gte(trainingSessions.endsOn, opts.from) : undefined,
    opts.before ? lt(trainingSessions.endsOn, opts.before) : undefined,
    opts.status?.length ? inArray(trainingSessions.status, opts.status) : undefined,
    opts.courseId ? eq(trainingSessions.courseId, opts.courseId) : undefined,
  ].filter((f) => f !== undefined);
  const where = filters.length ? and(...filters) : undefined;
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(trainingSessions)
    .where(where)) as [{ total: number }];
  const rows = await db
    .select({
      id: trainingSessions.id,
      courseId: trainingSessions.courseId,
      courseTitle: trainingCourses.title,
      courseCode: trainingCourses.code,
      mode: trainingCourses.mode,
      jp: trainingCourses.jp,
      provider: trainingCourses.provider,
      startsOn: trainingSessions.startsOn,
      endsOn: trainingSessions.endsOn,
      venue: trainingSessions.venue,
      onlineUrl: trainingSessions.onlineUrl,
      facilitatorName: trainingSessions.facilitatorName,
      capacity: trainingSessions.capacity,
      waitlistLimit: trainingSessions.waitlistLimit,
      status: trainingSessions.status,
      unitName: units.name,
      unitPath: units.path,
      seatsTaken: sql<number>`(select count(*)::int from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status in ('terdaftar','lulus','tidak_lulus'))`,
      waiting: sql<number>`(select count(*)::int from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'daftar_tunggu')`,
      pending: sql<number>`(select count(*)::int from training_enrolments e where e.session_id = ${trainingSessions.id} and e.status = 'menunggu')`,
    })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(units, eq(units.id, trainingSessions.unitId))
    .where(where)
    .orderBy(
      opts.before ? desc(trainingSessions.startsOn) : asc(trainingSessions.startsOn),
      asc(trainingCourses.title),
    )
    .limit(opts.limit ?? 100)
    .offset(opts.offset ?? 0);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      ...r,
      seatsTaken: Number(r.seatsTaken),
      waiting: Number(r.waiting),
      pending: Number(r.pending),
    })),
  };
}
