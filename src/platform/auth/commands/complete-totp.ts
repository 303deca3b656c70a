import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { audit } from "../../audit/audit";
import { AppError, issue } from "../../errors";
import { sha256 } from "../../hash";
import { enforceRateLimit } from "../../http/rate-limit";
import { sessions, users } from "../schema";
import { loadActor } from "../sessions";
import { checkTotp } from "../totp";

const wrongCode = () =>
  new AppError("UNPROCESSABLE", "auth.error.badCode", { issues: [issue("code", "auth.error.badCodeField")] });

/** Second step of sign-in: a pending session becomes a full one with a valid TOTP code. */
export async function completeTotp(db: Db, token: string, code: string, ip: string, now: Date) {
  const [session] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, sha256(token)), eq(sessions.pendingTotp, true)));
  if (!session || session.expiresAt < now)
    throw new AppError("UNAUTHENTICATED", "auth.error.noPendingSession");
  await enforceRateLimit(db, `totp:${session.userId}`, 10, 300, now);
  const [user] = await db.select().from(users).where(eq(users.id, session.userId));
  if (!user) throw new AppError("UNAUTHENTICATED", "auth.error.noPendingSession");

  // Setting up TOTP for the first time: the secret was proposed on the set-up page and kept on the user row
  // (not yet enabled); a correct code both proves the phone has it and enables it.
  if (!user.totpSecret || !checkTotp(user.totpSecret, code.trim())) throw wrongCode();
  await db.transaction(async (tx) => {
    if (!user.totpEnabled) await tx.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
    await tx.update(sessions).set({ pendingTotp: false }).where(eq(sessions.idHash, session.idHash));
    const actor = (await loadActor(tx, user.id))!;
    await audit(
      tx,
      { ...actor, ip },
      { action: user.totpEnabled ? "auth.totp" : "auth.totp-enabled", entity: "user", entityId: user.id },
    );
  });
}
