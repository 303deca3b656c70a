import { audit } from "../../../platform/audit/audit";
import { AppError, textIssue } from "../../../platform/errors";
import { setSetting } from "../../../platform/settings/settings";
import { ASN_TYPES, JP_TARGETS_SETTING, type JpTargets, targetErrors } from "../domain/jp";
import { can } from "../domain/policy";
import { getJpTargets } from "../training.repository";
import type { Ctx } from "./context";

/** HR sets the yearly JP target per ASN type (SPEC §4.4: a setting). Audited with before/after. */
export async function setJpTargets(ctx: Ctx, input: Record<string, unknown>): Promise<JpTargets> {
  if (!can(ctx.actor, "settings.manage"))
    throw new AppError("FORBIDDEN", "Hanya admin kepegawaian yang dapat mengubah target JP.");
  const errors = targetErrors(input);
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Periksa kembali target JP.", { issues: errors.map(textIssue) });
  const next = Object.fromEntries(ASN_TYPES.map((t) => [t, Number(input[t])])) as JpTargets;
  return ctx.deps.db.transaction(async (tx) => {
    const before = await getJpTargets(tx);
    await setSetting(tx, JP_TARGETS_SETTING, next);
    await audit(tx, ctx.actor, {
      action: "training.settings.jpTargets",
      entity: "setting",
      entityId: JP_TARGETS_SETTING,
      before,
      after: next,
    });
    return next;
  });
}
