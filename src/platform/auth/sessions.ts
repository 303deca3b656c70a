import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { parseLocale } from "../i18n";
import { units } from "../org/schema";
import type { Actor, Role } from "./actor";
import { apiTokens, sessions, userRoles, users } from "./schema";

export const SESSION_COOKIE = "sigap_session";
export const SESSION_IDLE_HOURS = 12;

export const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
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

/** Builds the actor of a user: its grants with the unit paths that scope them. */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.isActive, true)));
  if (!user) return null;
  const grants = await db
    .select({ role: userRoles.role, unitId: userRoles.unitId, unitPath: units.path, unitName: units.name })
    .from(userRoles)
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(eq(userRoles.userId, userId));
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    employeeId: user.employeeId,
    grants: grants.map((g) => ({ ...g, role: g.role as Role })),
    locale: parseLocale(user.locale),
  };
}

/** Session cookie → actor; slides the idle expiry, at most once a minute to spare writes. */
export async function actorFromSession(db: Executor, token: string, now: Date): Promise<Actor | null> {
  const session = await findSession(db, token, now);
  if (!session || session.pendingTotp) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_HOURS * 3600_000) })
      .where(eq(sessions.idHash, session.idHash));
  }
  return loadActor(db, session.userId);
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
