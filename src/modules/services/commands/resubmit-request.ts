import { and, eq, inArray } from "drizzle-orm";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { businessFromAnswers } from "../domain/business";
import { validateAnswers } from "../domain/fields";
import { serviceBusinesses, serviceRequestAttachments } from "../schema";
import { findRequestById, findServiceById, listOffices } from "../services.repository";
import { clockOf } from "./context";
import type { StoredUpload } from "./submit-request";
import { applyTransition } from "./transition-request";

/**
 * The citizen fixes a request sent back to them (PERLU_PERBAIKAN → DIAJUKAN, SPEC §3.4): corrected answers
 * and replacement files are checked in full first, then written with the transition in one transaction.
 */
export async function resubmitRequest(
  deps: Pick<Deps, "db" | "config" | "secret" | "now">,
  input: {
    requestId: string;
    fields: Record<string, unknown>;
    uploads: StoredUpload[];
    ip?: string;
    version?: number;
  },
) {
  const request = await findRequestById(deps.db, input.requestId);
  if (!request) throw new AppError("NOT_FOUND", "Permohonan tidak ditemukan.");
  if (request.status !== "PERLU_PERBAIKAN") {
    throw new AppError("CONFLICT", "Permohonan ini tidak sedang menunggu perbaikan.");
  }
  const service = (await findServiceById(deps.db, request.serviceId))!;
  const { cal, today } = await clockOf(deps.db, deps.now());
  const checked = validateAnswers(service.fields, input.fields, today);
  const known = new Set(service.documents.map((d) => d.key));
  const errors: FieldError[] = [...checked.errors];
  for (const u of input.uploads)
    if (!known.has(u.key))
      errors.push({ field: `documents.${u.key}`, message: "Dokumen ini tidak diminta." });
  if (errors.length)
    throw new AppError("UNPROCESSABLE", "Periksa kembali isian Anda.", { issues: errors.map(textIssue) });
  const offices = await listOffices(deps.db);

  return deps.db.transaction(async (tx) => {
    if (input.uploads.length) {
      await tx.delete(serviceRequestAttachments).where(
        and(
          eq(serviceRequestAttachments.requestId, request.id),
          inArray(
            serviceRequestAttachments.docKey,
            input.uploads.map((u) => u.key),
          ),
        ),
      );
      await tx.insert(serviceRequestAttachments).values(
        input.uploads.map((u) => ({
          requestId: request.id,
          docKey: u.key,
          mode: "unggah" as const,
          fileSha256: u.sha256,
          mime: u.mime,
          size: u.size,
        })),
      );
    }
    const business = service.businessKind ? businessFromAnswers(checked.values) : null;
    if (business) {
      await tx
        .update(serviceBusinesses)
        .set({
          ...business,
          searchText:
            `${business.businessName} ${business.activity} ${request.applicantName} ${business.kbli ?? ""}`.toLowerCase(),
          updatedAt: new Date(),
        })
        .where(eq(serviceBusinesses.requestId, request.id));
    }
    return applyTransition(
      tx,
      deps,
      { kind: "pemohon", ip: input.ip },
      {
        requestId: request.id,
        to: "DIAJUKAN",
        answers: checked.values,
        version: input.version ?? request.version,
      },
      { cal, today, offices },
    );
  });
}
