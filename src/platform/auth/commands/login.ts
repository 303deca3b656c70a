import { eq, or, sql } from "drizzle-orm";
import type { Db, Executor } from "../../../db/client";
import { audit } from "../../audit/audit";
import { AppError, issue } from "../../errors";
import {
  assertMayTry,
  clearThrottles,
  clearThrottlesStartingWith,
  recordFailure,
  type ThrottleKey,
} from "../../throttle/throttle";
import type { Actor } from "../actor";
import { getDummyHash, verifyPassword } from "../password";
import { userRoles, users } from "../schema";
import { createSession, loadActor } from "../sessions";
import { checkTotp } from "../totp";

/**
 * Sign-in throttling (issue 9): progressive delays, never a hard lock someone else can trigger. Counted on
 * the name as typed, so an unknown name and a known one behave — and answer — alike:
 * - per name and address: from the 5th failure a wait from 30 s doubling to 15 min (someone guessing from one
 *   place);
 * - per name from anywhere: after 20 failures at most one try a minute (guessing spread over many
 *   addresses), which never shuts the right person out for long;
 * - per address whatever the name: after 50 failures a wait up to 5 min (one machine trying many names;
 *   an office behind one address does not fail 50 times in an hour).
 */
export function loginThrottleKeys(name: string, ip: string): ThrottleKey[] {
  return [
    {
      key: `login:pair:${name}|${ip}`,
      scope: "login",
      label: `${name} dari ${ip}`,
      rule: { free: 4, baseSeconds: 30, maxSeconds: 900, forgetSeconds: 3600 },
    },
    {
      key: `login:name:${name}`,
      scope: "login",
      label: name,
      rule: { free: 20, baseSeconds: 60, maxSeconds: 60, forgetSeconds: 3600 },
    },
    {
      key: `login:ip:${ip}`,
      scope: "login",
      label: ip,
      rule: { free: 50, baseSeconds: 10, maxSeconds: 300, forgetSeconds: 3600 },
    },
  ];
}

/** After an admin reset: the name starts afresh from every address. */
export async function clearLoginThrottles(db: Executor, name: string): Promise<void> {
  const n = name.trim().toLowerCase();
  await clearThrottles(db, [`login:name:${n}`]);
  await clearThrottlesStartingWith(db, `login:pair:${n}|`);
}

export type LoginInput = { username: string; password: string; totp?: string; ip: string };
/** `needs`: what the user still has to do before the session is complete. */
export type LoginResult = { token: string; needs: "nothing" | "totp" | "totp-setup"; actor: Actor };

const badCredentials = () => new AppError("UNAUTHENTICATED", "auth.error.badCredentials");

/**
 * Staff sign-in (SPEC §3.1): username or NIP + password (argon2id), progressive delays after failures (see
 * loginThrottleKeys), TOTP when enabled and required for admin sistem.
 */
export async function login(db: Db, input: LoginInput, now: Date): Promise<LoginResult> {
  const name = input.username.trim().toLowerCase();
  const keys = loginThrottleKeys(name, input.ip);
  await assertMayTry(db, keys, now);
  const failed = async () => {
    await recordFailure(db, keys, now);
    return badCredentials();
  };

  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, name), eq(users.nip, name)));
  if (!user?.isActive) {
    // The same work and the same answer as a wrong password: the answer never tells which names exist.
    await verifyPassword(await getDummyHash(), input.password);
    throw await failed();
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw await failed();

  const isAdminSistem = (await db.select().from(userRoles).where(eq(userRoles.userId, user.id))).some(
    (r) => r.role === "admin_sistem",
  );
  let needs: LoginResult["needs"] = "nothing";
  if (user.totpEnabled && user.totpSecret) {
    if (input.totp === undefined) needs = "totp";
    else if (!checkTotp(user.totpSecret, input.totp.trim())) {
      await recordFailure(db, keys, now);
      throw new AppError("UNAUTHENTICATED", "auth.error.badTotp", {
        issues: [issue("totp", "auth.error.badTotp")],
      });
    }
  } else if (isAdminSistem && !user.isDemo) {
    needs = "totp-setup"; // TOTP is required for admin sistem (SPEC §3.1)
  }

  return db.transaction(async (tx) => {
    // The address's own counter stays: others behind the same address may be the ones failing.
    await clearThrottles(
      tx,
      keys.slice(0, 2).map((k) => k.key),
    );
    const token = await createSession(tx, user.id, now, needs !== "nothing");
    const actor = (await loadActor(tx, user.id))!;
    await audit(tx, { ...actor, ip: input.ip }, { action: "auth.login", entity: "user", entityId: user.id });
    return { token, needs, actor };
  });
}
