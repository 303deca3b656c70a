import { eq } from "drizzle-orm";
import { readDocumentPdf } from "../../../platform/documents";
import { AppError } from "../../../platform/errors";
import { can } from "../domain/policy";
import { trainingEnrolments } from "../schema";
import { certificateSigner, findEnrolment, findSession, requireEmployee } from "../training.repository";
import { issueCertificate, nextCertificateNumber } from "./complete-session";
import type { Ctx } from "./context";

/**
 * The certificate PDF of a passed enrolment, for its owner, their supervisor and readers in scope. A
 * certificate not yet rendered (demo data, or an issue interrupted) is issued now, once, under a row lock.
 */
export async function certificatePdf(
  ctx: Ctx,
  enrolmentId: string,
): Promise<{ pdf: Buffer; number: string }> {
  const e = await findEnrolment(ctx.deps.db, enrolmentId);
  const person = e ? await requireEmployee(ctx.deps.db, e.employeeId) : null;
  if (
    !e ||
    !person ||
    !can(ctx.actor, "record.read", {
      employeeId: person.id,
      supervisorId: person.supervisorId,
      unitPath: person.unitPath,
    })
  ) {
    throw new AppError("NOT_FOUND", "Sertifikat tidak ditemukan.");
  }
  if (e.status !== "lulus")
    throw new AppError("NOT_FOUND", "Sertifikat hanya tersedia untuk peserta yang lulus.");
  let documentId = e.certificateDocumentId;
  let number = e.certificateNumber;
  if (!documentId) {
    const issued = await ctx.deps.db.transaction(async (tx) => {
      const locked = (await findEnrolment(tx, e.id, true))!;
      if (locked.certificateDocumentId)
        return { id: locked.certificateDocumentId, number: locked.certificateNumber! };
      const s = (await findSession(tx, locked.sessionId))!;
      const n = locked.certificateNumber ?? (await nextCertificateNumber(tx, Number(s.endsOn.slice(0, 4))));
      const doc = await issueCertificate(
        tx,
        ctx,
        s,
        person,
        await certificateSigner(tx, s.unitPath),
        e.id,
        n,
      );
      await tx
        .update(trainingEnrolments)
        .set({ certificateDocumentId: doc.id, certificateNumber: n })
        .where(eq(trainingEnrolments.id, e.id));
      return { id: doc.id, number: n };
    });
    documentId = issued.id;
    number = issued.number;
  }
  return { pdf: await readDocumentPdf(ctx.deps, documentId), number: number ?? "" };
}
