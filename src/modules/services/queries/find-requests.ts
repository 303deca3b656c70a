import { and, asc, desc, eq, gte, ilike, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { type Executor, escapeLike, queryRows } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { users } from "../../../platform/auth/schema";
import type { Calendar } from "../../../platform/calendar";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { readScope } from "../domain/policy";
import { normaliseReference } from "../domain/reference";
import { dueSoonLimit } from "../domain/sla";
import { OPEN_STATUSES, RUNNING_STATUSES, type Status } from "../domain/workflow";
import { requestStatuses, serviceRequests, serviceTypes } from "../schema";
import { findServiceByCode } from "../services.repository";

/** Lists count at most this many matches (the work queue is for work; reports and exports see everything). */
export const COUNT_CAP = 2_000;

export type QueueFilters = {
  /** A status, "open" (default: everything not finished) or "all". */
  status?: string;
  service?: string;
  due?: "soon" | "overdue";
  mine?: boolean;
  /** A reference (any spelling) or part of the applicant's name. */
  q?: string;
  page: number;
  pageSize: number;
};

/**
 * The work queue (SPEC §3.4) for petugas and atasan, shared by the page, the API and the CSV export: only
 * requests inside the actor's scope (owned or currently worked there), filtered and paginated in SQL.
 */
export async function findRequests(
  db: Executor,
  actor: Actor,
  filters: QueueFilters,
  clock: { cal: Calendar; today: string },
) {
  const paths = readScope(actor);
  const where: SQL[] = [
    or(
      scopeCondition(serviceRequests.unitPath, paths),
      scopeCondition(serviceRequests.currentUnitPath, paths),
    )!,
  ];
  const status = filters.status ?? "open";
  if (status === "open") where.push(inArray(serviceRequests.status, [...OPEN_STATUSES]));
  else if ((requestStatuses as readonly string[]).includes(status))
    where.push(eq(serviceRequests.status, status));
  if (filters.service) {
    const service = await findServiceByCode(db, filters.service);
    where.push(service ? eq(serviceRequests.serviceId, service.id) : sql`false`);
  }
  if (filters.mine) where.push(eq(serviceRequests.assignedTo, actor.userId));
  if (filters.due) {
    where.push(inArray(serviceRequests.status, [...RUNNING_STATUSES]));
    if (filters.due === "overdue") where.push(lt(serviceRequests.dueDate, clock.today));
    else {
      where.push(gte(serviceRequests.dueDate, clock.today));
      where.push(lte(serviceRequests.dueDate, dueSoonLimit(clock.cal, clock.today)));
    }
  }
  const q = filters.q?.trim();
  if (q) {
    const ref = normaliseReference(q);
    if (ref) where.push(eq(serviceRequests.reference, ref));
    else where.push(ilike(serviceRequests.applicantName, `%${escapeLike(q.slice(0, 60))}%`));
  }
  const condition = and(...where);
  const order =
    status === "open" || filters.due
      ? [sql`${serviceRequests.dueDate} asc nulls last`, asc(serviceRequests.createdAt)]
      : [desc(serviceRequests.createdAt)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: serviceRequests.id,
        reference: serviceRequests.reference,
        status: serviceRequests.status,
        stage: serviceRequests.stage,
        version: serviceRequests.version,
        serviceCode: serviceTypes.code,
        serviceName: serviceTypes.name,
        applicantName: serviceRequests.applicantName,
        applicantKelurahan: serviceRequests.applicantKelurahan,
        channel: serviceRequests.channel,
        assignedTo: serviceRequests.assignedTo,
        assignedName: users.displayName,
        submittedOn: serviceRequests.submittedOn,
        dueDate: serviceRequests.dueDate,
        finishedOn: serviceRequests.finishedOn,
        documentNumber: serviceRequests.documentNumber,
      })
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceId))
      .leftJoin(users, eq(users.id, serviceRequests.assignedTo))
      .where(condition)
      .orderBy(...order)
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize),
    // No join: the count of the default view is an index-only scan of the open-requests index. Counting
    // stops at COUNT_CAP, so "all requests of the kecamatan" does not scan 100,000 rows per page view.
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (${db
        .select({ one: sql`1` })
        .from(serviceRequests)
        .where(condition)
        .limit(COUNT_CAP + 1)}) capped`,
    ),
  ]);
  const counted = Number(total?.n ?? 0);
  return {
    items: rows.map((r) => ({ ...r, status: r.status as Status })),
    total: Math.min(counted, COUNT_CAP),
    /** More rows match than were counted: show "2.000+". */
    totalCapped: counted > COUNT_CAP,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

export type QueueRow = Awaited<ReturnType<typeof findRequests>>["items"][number];
