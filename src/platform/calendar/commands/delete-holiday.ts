import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { audit } from "../../audit/audit";
import type { Actor } from "../../auth/actor";
import { notFound } from "../../errors";
import { canPlatform } from "../../platform-policy";
import { assertAllowed } from "../../policy";
import { holidays } from "../schema";

export async function deleteHoliday(db: Db, actor: Actor, date: string): Promise<void> {
  assertAllowed(canPlatform(actor, "holidays.manage"));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw notFound("calendar.error.notFound");
  await db.transaction(async (tx) => {
    const [before] = await tx.delete(holidays).where(eq(holidays.date, date)).returning();
    if (!before) throw notFound("calendar.error.notFound");
    await audit(tx, actor, {
      action: "holiday.delete",
      entity: "holiday",
      entityId: date,
      before,
      after: null,
    });
  });
}
