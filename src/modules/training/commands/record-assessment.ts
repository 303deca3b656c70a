import { inArray } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import { can } from "../domain/policy";
import { competencies, competencyAssessments } from "../schema";
import { requireEmployee } from "../training.repository";
import { type Ctx, todayOf } from "./context";

/**
 * The supervisor or HR records an employee's current level per competency (SPEC §3.3). History is kept;
 * the latest assessment of each competency is the current level. Levels are 1–5.
 */
export async function recordAssessment(
  ctx: Ctx,
  input: { employeeId: string; levels: Record<string, unknown>; note?: string | null },
) {
  const person = await requireEmployee(ctx.deps.db, input.employeeId);
  const resource = { employeeId: person.id, supervisorId: person.supervisorId, unitPath: person.unitPath };
  if (!can(ctx.actor, "assessment.record", resource)) {
    throw new AppError(
      "FORBIDDEN",
      person.id === ctx.actor.employeeId
        ? "Anda tidak dapat menilai kompetensi Anda sendiri."
        : "Hanya atasan langsung atau admin kepegawaian yang dapat menilai kompetensi pegawai ini.",
    );
  }
  const entries = Object.entries(input.levels).filter(([, v]) => v !== "" && v !== null && v !== undefined);
  const errors: FieldError[] = [];
  const known = entries.length
    ? await ctx.deps.db
        .select({ id: competencies.id, code: competencies.code })
        .from(competencies)
        .where(
          inArray(
            competencies.id,
            entries.map(([k]) => k).filter((k) => /^[0-9a-f-]{36}$/i.test(k)),
          ),
        )
    : [];
  const rows: { competencyId: string; level: number }[] = [];
  for (const [competencyId, raw] of entries) {
    const level = Number(raw);
    if (!known.some((k) => k.id === competencyId))
      errors.push({ field: `level-${competencyId}`, message: "Kompetensi tidak dikenal." });
    else if (!Number.isInteger(level) || level < 1 || level > 5) {
      errors.push({ field: `level-${competencyId}`, message: "Level harus 1–5." });
    } else rows.push({ competencyId, level });
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({ field: "levels", message: "Isi minimal satu level kompetensi." });
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Periksa kembali penilaian.", { issues: errors.map(textIssue) });
  const note = input.note?.trim().slice(0, 1000) || null;
  const role =
    ctx.actor.employeeId && ctx.actor.employeeId === person.supervisorId ? "atasan" : "kepegawaian";
  return ctx.deps.db.transaction(async (tx) => {
    await tx.insert(competencyAssessments).values(
      rows.map((r) => ({
        ...r,
        employeeId: person.id,
        assessedOn: todayOf(ctx),
        assessorUserId: ctx.actor.userId,
        assessorRole: role,
        note,
      })),
    );
    await audit(tx, ctx.actor, {
      action: "training.assessment.record",
      entity: "employee",
      entityId: person.id,
      unitPath: person.unitPath,
      after: {
        levels: Object.fromEntries(
          rows.map((r) => [known.find((k) => k.id === r.competencyId)!.code, r.level]),
        ),
        role,
        note,
      },
    });
    return rows.length;
  });
}
