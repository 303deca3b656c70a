import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import { users } from "../../platform/auth/schema";
import { AppError } from "../../platform/errors";
import { isUuid } from "../../platform/identifiers";
import { units } from "../../platform/org/schema";
import { queueNotification } from "../../platform/outbox/outbox";
import { getSetting } from "../../platform/settings/settings";
import { employees, positions } from "../employees";
import { DEFAULT_JP_TARGETS, JP_TARGETS_SETTING, type JpTargets } from "./domain/jp";
import {
  trainingCounters,
  trainingCourses,
  trainingEnrolments,
  trainingNotices,
  trainingSessionDays,
  trainingSessions,
} from "./schema";

/** Every shared query of the training module; each takes the database or an open transaction. */

export type TrainingEmployee = {
  id: string;
  nip: string;
  name: string;
  asnType: string;
  email: string | null;
  isActive: boolean;
  unitId: string;
  unitName: string;
  unitPath: string;
  positionId: string | null;
  supervisorId: string | null;
  userId: string | null;
};

const employeeColumns = {
  id: employees.id,
  nip: employees.nip,
  name: employees.name,
  asnType: employees.asnType,
  email: employees.email,
  isActive: employees.isActive,
  unitId: employees.unitId,
  unitName: units.name,
  unitPath: units.path,
  positionId: employees.positionId,
  supervisorId: employees.supervisorId,
  userId: users.id,
};

export async function findEmployee(db: Executor, id: string): Promise<TrainingEmployee | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(employeeColumns)
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(users, eq(users.employeeId, employees.id))
    .where(eq(employees.id, id));
  return row ?? null;
}

export async function findEmployees(db: Executor, ids: string[]): Promise<TrainingEmployee[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .select(employeeColumns)
    .from(employees)
    .innerJoin(units, eq(units.id, employees.unitId))
    .leftJoin(users, eq(users.employeeId, employees.id))
    .where(inArray(employees.id, valid));
}

export async function requireEmployee(db: Executor, id: string): Promise<TrainingEmployee> {
  const e = await findEmployee(db, id);
  if (!e) throw new AppError("NOT_FOUND", "Pegawai tidak ditemukan.");
  return e;
}

export type SessionRow = typeof trainingSessions.$inferSelect & {
  courseTitle: string;
  courseCode: string;
  courseMode: string;
  courseJp: number;
  courseProvider: string;
  minAttendancePct: number;
  minPostScore: number | null;
  testMinutes: number;
  unitPath: string;
  unitName: string;
};

const sessionColumns = {
  session: trainingSessions,
  courseTitle: trainingCourses.title,
  courseCode: trainingCourses.code,
  courseMode: trainingCourses.mode,
  courseJp: trainingCourses.jp,
  courseProvider: trainingCourses.provider,
  minAttendancePct: trainingCourses.minAttendancePct,
  minPostScore: trainingCourses.minPostScore,
  testMinutes: trainingCourses.testMinutes,
  unitPath: units.path,
  unitName: units.name,
};

type SessionSelect = {
  session: typeof trainingSessions.$inferSelect;
} & Omit<SessionRow, keyof typeof trainingSessions.$inferSelect>;
const flattenSession = (r: SessionSelect): SessionRow => {
  const { session, ...rest } = r;
  return { ...session, ...rest };
};

export async function findSession(db: Executor, id: string): Promise<SessionRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(units, eq(units.id, trainingSessions.unitId))
    .where(eq(trainingSessions.id, id));
  return row ? flattenSession(row) : null;
}

/**
 * Locks the session row for the rest of the transaction. Every change of seats (request, approval,
 * assignment, withdrawal, capacity) takes this lock first, so concurrent withdrawals promote exactly the
 * right number of waiting people and capacity is never exceeded.
 */
export async function lockSession(tx: Executor, id: string): Promise<SessionRow> {
  if (!isUuid(id)) throw new AppError("NOT_FOUND", "Sesi pelatihan tidak ditemukan.");
  await tx
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(eq(trainingSessions.id, id))
    .for("update");
  const s = await findSession(tx, id);
  if (!s) throw new AppError("NOT_FOUND", "Sesi pelatihan tidak ditemukan.");
  return s;
}

