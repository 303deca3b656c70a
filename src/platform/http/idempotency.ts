import { and, eq, lt } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import type { Executor } from "../../db/client";
import { AppError, issue } from "../errors";
import { sha256 } from "../hash";
import type { AppEnv } from "./context";
import { idempotencyKeys } from "./idempotency-schema";
import { clientIp } from "./middleware";
import { routeSet } from "./route-set";

/**
 * Idempotency-Key (ARCHITECTURE §4): a retry after a dropped connection returns the first answer instead of
 * doing the work twice. One mechanism, two ways to use it (decision 006):
 * - the middleware claims the key before the route runs and keeps a 2xx answer after it (most routes);
 * - a route that must keep its answer in the same transaction as its change (a citizen's submission, whose
 *   answer holds a sealed PIN; a workflow step) declares so, and its command calls `claimIdempotencyKey` and
 *   `storeIdempotentAnswer` inside its own transaction — then there is no window between commit and answer.
 * Either way a key binds the caller (user, or client address when signed out) and the request (method, path,
 * query and body): another caller's key is another key; the same key with another request is 422.
 */

/** What a client may send as Idempotency-Key: 8–200 letters, digits and `- _ : .` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,200}$/;

/** A request's claim on a key: the stored row (caller + key, hashed) and what the request was. */
export type IdempotencyClaim = { rowKey: string; fingerprint: string };

/** An answer kept under a key: its status and whatever the claimant stored (a JSON object). */
export type KeptAnswer = { status: number; answer: Record<string, unknown> };

/** A claim whose request never finished (the process died) is given up after this long. */
const ABANDONED_MS = 60_000;
/** Answers are kept for retries for a week, then pruned. */
export const IDEMPOTENCY_KEEP_MS = 7 * 86400_000;

/** The caller a key belongs to: the signed-in user, else the client's address. */
export function callerOf(c: Context<AppEnv>): string {
  const actor = c.get("actor");
  return actor ? `user:${actor.userId}` : `ip:${clientIp(c)}`;
}

/** The claim of a key for one request; 400 when the key is malformed. */
export function idempotencyClaim(caller: string, key: string, requestFingerprint: string): IdempotencyClaim {
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new AppError("BAD_REQUEST", "idempotency.malformed", {
      issues: [issue("Idempotency-Key", "idempotency.malformed")],
    });
  }
  return { rowKey: `api:${sha256(`${caller}\n${key}`)}`, fingerprint: requestFingerprint };
}

/**
 * What the body said: the text of a JSON or form body; for multipart, its fields and the content hash of its
 * files in name order (the raw bytes differ between identical retries: each carries a new boundary). Read
 * through Hono's body cache, so the route's own validator can still read the body.
 */
async function bodyFingerprint(c: Context<AppEnv>): Promise<string> {
  if (!(c.req.header("content-type") ?? "").startsWith("multipart/form-data"))
    return sha256(await c.req.text());
  const parts: string[] = [];
  for (const [name, raw] of Object.entries(await c.req.parseBody({ all: true }))) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      parts.push(
        `${name}=${typeof value === "string" ? value : sha256(new Uint8Array(await value.arrayBuffer()))}`,
      );
    }
  }
  return sha256(parts.sort().join("\n"));
}

/**
 * The claim of the current request, or null without an Idempotency-Key header. A route may pass its own
 * fingerprint of the body's meaning instead.
 */
export async function requestClaim(
  c: Context<AppEnv>,
  ownFingerprint?: string,
): Promise<IdempotencyClaim | null> {
  const key = c.req.header("idempotency-key");
  if (key === undefined) return null;
  const body = ownFingerprint ?? (await bodyFingerprint(c));
  const { pathname, search } = new URL(c.req.url);
  return idempotencyClaim(callerOf(c), key, sha256(`${c.req.method} ${pathname}${search}\n${body}`));
}

