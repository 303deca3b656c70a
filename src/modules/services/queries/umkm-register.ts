import { and, count, desc, eq, isNotNull, like, type SQL } from "drizzle-orm";
import { type Executor, escapeLike } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { readScope } from "../domain/policy";
import { serviceBusinesses, serviceRequests, serviceTypes } from "../schema";

export type UmkmFilters = { q?: string; scale?: string; kelurahan?: string; page: number; pageSize: number };

/**
 * The local UMKM register (SPEC §3.4): businesses whose SKU, IUMK or NIB-assistance request finished, in the
 * actor's scope, searchable by name, activity, owner or KBLI.
 */
export async function findBusinesses(db: Executor, actor: Actor, f: UmkmFilters) {
  const where: SQL[] = [
    isNotNull(serviceBusinesses.registeredOn),
    scopeCondition(serviceBusinesses.unitPath, readScope(actor)),
  ];
  const q = f.q?.trim().toLowerCase();
  if (q) where.push(like(serviceBusinesses.searchText, `%${escapeLike(q.slice(0, 60))}%`));
  if (f.scale && ["mikro", "kecil", "menengah", "besar"].includes(f.scale))
    where.push(eq(serviceBusinesses.scale, f.scale));
  if (f.kelurahan && /^[A-Z0-9.]{1,20}$/.test(f.kelurahan))
    where.push(eq(serviceBusinesses.kelurahan, f.kelurahan));
  const condition = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: serviceBusinesses.id,
        businessName: serviceBusinesses.businessName,
        ownerName: serviceBusinesses.ownerName,
        activity: serviceBusinesses.activity,
        kbli: serviceBusinesses.kbli,
        address: serviceBusinesses.address,
        kelurahan: serviceBusinesses.kelurahan,
        capital: serviceBusinesses.capital,
        turnover: serviceBusinesses.turnover,
        workers: serviceBusinesses.workers,
        scale: serviceBusinesses.scale,
        nib: serviceBusinesses.nib,
        registeredOn: serviceBusinesses.registeredOn,
        serviceCode: serviceTypes.code,
        reference: serviceRequests.reference,
        documentNumber: serviceRequests.documentNumber,
        requestId: serviceRequests.id,
      })
      .from(serviceBusinesses)
      .innerJoin(serviceRequests, eq(serviceRequests.id, serviceBusinesses.requestId))
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceId))
      .where(condition)
      .orderBy(desc(serviceBusinesses.registeredOn), desc(serviceBusinesses.createdAt))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(serviceBusinesses).where(condition),
  ]);
  return { items: rows, total: Number(total?.n ?? 0), page: f.page, pageSize: f.pageSize };
}

export type BusinessRow = Awaited<ReturnType<typeof findBusinesses>>["items"][number];
