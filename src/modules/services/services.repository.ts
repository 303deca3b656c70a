import { and, asc, eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import { users } from "../../platform/auth/schema";
import type { Calendar } from "../../platform/calendar";
import { loadCalendar } from "../../platform/calendar/calendar-store";
import { documents } from "../../platform/documents/schema";
import { units } from "../../platform/org/schema";
import type { KelurahanOption } from "./domain/fields";
import {
  serviceAssignmentCursors,
  serviceOffices,
  serviceRequestAttachments,
  serviceRequestHistory,
  serviceRequests,
  serviceTypes,
} from "./schema";

/** Every query of the services module; each takes the database or an open transaction. */

export type ServiceRow = typeof serviceTypes.$inferSelect;
export type RequestRow = typeof serviceRequests.$inferSelect;
export type OfficeRow = typeof serviceOffices.$inferSelect & {
  unitPath: string;
  unitKind: string;
  unitCode: string;
};

/**
 * The catalogue, the offices and the working-day calendar change rarely and are read on every public page, so
 * each database handle keeps a snapshot for a few seconds (ARCHITECTURE §5: several processes may share one
 * PostgreSQL, so edits elsewhere show within SNAPSHOT_MS; edits here drop the snapshot at once). Inside a
 * transaction the tables are always read directly.
 */
const SNAPSHOT_MS = 10_000;
type Snapshot = { at: number; services: ServiceRow[]; offices: OfficeRow[]; calendar: Calendar };
const snapshots = new WeakMap<object, Promise<Snapshot>>();
const isTransaction = (db: Executor) => "rollback" in db;

async function loadSnapshot(db: Executor): Promise<Snapshot> {
  const [services, offices, calendar] = await Promise.all([
    db.select().from(serviceTypes).orderBy(asc(serviceTypes.sortOrder), asc(serviceTypes.name)),
    readOffices(db),
    loadCalendar(db),
  ]);
  return { at: Date.now(), services, offices, calendar };
}

async function snapshot(db: Executor): Promise<Snapshot> {
  if (isTransaction(db)) return loadSnapshot(db);
  const cached = snapshots.get(db);
  if (cached) {
    const s = await cached.catch(() => null);
    if (s && Date.now() - s.at < SNAPSHOT_MS) return s;
  }
  const fresh = loadSnapshot(db);
  snapshots.set(db, fresh);
  return fresh;
}

/** After an edit of the catalogue or an office: the next read loads afresh. */
export const forgetSnapshot = (db: Executor) => snapshots.delete(db);

export async function calendarOf(db: Executor): Promise<Calendar> {
  return isTransaction(db) ? loadCalendar(db) : (await snapshot(db)).calendar;
}

export async function listServices(db: Executor, opts: { activeOnly: boolean }): Promise<ServiceRow[]> {
  const all = isTransaction(db)
    ? await db.select().from(serviceTypes).orderBy(asc(serviceTypes.sortOrder), asc(serviceTypes.name))
    : (await snapshot(db)).services;
  return opts.activeOnly ? all.filter((s) => s.isActive) : all;
}

export async function findServiceByCode(db: Executor, code: string): Promise<ServiceRow | null> {
  if (!/^[A-Z0-9_-]{1,20}$/.test(code)) return null;
  if (!isTransaction(db)) return (await snapshot(db)).services.find((s) => s.code === code) ?? null;
  const [row] = await db.select().from(serviceTypes).where(eq(serviceTypes.code, code));
  return row ?? null;
}

export async function findServiceById(db: Executor, id: string): Promise<ServiceRow | null> {
  if (!isTransaction(db)) return (await snapshot(db)).services.find((s) => s.id === id) ?? null;
  const [row] = await db.select().from(serviceTypes).where(eq(serviceTypes.id, id));
  return row ?? null;
}

async function readOffices(db: Executor): Promise<OfficeRow[]> {
  const rows = await db
    .select({ office: serviceOffices, unitPath: units.path, unitKind: units.kind, unitCode: units.code })
    .from(serviceOffices)
    .innerJoin(units, eq(units.id, serviceOffices.unitId))
    .orderBy(asc(units.code));
  return rows.map((r) => ({ ...r.office, unitPath: r.unitPath, unitKind: r.unitKind, unitCode: r.unitCode }));
}

export async function listOffices(db: Executor): Promise<OfficeRow[]> {
  return isTransaction(db) ? readOffices(db) : (await snapshot(db)).offices;
}

/** The kelurahan an applicant may choose: the kelurahan units that have an office. */
export const kelurahanOptions = (offices: OfficeRow[]): KelurahanOption[] =>
  offices
    .filter((o) => o.unitKind === "kelurahan")
    .map((o) => ({ value: o.unitCode, label: o.letterheadName.replace(/^Kelurahan\s+/, "") }));

/**
 * The office that issues a service for an applicant: their Kantor Lurah for kelurahan letters, else the
 * kecamatan's counter above that kelurahan (the one non-kelurahan office in the same kecamatan).
 */
export function officeFor(
  offices: OfficeRow[],
  level: "kelurahan" | "kecamatan",
  applicantKelurahan: string,
): OfficeRow | null {
  const kelurahan = offices.find((o) => o.unitCode === applicantKelurahan && o.unitKind === "kelurahan");
  if (!kelurahan) return null;
  if (level === "kelurahan") return kelurahan;
  return kecamatanOfficeAbove(offices, kelurahan.unitPath);
}

export function kecamatanOfficeAbove(offices: OfficeRow[], unitPath: string): OfficeRow | null {
  const parts = unitPath.split("/").filter(Boolean);
  // The kecamatan is the root of the tree (SPEC §2: "the org tree's root is a kecamatan").
  const kecamatanPath = `/${parts[0]}/`;
  return offices.find((o) => o.unitKind !== "kelurahan" && o.unitPath.startsWith(kecamatanPath)) ?? null;
}

/** The request row, locked until the transaction ends, so two changes to one request run one after the other. */
export async function lockRequest(tx: Executor, id: string): Promise<RequestRow | null> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for("update");
  return row ?? null;
}

