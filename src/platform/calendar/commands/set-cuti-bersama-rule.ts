import type { Db } from "../../../db/client";
import { audit } from "../../audit/audit";
import type { Actor } from "../../auth/actor";
import { canPlatform } from "../../platform-policy";
import { assertAllowed } from "../../policy";
import { getSetting, setSetting } from "../../settings/settings";
import { CUTI_BERSAMA_SETTING } from "../calendar-store";

/** Whether cuti bersama counts as a non-working day for SLA deadlines (SPEC §4.5, default yes). */
export async function setCutiBersamaRule(db: Db, actor: Actor, isHoliday: boolean): Promise<void> {
  assertAllowed(canPlatform(actor, "settings.manage"));
  await db.transaction(async (tx) => {
    const before = await getSetting(tx, CUTI_BERSAMA_SETTING, true);
    await setSetting(tx, CUTI_BERSAMA_SETTING, isHoliday);
    await audit(tx, actor, {
      action: "setting.update",
      entity: "setting",
      entityId: CUTI_BERSAMA_SETTING,
      before: { value: before },
      after: { value: isHoliday },
    });
  });
}
