import { audit } from "../../../platform/audit/audit";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import { sniff, storeUpload } from "../../../platform/files";
import { zodIssues } from "../../../platform/http/validation";
import { implausibleJp, jpFromMinutes, parseHours } from "../domain/jp";
import { trainingExternal } from "../schema";
import { requireEmployee } from "../training.repository";
import { ZExternalClaim } from "../training.types";
import { type Ctx, selfEmployeeId, todayOf } from "./context";

/** Certificates up to 5 MB: a scanned page as PDF, JPG or PNG. */
export const CERTIFICATE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * An ASN claims training done elsewhere (SPEC §3.3): details, hours (→ JP at 45 minutes each) and the
 * certificate, checked by content (magic bytes) — a renamed HTML page or a script is refused. Every problem
 * is listed at once; nothing is stored unless everything is right.
 */
export async function submitExternal(ctx: Ctx, input: Record<string, unknown>, file: Uint8Array | null) {
  const employeeId = selfEmployeeId(ctx);
  const errors: FieldError[] = [];
  const parsed = ZExternalClaim.safeParse(input);
  if (!parsed.success)
    errors.push(...zodIssues(parsed.error).map((i) => ({ field: i.field, message: i.key })));
  const today = todayOf(ctx);
  let minutes: number | null = null;
  let jp = 0;
  if (parsed.success) {
    const c = parsed.data;
    if (c.endDate > today)
      errors.push({ field: "endDate", message: "Pelatihan yang belum selesai belum dapat diajukan." });
    minutes = parseHours(c.hours);
    jp = minutes ? jpFromMinutes(minutes) : 0;
    if (!minutes || jp < 1)
      errors.push({ field: "hours", message: "Jumlah jam minimal 0,75 (45 menit = 1 JP)." });
    else {
      const problem = implausibleJp(jp, c.startDate, c.endDate);
      if (problem) errors.push({ field: "hours", message: problem });
    }
  }
  if (!file || file.length === 0)
    errors.push({ field: "file", message: "Unggah sertifikat (PDF, JPG, atau PNG)." });
  else if (file.length > CERTIFICATE_MAX_BYTES)
    errors.push({ field: "file", message: "Berkas terlalu besar; maksimal 5 MB." });
  else if (!sniff(file))
    errors.push({
      field: "file",
      message: "Isi berkas bukan PDF, JPG, atau PNG yang sah. Unggah berkas PDF, JPG, atau PNG.",
    });
  if (errors.length || !parsed.success)
    throw new AppError("UNPROCESSABLE", "Periksa kembali isian Anda.", { issues: errors.map(textIssue) });
  const c = parsed.data;
  return ctx.deps.db.transaction(async (tx) => {
    const me = await requireEmployee(tx, employeeId);
    const stored = await storeUpload(ctx.deps, file!, {
      allowed: ["pdf", "jpg", "png"],
      maxBytes: CERTIFICATE_MAX_BYTES,
      field: "file",
      db: tx,
    });
    const [row] = await tx
      .insert(trainingExternal)
      .values({
        employeeId,
        title: c.title,
        provider: c.provider,
        mode: c.mode,
        startDate: c.startDate,
        endDate: c.endDate,
        minutes: minutes!,
        jpProposed: jp,
        certificateNumber: c.certificateNumber,
        fileSha256: stored.sha256,
        fileMime: stored.mime,
        submittedByUserId: ctx.actor.userId,
      })
      .returning();
    await audit(tx, ctx.actor, {
      action: "training.external.submit",
      entity: "training_external",
      entityId: row!.id,
      unitPath: me.unitPath,
      after: {
        title: c.title,
        provider: c.provider,
        startDate: c.startDate,
        endDate: c.endDate,
        minutes,
        jpProposed: jp,
        file: stored.sha256,
      },
    });
    return row!;
  });
}
