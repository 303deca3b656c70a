import { and, eq } from "drizzle-orm";
import { audit } from "../../../platform/audit/audit";
import { AppError } from "../../../platform/errors";
import { isUuid } from "../../../platform/identifiers";
import { implausibleJp } from "../domain/jp";
import { can } from "../domain/policy";
import { trainingExternal, trainingJpCredits } from "../schema";
import { notifyEmployee, requireEmployee } from "../training.repository";
import { type Ctx, nowOf, requireReason } from "./context";

/**
 * HR verifies an external claim — JP as approved by HR (SPEC §4.4: nonklasikal JP as approved by HR),
 * credited to the year the training ended — or rejects it with a reason. Only claims still waiting.
 */
export async function verifyExternal(
  ctx: Ctx,
  input: { id: string; decision: "verifikasi" | "tolak"; jpApproved?: unknown; reason?: string | null },
) {
  if (!isUuid(input.id)) throw new AppError("NOT_FOUND", "Pengajuan tidak ditemukan.");
  const [claim] = await ctx.deps.db.select().from(trainingExternal).where(eq(trainingExternal.id, input.id));
  if (!claim) throw new AppError("NOT_FOUND", "Pengajuan tidak ditemukan.");
  const person = await requireEmployee(ctx.deps.db, claim.employeeId);
  const resource = { employeeId: person.id, supervisorId: person.supervisorId, unitPath: person.unitPath };
  if (!can(ctx.actor, "external.verify", resource)) {
    if (person.id === ctx.actor.employeeId)
      throw new AppError("FORBIDDEN", "Anda tidak dapat memverifikasi pengajuan Anda sendiri.");
    throw new AppError("NOT_FOUND", "Pengajuan tidak ditemukan.");
  }
  if (input.decision !== "verifikasi" && input.decision !== "tolak") {
    throw new AppError("UNPROCESSABLE", "Pilih verifikasi atau tolak.", {
      issues: [{ field: "decision", key: "Pilih verifikasi atau tolak." }],
    });
  }
  let jp = 0;
  let reason: string | null = null;
  if (input.decision === "verifikasi") {
    const raw =
      input.jpApproved === undefined || input.jpApproved === "" ? claim.jpProposed : input.jpApproved;
    jp =
      typeof raw === "number"
        ? raw
        : typeof raw === "string" && /^-?\d{1,6}$/.test(raw.trim())
          ? Number(raw)
          : Number.NaN;
    const problem = Number.isNaN(jp)
      ? "JP yang disetujui harus bilangan bulat."
      : implausibleJp(jp, claim.startDate, claim.endDate);
    if (problem)
      throw new AppError("UNPROCESSABLE", "Periksa JP yang disetujui.", {
        issues: [{ field: "jpApproved", key: problem }],
      });
  } else {
    reason = requireReason(input.reason, "reason", "Alasan penolakan");
  }
  return ctx.deps.db.transaction(async (tx) => {
    const status = input.decision === "verifikasi" ? "diverifikasi" : "ditolak";
    const [row] = await tx
      .update(trainingExternal)
      .set({
        status,
        jpApproved: status === "diverifikasi" ? jp : null,
        rejectionReason: reason,
        verifiedByUserId: ctx.actor.userId,
        verifiedAt: nowOf(ctx),
      })
      .where(and(eq(trainingExternal.id, claim.id), eq(trainingExternal.status, "diajukan")))
      .returning();
    if (!row) throw new AppError("CONFLICT", "Pengajuan ini sudah diverifikasi atau ditolak.");
    if (status === "diverifikasi") {
      await tx.insert(trainingJpCredits).values({
        employeeId: person.id,
        year: Number(claim.endDate.slice(0, 4)),
        jp,
        source: "eksternal",
        externalId: claim.id,
        title: claim.title,
        provider: claim.provider,
        mode: claim.mode,
        startDate: claim.startDate,
        endDate: claim.endDate,
        certificateNumber: claim.certificateNumber,
      });
    }
    await audit(tx, ctx.actor, {
      action: status === "diverifikasi" ? "training.external.verify" : "training.external.reject",
      entity: "training_external",
      entityId: claim.id,
      unitPath: person.unitPath,
      before: { status: "diajukan", jpProposed: claim.jpProposed },
      after: { status, jpApproved: status === "diverifikasi" ? jp : null, reason },
    });
    await notifyEmployee(tx, person, {
      subject:
        status === "diverifikasi"
          ? `Pelatihan eksternal diverifikasi: ${claim.title}`
          : `Pelatihan eksternal ditolak: ${claim.title}`,
      body:
        status === "diverifikasi"
          ? `${jp} JP dari "${claim.title}" telah dicatat untuk tahun ${claim.endDate.slice(0, 4)}.`
          : `Pengajuan "${claim.title}" ditolak. Alasan: ${reason}`,
      link: "/staf/pelatihan/eksternal",
    });
    return row;
  });
}
