import { createHash } from "node:crypto";
import { asc, desc, gt, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "../../db/client";
import type { Actor } from "../auth/actor";
import { auditLog } from "./schema";

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  unitPath?: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = "0".repeat(64);
const AUDIT_LOCK_KEY = 727112; // any constant: serialises appends so the chain has one head

/** JSON with sorted keys: jsonb reorders keys, so the hash must not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

type HashedFields = {
  at: string;
  actorUserId: string | null;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  unitPath: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export function rowHash(prevHash: string, f: HashedFields): string {
  return createHash("sha256").update(prevHash).update(canonicalJson(f)).digest("hex");
}

/** Values as jsonb will give them back (dates → ISO strings, undefined dropped). */
const normalise = (v: unknown) => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/**
 * Appends one audit row inside the caller's transaction (ARCHITECTURE §3.4: state + audit commit together).
 * An advisory transaction lock serialises appenders so two transactions never chain onto the same head.
 */
export async function audit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [head] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    at: new Date().toISOString(),
    actorUserId: actor.userId === "00000000-0000-0000-0000-000000000000" ? null : actor.userId,
    actorName: actor.username,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    unitPath: entry.unitPath ?? null,
    before: normalise(entry.before),
    after: normalise(entry.after),
    ip: actor.ip ?? null,
  };
  await tx.insert(auditLog).values({
    ...fields,
    at: new Date(fields.at),
    prevHash,
    hash: rowHash(prevHash, fields),
  });
}

export type ChainReport =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenSeq: number; reason: string };

/** Walks the chain in order and names the first row whose link or content does not match. */
export async function verifyAuditChain(db: Db | Executor, batch = 2000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastSeq = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, lastSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (page.length === 0) return { ok: true, rows };
    for (const r of page) {
      rows++;
      if (r.prevHash !== prevHash) {
        return {
          ok: false,
          rows,
          brokenSeq: r.seq,
          reason: "prev_hash tidak cocok dengan hash baris sebelumnya",
        };
      }
      const expected = rowHash(prevHash, {
        at: r.at.toISOString(),
        actorUserId: r.actorUserId,
        actorName: r.actorName,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        unitPath: r.unitPath,
        before: r.before,
        after: r.after,
        ip: r.ip,
      });
      if (expected !== r.hash) return { ok: false, rows, brokenSeq: r.seq, reason: "isi baris telah diubah" };
      prevHash = r.hash;
      lastSeq = r.seq;
    }
  }
}
