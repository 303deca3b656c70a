import { randomBytes } from "node:crypto";
import { and, eq, gt, type SQL, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../db/client";
import { sha256 } from "../hash";
import { parseLocale } from "../i18n";
import { units } from "../org/schema";
import type { Actor, RoleGrant } from "./actor";
import { apiTokens, sessions, userRoles, users } from "./schema";

export const SESSION_COOKIE = "sigap_session";
export const SESSION_IDLE_HOURS = 12;

export const newToken = () => randomBytes(32).toString("base64url");

export async function createSession(db: Executor, userId: string, now: Date, pendingTotp = false) {
  const token = newToken();
  await db.insert(sessions).values({
    idHash: sha256(token),
    userId,
    pendingTotp,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_HOURS * 3600_000),
  });
  return token;
}

export async function deleteSession(db: Executor, token: string) {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

export async function deleteAllSessions(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function findSession(db: Executor, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, sha256(token)), gt(sessions.expiresAt, now)));
  return row ?? null;
}

/**
 * The user row and its grants (with the unit paths that scope them) in one statement: this runs on every
 * signed-in request, so it is one round trip, not three.
 */
const actorRow = (condition: SQL, session = false) => sql`
  select u.id, u.username, u.display_name, u.employee_id, u.locale,
    ${session ? sql`s.pending_totp, s.last_seen_at,` : sql``}
    coalesce((
      select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitPath', un.path,
        'unitName', un.name,
        'wholeOrganisation', not exists (select 1 from ${units} o where not starts_with(o.path, un.path)))
        order by r.created_at)
      from ${userRoles} r join ${units} un on un.id = r.unit_id
      where r.user_id = u.id), '[]') as grants
  from ${users} u ${session ? sql`join ${sessions} s on s.user_id = u.id` : sql``}
  where u.is_active and ${condition}`;

type ActorRow = {
  id: string;
  username: string;
  display_name: string;
  employee_id: string | null;
  locale: string;
  grants: RoleGrant[] | string;
};

const toActor = (row: ActorRow): Actor => ({
  userId: row.id,
  username: row.username,
  displayName: row.display_name,
  employeeId: row.employee_id,
  grants: typeof row.grants === "string" ? JSON.parse(row.grants) : row.grants,
  locale: parseLocale(row.locale),
});

/** Builds the actor of an active user: its grants with the unit paths that scope them. */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [row] = await queryRows<ActorRow>(db, actorRow(sql`u.id = ${userId}`));
  return row ? toActor(row) : null;
}

/**
 * Session cookie → actor, in one query (session, user and grants); slides the idle expiry at most once a
 * minute to spare writes.
 */
export async function actorFromSession(db: Executor, token: string, now: Date): Promise<Actor | null> {
  const idHash = sha256(token);
  const [row] = await queryRows<ActorRow & { pending_totp: boolean; last_seen_at: string | Date }>(
    db,
    actorRow(sql`s.id_hash = ${idHash} and s.expires_at > ${now.toISOString()}`, true),
  );
  if (!row || row.pending_totp) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_HOURS * 3600_000) })
      .where(eq(sessions.idHash, idHash));
  }
  return toActor(row);
}

/** Personal API token (Authorization: Bearer …) → actor. */
export async function actorFromApiToken(db: Executor, token: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), sql`${apiTokens.revokedAt} is null`));
  if (!row) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return loadActor(db, row.userId);
}
