import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { employees } from "../../employees";
import { learningGain, sessionGain } from "../domain/scoring";
import {
  trainingAttendance,
  trainingEnrolments,
  trainingSurveyResponses,
  trainingTestAttempts,
} from "../schema";
import { sessionDays } from "../training.repository";

export type Participant = {
  enrolmentId: string;
  employeeId: string;
  name: string;
  nip: string;
  unitName: string;
  status: string;
  source: string;
  waitlistedAt: Date | null;
  attendedDayIds: Set<string>;
  attendance: Map<string, { method: string; reason: string | null; checkedInAt: Date }>;
  pre: number | null;
  post: number | null;
  gain: number | null;
  normalizedGain: number | null;
  surveyDone: boolean;
  certificateDocumentId: string | null;
  certificateNumber: string | null;
};

/** Everyone on a session with attendance per day, test scores, gain and survey (HR's session page, API). */
export async function sessionParticipants(db: Executor, sessionId: string) {
  const days = await sessionDays(db, sessionId);
  const rows = await db
    .select({
      enrolmentId: trainingEnrolments.id,
      employeeId: employees.id,
      name: employees.name,
      nip: employees.nip,
      unitName: units.name,
      status: trainingEnrolments.status,
      source: trainingEnrolments.source,
      waitlistedAt: trainingEnrolments.waitlistedAt,
      certificateDocumentId: trainingEnrolments.certificateDocumentId,
      certificateNumber: trainingEnrolments.certificateNumber,
    })
    .from(trainingEnrolments)
    .innerJoin(employees, eq(employees.id, trainingEnrolments.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(eq(trainingEnrolments.sessionId, sessionId))
    .orderBy(asc(employees.name));
  const ids = rows.map((r) => r.enrolmentId);
  const attendance = ids.length
    ? await db.select().from(trainingAttendance).where(inArray(trainingAttendance.enrolmentId, ids))
    : [];
  const attempts = ids.length
    ? await db.select().from(trainingTestAttempts).where(inArray(trainingTestAttempts.enrolmentId, ids))
    : [];
  const surveys = ids.length
    ? await db.select().from(trainingSurveyResponses).where(inArray(trainingSurveyResponses.enrolmentId, ids))
    : [];
  const scoreOf = (id: string, phase: string) => {
    const a = attempts.find((x) => x.enrolmentId === id && x.phase === phase && x.submittedAt);
    return a?.score ?? null;
  };
  const participants: Participant[] = rows.map((r) => {
    const pre = scoreOf(r.enrolmentId, "pre");
    const post = scoreOf(r.enrolmentId, "post");
    const g = pre !== null && post !== null ? learningGain(pre, post) : null;
    const mine = attendance.filter((a) => a.enrolmentId === r.enrolmentId);
    return {
      ...r,
      attendedDayIds: new Set(mine.map((a) => a.dayId)),
      attendance: new Map(
        mine.map((a) => [a.dayId, { method: a.method, reason: a.reason, checkedInAt: a.checkedInAt }]),
      ),
      pre,
      post,
      gain: g?.gain ?? null,
      normalizedGain: g?.normalized ?? null,
      surveyDone: surveys.some((s) => s.enrolmentId === r.enrolmentId),
    };
  });
  const seated = participants.filter((p) => ["terdaftar", "lulus", "tidak_lulus"].includes(p.status));
  const mean = (xs: number[]) =>
    xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;
  const survey = {
    n: surveys.length,
    relevance: mean(surveys.map((s) => s.relevance)),
    material: mean(surveys.map((s) => s.material)),
    facilitator: mean(surveys.map((s) => s.facilitator)),
    organisation: mean(surveys.map((s) => s.organisation)),
    comments: surveys.map((s) => s.comment).filter((c): c is string => !!c),
  };
  const perDay = days.map((d) => ({
    ...d,
    present: seated.filter((p) => p.attendedDayIds.has(d.id)).length,
  }));
  return {
    days: perDay,
    participants,
    gain: sessionGain(seated.map((p) => ({ pre: p.pre, post: p.post }))),
    survey,
    passed: participants.filter((p) => p.status === "lulus").length,
    failed: participants.filter((p) => p.status === "tidak_lulus").length,
  };
}