export async function findRequestById(db: Executor, id: string): Promise<RequestRow | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, id));
  return row ?? null;
}

export async function findRequestByReference(db: Executor, reference: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
  return row ?? null;
}

export type HistoryRow = Awaited<ReturnType<typeof historyOf>>[number];
export type DocumentRef = { id: string; number: string | null; status: string };

/**
 * Everything the tracking answer needs in one round trip: the request, its letter's number and state, and its
 * history (the public tracking endpoint is the hottest read of the module).
 */
export async function findRequestView(db: Executor, reference: string) {
  const h = serviceRequestHistory;
  const [row] = await db
    .select({
      request: serviceRequests,
      document: { id: documents.id, number: documents.number, status: documents.status },
      history: sql<
        {
          at: string;
          fromStatus: string | null;
          toStatus: string;
          event: string;
          note: string | null;
          actorName: string;
        }[]
      >`(
        select coalesce(json_agg(json_build_object('at', ${h.at}, 'fromStatus', ${h.fromStatus}, 'toStatus', ${h.toStatus},
          'event', ${h.event}, 'note', ${h.note}, 'actorName', ${h.actorName}) order by ${h.at}), '[]'::json)
        from ${h} where ${h.requestId} = ${serviceRequests.id})`,
    })
    .from(serviceRequests)
    .leftJoin(documents, eq(documents.id, serviceRequests.documentId))
    .where(eq(serviceRequests.reference, reference));
  if (!row) return null;
  const history = (
    typeof row.history === "string" ? JSON.parse(row.history) : row.history
  ) as typeof row.history;
  return {
    ...row.request,
    view: {
      document: row.document?.id ? (row.document as DocumentRef) : null,
      history: history.map((x) => ({ ...x, at: new Date(x.at) })),
    },
  };
}