/**
 * Claims the key for this request in `db` — the caller's transaction, or autocommit (the middleware).
 * Returns null when this request is the first and may do its work, or the answer kept by the first.
 * Throws 422 when the key was used for another request, 409 when the first is still running. Inside a
 * transaction a concurrent duplicate waits on the key's row until the first commits, then gets its answer.
 */
export async function claimIdempotencyKey(
  db: Executor,
  claim: IdempotencyClaim,
  now: Date,
): Promise<KeptAnswer | null> {
  const body = { fingerprint: claim.fingerprint };
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ key: claim.rowKey, status: 0, body, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length) return null;
  // Take over a claim left behind by a request that never finished.
  const retaken = await db
    .update(idempotencyKeys)
    .set({ createdAt: now, body })
    .where(
      and(
        eq(idempotencyKeys.key, claim.rowKey),
        eq(idempotencyKeys.status, 0),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_MS)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (retaken.length) return null;
  const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, claim.rowKey));
  // Released between our insert and select: in progress as far as this caller can tell; a retry claims it.
  if (!row || row.status === 0) throw new AppError("CONFLICT", "idempotency.inProgress");
  const { fingerprint, ...answer } = row.body as { fingerprint?: string } & Record<string, unknown>;
  if (fingerprint !== claim.fingerprint) {
    throw new AppError("UNPROCESSABLE", "idempotency.reused", {
      issues: [issue("Idempotency-Key", "idempotency.reusedField")],
    });
  }
  return { status: row.status, answer };
}

/** Keeps the answer under the claimed key (in the same transaction as the work, where there is one). */
export async function storeIdempotentAnswer(
  db: Executor,
  claim: IdempotencyClaim,
  status: number,
  answer: Record<string, unknown>,
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ status, body: { ...answer, fingerprint: claim.fingerprint } })
    .where(eq(idempotencyKeys.key, claim.rowKey));
}

/** Gives the key back: a refused request changed nothing, so the client may fix it and retry with it. */
export async function releaseIdempotencyKey(db: Executor, claim: IdempotencyClaim): Promise<void> {
  await db.delete(idempotencyKeys).where(eq(idempotencyKeys.key, claim.rowKey));
}

/**
 * Routes whose command keeps the answer in its own transaction (they call `requestClaim` and pass the claim
 * on), and sign-in, whose answer is a new session cookie a replay could not give back.
 */
const ownHandling = routeSet();
export function keepsOwnIdempotency(method: string, path: RegExp) {
  ownHandling.add(method, path);
}

/** The middleware way, for every other state-changing call under /api/v1. */
export function idempotencyMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!["POST", "PUT", "PATCH", "DELETE"].includes(c.req.method)) return next();
    const key = c.req.header("idempotency-key");
    if (key === undefined) return next();
    // A malformed key is refused on every route, also where the route keeps its own answers.
    idempotencyClaim("", key, "");
    if (ownHandling.has(c)) return next();
    const { db, now } = c.var.deps;
    const claim = (await requestClaim(c))!;
    const earlier = await claimIdempotencyKey(db, claim, now());
    if (earlier) {
      c.header("idempotent-replayed", "true");
      const { contentType, response } = earlier.answer as { contentType?: string; response?: string };
      if (contentType) c.header("content-type", contentType);
      return earlier.status === 204 ? c.body(null, 204) : c.body(response ?? "", earlier.status as 200);
    }
    try {
      await next();
    } catch (err) {
      await releaseIdempotencyKey(db, claim);
      throw err;
    }
    const res = c.res;
    if (res.status >= 200 && res.status < 300) {
      await storeIdempotentAnswer(db, claim, res.status, {
        contentType: res.headers.get("content-type") ?? undefined,
        response: await res.clone().text(),
      });
    } else {
      await releaseIdempotencyKey(db, claim);
    }
  };
}

/** Kept answers older than a week are removed (job `prune-idempotency-keys`). */
export async function pruneIdempotencyKeys(db: Executor, now: Date): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEEP_MS)));
}
