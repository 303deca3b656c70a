import { and, eq, lt } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Executor } from "../../db/client";
import { AppError } from "../errors";
import { sha256 } from "../hash";
import type { AppEnv } from "./context";
import { idempotencyKeys } from "./idempotency-schema";
import { clientIp } from "./middleware";
import { routeSet } from "./route-set";

/** What a client may send as Idempotency-Key: 8–200 letters, digits and `- _ : .` (a UUID fits). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,200}$/;
export const IDEMPOTENCY_KEY_MESSAGE = "Idempotency-Key harus 8–200 karakter huruf, angka, atau - _ : .";

/** A claim whose request never finished (the process died) is given up after this long. */
const ABANDONED_MS = 60_000;
/** Answers are kept for retries for a week, then pruned. */
const KEEP_MS = 7 * 86400_000;

/**
 * Routes the middleware leaves alone: those that keep their answers themselves, inside their own transaction
 * (a service submission, whose PIN is sealed), and sign-in, whose answer is a new session cookie each time.
 */
const exempt = routeSet();
export function exemptFromIdempotencyMiddleware(method: string, path: RegExp) {
  exempt.add(method, path);
}

type Stored = { fingerprint: string; contentType?: string; response?: string };

/**
 * Idempotency-Key on every state-changing JSON API call (ARCHITECTURE §4): a retry after a dropped
 * connection returns the first answer instead of doing the work twice.
 * - The key is scoped to the caller (user, or IP when signed out), so one caller cannot read another's answer.
 * - The request is claimed before the handler runs (a row with status 0): a second request with the same
 *   key while the first is running gets 409, not a second execution.
 * - Only a 2xx answer is kept and replayed (with `Idempotent-Replayed: true`); any other answer releases the
 *   claim, because a refused request changed nothing (no partial writes) and may be retried as it is.
 * - The same key with a different method, path or body is refused with 422: it is a client bug.
 */
export function idempotencyMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (key === undefined || !["POST", "PUT", "PATCH", "DELETE"].includes(c.req.method)) return next();
    if (exempt.has(c)) return next();
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new AppError("BAD_REQUEST", IDEMPOTENCY_KEY_MESSAGE, [
        { field: "Idempotency-Key", message: IDEMPOTENCY_KEY_MESSAGE },
      ]);
    }
    const { db, now } = c.var.deps;
    const actor = c.get("actor");
    const rowKey = `api:${sha256(`${actor ? `user:${actor.userId}` : `ip:${clientIp(c)}`}\n${key}`)}`;
    // A clone, so the route's own validator still reads the body.
    const body = new Uint8Array(await c.req.raw.clone().arrayBuffer());
    const { pathname, search } = new URL(c.req.url);
    const fingerprint = sha256(`${c.req.method} ${pathname}${search}\n${sha256(body)}`);

    const claimed = await claim(db, rowKey, fingerprint, now());
    if (claimed !== "claimed") {
      if (claimed.fingerprint !== fingerprint) {
        throw new AppError("UNPROCESSABLE", "Idempotency-Key ini sudah dipakai untuk permintaan lain.", [
          { field: "Idempotency-Key", message: "Gunakan kunci baru untuk permintaan baru." },
        ]);
      }
      if (claimed.status === 0) {
        throw new AppError(
          "CONFLICT",
          "Permintaan dengan Idempotency-Key ini masih diproses. Coba lagi sebentar.",
        );
      }
      c.header("idempotent-replayed", "true");
      if (claimed.contentType) c.header("content-type", claimed.contentType);
      return claimed.status === 204
        ? c.body(null, 204)
        : c.body(claimed.response ?? "", claimed.status as 200);
    }

    try {
      await next();
    } catch (err) {
      await db.delete(idempotencyKeys).where(eq(idempotencyKeys.key, rowKey));
      throw err;
    }
    const res = c.res;
    if (res.status >= 200 && res.status < 300) {
      const stored: Stored = {
        fingerprint,
        contentType: res.headers.get("content-type") ?? undefined,
        response: await res.clone().text(),
      };
      await db
        .update(idempotencyKeys)
        .set({ status: res.status, body: stored })
        .where(eq(idempotencyKeys.key, rowKey));
    } else {
      await db.delete(idempotencyKeys).where(eq(idempotencyKeys.key, rowKey));
    }
  };
}

/** Claims the key for this request, or returns what is already stored under it. */
async function claim(
  db: Executor,
  rowKey: string,
  fingerprint: string,
  now: Date,
): Promise<"claimed" | (Stored & { status: number })> {
  const body: Stored = { fingerprint };
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ key: rowKey, status: 0, body, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length) return "claimed";
  // Take over a claim left behind by a request that never finished (a crash between its commit and here is
  // the one case a retry repeats the work; the command's own constraints still hold).
  const retaken = await db
    .update(idempotencyKeys)
    .set({ createdAt: now, body })
    .where(
      and(
        eq(idempotencyKeys.key, rowKey),
        eq(idempotencyKeys.status, 0),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - ABANDONED_MS)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (retaken.length) return "claimed";
  const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, rowKey));
  // Released between our insert and select: treat as in progress; the client's retry will claim it.
  if (!row) return { fingerprint, status: 0 };
  return { ...(row.body as Stored), status: row.status };
}

/** Kept answers older than a week are removed (job `prune-idempotency-keys`). */
export async function pruneIdempotencyKeys(db: Executor, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - KEEP_MS)));
}
