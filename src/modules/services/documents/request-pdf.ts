import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { findDocument, readDocumentPdf, verifyUrlOf } from "../../../platform/documents";
import { documents } from "../../../platform/documents/schema";
import { AppError } from "../../../platform/errors";
import { storeBytes } from "../../../platform/files";
import type { Deps } from "../../../platform/http/context";
import {
  type DocumentRef,
  findServiceById,
  kelurahanOptions,
  listOffices,
  type RequestRow,
} from "../services.repository";
import { renderRequestLetter } from "./letter";

/** The document block of a request as pages and the API show it (null until a letter is issued). */
export async function documentOf(
  deps: Pick<Deps, "db" | "config" | "secret">,
  r: RequestRow,
  url: string,
  known?: DocumentRef | null,
) {
  if (!r.documentId) return null;
  const [doc] =
    known !== undefined
      ? [known]
      : await deps.db
          .select({ id: documents.id, number: documents.number, status: documents.status })
          .from(documents)
          .where(eq(documents.id, r.documentId));
  if (!doc) return null;
  return { url, verifyUrl: verifyUrlOf(deps, doc.id), number: doc.number, status: doc.status };
}

/**
 * The PDF of a request's letter. Letters issued by the workflow are stored when signed; the demo data issues
 * its year of letters without rendering them (start-up stays fast), so those are rendered once on first
 * download from the issued record, with the same number, signer and QR, and stored.
 */
export async function requestPdf(
  deps: Pick<Deps, "db" | "config" | "secret">,
  r: RequestRow,
): Promise<Buffer> {
  if (!r.documentId) throw new AppError("NOT_FOUND", "Surat belum terbit.");
  const doc = await findDocument(deps.db, r.documentId);
  if (!doc) throw new AppError("NOT_FOUND", "Surat tidak ditemukan.");
  if (doc.fileSha256) return readDocumentPdf(deps, doc.id);
  const service = (await findServiceById(deps.db, r.serviceId))!;
  const offices = await listOffices(deps.db);
  const office =
    offices.find((o) => o.unitPath === r.currentUnitPath) ?? offices.find((o) => o.id === r.officeId)!;
  const qrPng = await QRCode.toBuffer(verifyUrlOf(deps, doc.id), {
    margin: 1,
    width: 240,
    errorCorrectionLevel: "M",
  });
  const pdf = await renderRequestLetter(
    {
      request: r,
      service,
      office,
      signer: { name: doc.signerName, nip: doc.signerNip, title: doc.signerTitle },
      number: doc.number ?? "",
      issuedOn: doc.issuedOn,
      kelurahanName:
        kelurahanOptions(offices).find((k) => k.value === r.applicantKelurahan)?.label ??
        r.applicantKelurahan,
    },
    qrPng,
  );
  const stored = await storeBytes(deps.db, deps.config.dataDir, pdf, "application/pdf");
  await deps.db.update(documents).set({ fileSha256: stored.sha256 }).where(eq(documents.id, doc.id));
  return pdf;
}

export const pdfHeaders = (reference: string) => ({
  "content-type": "application/pdf",
  "content-disposition": `attachment; filename="surat-${reference}.pdf"`,
  "cache-control": "private, no-store",
});
