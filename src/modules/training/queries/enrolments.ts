import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { employees } from "../../employees";
import { trainingCourses, trainingEnrolments, trainingExternal, trainingSessions } from "../schema";

const enrolmentColumns = {
  id: trainingEnrolments.id,
  sessionId: trainingEnrolments.sessionId,
  employeeId: trainingEnrolments.employeeId,
  status: trainingEnrolments.status,
  source: trainingEnrolments.source,
  requestNote: trainingEnrolments.requestNote,
  decisionReason: trainingEnrolments.decisionReason,
  waitlistedAt: trainingEnrolments.waitlistedAt,
  attendancePct: trainingEnrolments.attendancePct,
  jpCredited: trainingEnrolments.jpCredited,
  certificateDocumentId: trainingEnrolments.certificateDocumentId,
  certificateNumber: trainingEnrolments.certificateNumber,
  createdAt: trainingEnrolments.createdAt,
  updatedAt: trainingEnrolments.updatedAt,
  courseTitle: trainingCourses.title,
  jp: trainingCourses.jp,
  mode: trainingCourses.mode,
  startsOn: trainingSessions.startsOn,
  endsOn: trainingSessions.endsOn,
  venue: trainingSessions.venue,
  sessionStatus: trainingSessions.status,
  employeeName: employees.name,
  employeeNip: employees.nip,
  unitName: units.name,
};

const base = (db: Executor) =>
  db
    .select(enrolmentColumns)
    .from(trainingEnrolments)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingEnrolments.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(employees, eq(employees.id, trainingEnrolments.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId));

export type EnrolmentView = Awaited<ReturnType<typeof myEnrolments>>[number];

export async function myEnrolments(db: Executor, employeeId: string) {
  return base(db)
    .where(eq(trainingEnrolments.employeeId, employeeId))
    .orderBy(desc(trainingSessions.startsOn));
}

/** Requests waiting for this supervisor: people whose supervisor_id is them. */
export async function pendingForSupervisor(db: Executor, supervisorId: string) {
  return base(db)
    .where(and(eq(trainingEnrolments.status, "menunggu"), eq(employees.supervisorId, supervisorId)))
    .orderBy(asc(trainingEnrolments.createdAt));
}

/** Requests in HR's scope that have no supervisor to decide them, or that wait longer than a week. */
export async function pendingForHr(db: Executor, unitPaths: string[]) {
  return base(db)
    .where(
      and(
        eq(trainingEnrolments.status, "menunggu"),
        scopeCondition(units.path, unitPaths),
        sql`(${employees.supervisorId} is null or ${trainingEnrolments.createdAt} < now() - interval '7 days')`,
      ),
    )
    .orderBy(asc(trainingEnrolments.createdAt));
}

/** Enrolments of a list of people (a supervisor's team), newest first. */
export async function enrolmentsOf(db: Executor, employeeIds: string[], limit = 50) {
  if (employeeIds.length === 0) return [];
  return base(db)
    .where(inArray(trainingEnrolments.employeeId, employeeIds))
    .orderBy(desc(trainingSessions.startsOn))
    .limit(limit);
}

/** Enrolments in scope for the API list. */
export async function enrolmentsInScope(
  db: Executor,
  opts: {
    unitPaths: string[];
    selfId: string | null;
    sessionId?: string;
    status?: string;
    limit: number;
    offset: number;
  },
) {
  const visible = opts.selfId
    ? sql`(${scopeCondition(units.path, opts.unitPaths)} or ${trainingEnrolments.employeeId} = ${opts.selfId} or ${employees.supervisorId} = ${opts.selfId})`
    : scopeCondition(units.path, opts.unitPaths);
  const where = and(
    visible,
    opts.sessionId ? eq(trainingEnrolments.sessionId, opts.sessionId) : undefined,
    opts.status ? eq(trainingEnrolments.status, opts.status) : undefined,
  );
  const [{ total }] = (await db
    .select({ total: sql<number>`count(*)::int` })
    .from(trainingEnrolments)
    .innerJoin(employees, eq(employees.id, trainingEnrolments.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(where)) as [{ total: number }];
  const items = await base(db)
    .where(where)
    .orderBy(desc(trainingEnrolments.createdAt))
    .limit(opts.limit)
    .offset(opts.offset);
  return { items, total: Number(total) };
}

export async function myExternal(db: Executor, employeeId: string) {
  return db
    .select()
    .from(trainingExternal)
    .where(eq(trainingExternal.employeeId, employeeId))
    .orderBy(desc(trainingExternal.createdAt));
}

/** HR's verification queue (or history) within scope. */
export async function externalQueue(
  db: Executor,
  unitPaths: string[],
  status: "diajukan" | "diverifikasi" | "ditolak" = "diajukan",
) {
  return db
    .select({
      claim: trainingExternal,
      employeeName: employees.name,
      employeeNip: employees.nip,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(trainingExternal)
    .innerJoin(employees, eq(employees.id, trainingExternal.employeeId))
    .innerJoin(units, eq(units.id, employees.unitId))
    .where(and(eq(trainingExternal.status, status), scopeCondition(units.path, unitPaths)))
    .orderBy(status === "diajukan" ? asc(trainingExternal.createdAt) : desc(trainingExternal.verifiedAt))
    .limit(200);
}
