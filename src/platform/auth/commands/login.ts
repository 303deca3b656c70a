import { eq, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { audit } from "../../audit/audit";
import { AppError, issue } from "../../errors";
import { enforceRateLimit } from "../../http/rate-limit";
import type { Actor } from "../actor";
import { getDummyHash, verifyPassword } from "../password";
import { userRoles, users } from "../schema";
import { createSession, loadActor } from "../sessions";
import { checkTotp } from "../totp";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type LoginInput = { username: string; password: string; totp?: string; ip: string };
/** `needs`: what the user still has to do before the session is complete. */
export type LoginResult = { token: string; needs: "nothing" | "totp" | "totp-setup"; actor: Actor };

const badCredentials = () => new AppError("UNAUTHENTICATED", "auth.error.badCredentials");

/**
 * Staff sign-in (SPEC §3.1): username or NIP + password (argon2id), lock-out after repeated failures,
 * rate limits per IP and per account, TOTP when enabled and required for admin sistem.
 */
export async function login(db: Db, input: LoginInput, now: Date): Promise<LoginResult> {
  const name = input.username.trim().toLowerCase();
  await enforceRateLimit(db, `login-ip:${input.ip}`, 30, 300, now);
  await enforceRateLimit(db, `login-user:${name}`, 15, 900, now);

  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, name), eq(users.nip, name)));
  if (!user?.isActive) {
    await verifyPassword(await getDummyHash(), input.password);
    throw badCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError("RATE_LIMITED", "auth.error.locked", {
      params: { minutes: LOCK_MINUTES },
      retryAfterSeconds: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000),
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failed = user.failedLogins + 1;
    const locks = failed >= MAX_FAILED_LOGINS;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({
          failedLogins: locks ? 0 : failed,
          lockedUntil: locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : user.lockedUntil,
        })
        .where(eq(users.id, user.id));
      if (locks) {
        await audit(
          tx,
          { ...systemLike(user), ip: input.ip },
          { action: "auth.locked", entity: "user", entityId: user.id },
        );
      }
    });
    throw badCredentials();
  }

  const isAdminSistem = (await db.select().from(userRoles).where(eq(userRoles.userId, user.id))).some(
    (r) => r.role === "admin_sistem",
  );
  let needs: LoginResult["needs"] = "nothing";
  if (user.totpEnabled && user.totpSecret) {
    if (input.totp === undefined) needs = "totp";
    else if (!checkTotp(user.totpSecret, input.totp.trim())) {
      throw new AppError("UNAUTHENTICATED", "auth.error.badTotp", {
        issues: [issue("totp", "auth.error.badTotp")],
      });
    }
  } else if (isAdminSistem && !user.isDemo) {
    needs = "totp-setup"; // TOTP is required for admin sistem (SPEC §3.1)
  }

  return db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const token = await createSession(tx, user.id, now, needs !== "nothing");
    const actor = (await loadActor(tx, user.id))!;
    await audit(tx, { ...actor, ip: input.ip }, { action: "auth.login", entity: "user", entityId: user.id });
    return { token, needs, actor };
  });
}

const systemLike = (user: { id: string; username: string; displayName: string }): Actor => ({
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  employeeId: null,
  grants: [],
  locale: "id",
});