export async function sessionDays(db: Executor, sessionId: string) {
  return db
    .select()
    .from(trainingSessionDays)
    .where(eq(trainingSessionDays.sessionId, sessionId))
    .orderBy(asc(trainingSessionDays.date));
}

export async function seatCounts(db: Executor, sessionId: string) {
  const [row] = await queryRows<{ seats: number; waiting: number; pending: number }>(
    db,
    sql`select
      count(*) filter (where status in ('terdaftar','lulus','tidak_lulus'))::int as seats,
      count(*) filter (where status = 'daftar_tunggu')::int as waiting,
      count(*) filter (where status = 'menunggu')::int as pending
    from training_enrolments where session_id = ${sessionId}`,
  );
  return {
    seatsTaken: Number(row?.seats ?? 0),
    waiting: Number(row?.waiting ?? 0),
    pending: Number(row?.pending ?? 0),
  };
}

export async function findEnrolmentFor(db: Executor, sessionId: string, employeeId: string, lock = false) {
  const q = db
    .select()
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.employeeId, employeeId)));
  const [row] = lock ? await q.for("update") : await q;
  return row ?? null;
}

export async function findEnrolment(db: Executor, id: string, lock = false) {
  if (!isUuid(id)) return null;
  const q = db.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, id));
  const [row] = lock ? await q.for("update") : await q;
  return row ?? null;
}

export async function getJpTargets(db: Executor): Promise<JpTargets> {
  const stored = await getSetting<Partial<JpTargets>>(db, JP_TARGETS_SETTING, {});
  return { ...DEFAULT_JP_TARGETS, ...stored };
}

/** Tells an employee (in-app when they have an account, e-mail when they have an address). */
export async function notifyEmployee(
  tx: Executor,
  e: Pick<TrainingEmployee, "userId" | "email">,
  message: { subject: string; body: string; link?: string },
) {
  await queueNotification(tx, { userId: e.userId, email: e.email }, message);
}

/** Records a notice key; false when it was already sent (reminder jobs run often, people hear once). */
export async function claimNotice(tx: Executor, key: string): Promise<boolean> {
  const rows = await tx.insert(trainingNotices).values({ key }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Next number of a yearly sequence, under a row lock (no gaps, no duplicates under concurrency). */
export async function nextCounter(tx: Executor, name: string): Promise<number> {
  const [row] = await tx
    .insert(trainingCounters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({
      target: trainingCounters.name,
      set: { value: sql`${trainingCounters.value} + 1`, updatedAt: new Date() },
    })
    .returning({ value: trainingCounters.value });
  return row!.value;
}

/**
 * Who signs training certificates: the head of the organisation's root unit (the Camat), found from the
 * data (positions.is_head on the root unit), not from a constant.
 */
export async function certificateSigner(db: Executor, unitPath: string) {
  const rootId = unitPath.split("/").filter(Boolean)[0] ?? "";
  const [row] = await db
    .select({ name: employees.name, nip: employees.nip, title: positions.name, unitName: units.name })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(and(eq(positions.unitId, rootId), eq(positions.isHead, true), eq(employees.isActive, true)))
    .limit(1);
  const [root] = await db.select({ name: units.name }).from(units).where(eq(units.id, rootId));
  const issuerName = root?.name ?? "Kecamatan Medan Marelan";
  const place = issuerName.replace(/^Kecamatan\s+/i, "");
  return row
    ? { name: row.name, nip: row.nip, title: `${row.title} ${place}`, issuerName }
    : { name: "Camat", nip: "-", title: `Camat ${place}`, issuerName };
}

/** The employee ids whose supervisor is `employeeId` (the team of an atasan). */
export async function teamOf(db: Executor, supervisorId: string): Promise<string[]> {
  const rows = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.supervisorId, supervisorId), eq(employees.isActive, true)));
  return rows.map((r) => r.id);
}

export async function isSupervisor(db: Executor, employeeId: string | null): Promise<boolean> {
  if (!employeeId) return false;
  const [row] = await db
    .select({ id: employees.id })
    .from(employees)
    .where(and(eq(employees.supervisorId, employeeId), eq(employees.isActive, true)))
    .limit(1);
  return !!row;
}