export async function historyOf(db: Executor, requestId: string) {
  const h = serviceRequestHistory;
  return db
    .select({
      at: h.at,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      event: h.event,
      note: h.note,
      actorName: h.actorName,
    })
    .from(h)
    .where(eq(serviceRequestHistory.requestId, requestId))
    .orderBy(asc(serviceRequestHistory.at));
}

export async function attachmentsOf(db: Executor, requestId: string) {
  return db
    .select()
    .from(serviceRequestAttachments)
    .where(eq(serviceRequestAttachments.requestId, requestId))
    .orderBy(asc(serviceRequestAttachments.createdAt));
}

export async function userName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [u] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

export async function userNip(db: Executor, userId: string): Promise<string | null> {
  const [u] = await db.select({ nip: users.nip }).from(users).where(eq(users.id, userId));
  return u?.nip ?? null;
}

/** Officers (role petugas) whose scope covers an office's unit, in a stable order, for assignment. */
export async function officersFor(db: Executor, officeUnitPath: string) {
  return queryRows<{ id: string; name: string; email: string | null }>(
    db,
    sql`
    select distinct u.id, u.display_name as name, u.email from users u
    join user_roles r on r.user_id = u.id and r.role = 'petugas'
    join units un on un.id = r.unit_id
    where u.is_active and ${officeUnitPath} like un.path || '%'
    order by u.id`,
  );
}

/** Leaders (role pimpinan) whose scope covers a unit: told of SLA breaches. */
export async function leadersFor(db: Executor, unitPath: string) {
  return queryRows<{ id: string; email: string | null }>(
    db,
    sql`
    select distinct u.id, u.email from users u
    join user_roles r on r.user_id = u.id and r.role = 'pimpinan'
    join units un on un.id = r.unit_id
    where u.is_active and ${unitPath} like un.path || '%'`,
  );
}

/** The leaders nearest to a unit (the lurah for a kelurahan, not also the camat above). */
export async function closestLeaders(db: Executor, unitPath: string) {
  const rows = await queryRows<{ id: string; depth: number }>(
    db,
    sql`
    select distinct u.id, length(un.path) as depth from users u
    join user_roles r on r.user_id = u.id and r.role = 'pimpinan'
    join units un on un.id = r.unit_id
    where u.is_active and ${unitPath} like un.path || '%'`,
  );
  const deepest = Math.max(...rows.map((r) => Number(r.depth)));
  return rows.filter((r) => Number(r.depth) === deepest);
}

/**
 * Round-robin: the officer after the one who got the office's previous request. The cursor row is locked,
 * so two submissions at once go to two different officers.
 */
export async function nextOfficer(tx: Executor, officeId: string, officeUnitPath: string) {
  const officers = await officersFor(tx, officeUnitPath);
  if (officers.length === 0) return null;
  await tx.insert(serviceAssignmentCursors).values({ officeId }).onConflictDoNothing();
  const [cursor] = await tx
    .select()
    .from(serviceAssignmentCursors)
    .where(eq(serviceAssignmentCursors.officeId, officeId))
    .for("update");
  const next = officers.find((o) => cursor?.lastUserId && o.id > cursor.lastUserId) ?? officers[0]!;
  await tx
    .update(serviceAssignmentCursors)
    .set({ lastUserId: next.id, updatedAt: new Date() })
    .where(eq(serviceAssignmentCursors.officeId, officeId));
  return next;
}

export async function isOfficerOf(db: Executor, userId: string, officeUnitPath: string) {
  return (await officersFor(db, officeUnitPath)).some((o) => o.id === userId);
}

export async function requestWithService(db: Executor, id: string) {
  const [row] = await db
    .select({ request: serviceRequests, service: serviceTypes })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceId))
    .where(and(eq(serviceRequests.id, id)));
  return row ?? null;
}
