import { and, eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError, textIssue } from "../../../platform/errors";
import { isUuid } from "../../../platform/identifiers";
import { positions } from "../../employees";
import { can } from "../domain/policy";
import { competencies, positionCompetencies } from "../schema";

import type { Ctx } from "./context";

/** Sets (or clears, with an empty level) the level a position requires of a competency. Audited. */
export async function setRequiredLevels(ctx: Ctx, positionId: string, levels: Record<string, unknown>) {
  if (!can(ctx.actor, "catalogue.manage"))
    throw new AppError("FORBIDDEN", "Hanya admin kepegawaian yang mengubah standar kompetensi.");
  if (!isUuid(positionId)) throw new AppError("NOT_FOUND", "Jabatan tidak ditemukan.");
  const [position] = await ctx.deps.db.select().from(positions).where(eq(positions.id, positionId));
  if (!position) throw new AppError("NOT_FOUND", "Jabatan tidak ditemukan.");
  const all = await ctx.deps.db.select({ id: competencies.id, code: competencies.code }).from(competencies);
  const errors = [];
  const changes: { competencyId: string; code: string; level: number | null }[] = [];
  for (const [competencyId, raw] of Object.entries(levels)) {
    const c = all.find((x) => x.id === competencyId);
    if (!c) {
      errors.push({ field: `req-${competencyId}`, message: "Kompetensi tidak dikenal." });
      continue;
    }
    if (raw === "" || raw === null || raw === undefined)
      changes.push({ competencyId, code: c.code, level: null });
    else {
      const level = Number(raw);
      if (!Number.isInteger(level) || level < 1 || level > 5)
        errors.push({ field: `req-${competencyId}`, message: `Level ${c.code} harus 1–5 atau kosong.` });
      else changes.push({ competencyId, code: c.code, level });
    }
  }
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Periksa kembali standar kompetensi.", {
      issues: errors.map(textIssue),
    });
  return ctx.deps.db.transaction(async (tx) => {
    for (const ch of changes) {
      const where = and(
        eq(positionCompetencies.positionId, positionId),
        eq(positionCompetencies.competencyId, ch.competencyId),
      );
      if (ch.level === null) await tx.delete(positionCompetencies).where(where);
      else {
        await tx
          .insert(positionCompetencies)
          .values({ positionId, competencyId: ch.competencyId, requiredLevel: ch.level })
          .onConflictDoUpdate({
            target: [positionCompetencies.positionId, positionCompetencies.competencyId],
            set: { requiredLevel: ch.level, updatedAt: new Date() },
          });
      }
    }
    await audit(tx, ctx.actor, {
      action: "training.standard.update",
      entity: "position",
      entityId: positionId,
      after: Object.fromEntries(changes.map((c) => [c.code, c.level])),
    });
  });
}
