import { and, desc, eq } from "drizzle-orm";
import QRCode from "qrcode";
import type { Executor, Tx } from "../../db/client";
import { audit } from "../audit/audit";
import type { Actor } from "../auth/actor";
import { AppError, issue } from "../errors";
import { readStoredFile, storeBytes } from "../files";
import type { Deps } from "../http/context";
import { maskNik } from "../identifiers";
import { documents } from "./schema";
import { makeToken } from "./token";

export type DocumentKind = "surat" | "sertifikat_pelatihan" | "piagam_penghargaan";

export type IssueDocumentInput = {
  kind: DocumentKind;
  title: string;
  number: string | null;
  subjectName: string;
  /** Only the masked form is stored: the verification page never needs the full NIK (SPEC §3.9). */
  subjectNik?: string | null;
  issuerName: string;
  unitPath: string;
  signerName: string;
  signerNip: string;
  signerTitle: string;
  issuedOn: string;
  validUntil?: string | null;
  keyFacts: { label: string; value: string }[];
  sourceEntity: string;
  sourceId: string;
};

export const verifyUrlOf = (deps: Pick<Deps, "config" | "secret">, documentId: string) =>
  `${deps.config.baseUrl}/verify/${makeToken(deps.secret, documentId)}`;

/**
 * Issues a document inside the caller's transaction: the row (with its id) first, so the QR can carry the
 * verification URL; then the PDF rendered by the caller's layout, stored by content hash; then audit.
 */
export async function issueDocument(
  tx: Tx,
  actor: Actor,
  deps: Pick<Deps, "config" | "secret">,
  input: IssueDocumentInput,
  render: (qr: { verifyUrl: string; qrPng: Buffer }) => Promise<Buffer>,
): Promise<{ id: string; verifyUrl: string; fileSha256: string }> {
  const { subjectNik, ...rest } = input;
  const [row] = await tx
    .insert(documents)
    .values({
      ...rest,
      subjectNikMasked: subjectNik ? maskNik(subjectNik) : null,
      validUntil: input.validUntil ?? null,
    })
    .returning({ id: documents.id });
  const id = row!.id;
  const verifyUrl = verifyUrlOf(deps, id);
  const qrPng = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: "M" });
  const pdf = await render({ verifyUrl, qrPng });
  const stored = await storeBytes(tx, deps.config.dataDir, pdf, "application/pdf");
  await tx.update(documents).set({ fileSha256: stored.sha256 }).where(eq(documents.id, id));
  await audit(tx, actor, {
    action: "document.issue",
    entity: "document",
    entityId: id,
    unitPath: input.unitPath,
    after: {
      kind: input.kind,
      title: input.title,
      number: input.number,
      sourceEntity: input.sourceEntity,
      sourceId: input.sourceId,
    },
  });
  return { id, verifyUrl, fileSha256: stored.sha256 };
}

/** Revokes a valid document (the caller's module checks who may). Audited with the reason. */
export async function revokeDocument(
  tx: Tx,
  actor: Actor,
  documentId: string,
  reason: string,
): Promise<void> {
  const trimmed = reason.trim();
  if (trimmed.length < 5) {
    throw new AppError("UNPROCESSABLE", "documents.error.reasonRequired", {
      issues: [issue("reason", "documents.error.reasonField")],
    });
  }
  const [doc] = await tx.select().from(documents).where(eq(documents.id, documentId)).for("update");
  if (!doc) throw new AppError("NOT_FOUND", "documents.error.notFound");
  if (doc.status !== "valid") throw new AppError("CONFLICT", "documents.error.notValid");
  await tx
    .update(documents)
    .set({ status: "revoked", statusReason: trimmed, statusChangedAt: new Date() })
    .where(eq(documents.id, documentId));
  await audit(tx, actor, {
    action: "document.revoke",
    entity: "document",
    entityId: documentId,
    unitPath: doc.unitPath,
    before: { status: doc.status },
    after: { status: "revoked", reason: trimmed },
  });
}

export async function findDocumentBySource(db: Executor, sourceEntity: string, sourceId: string) {
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.sourceEntity, sourceEntity), eq(documents.sourceId, sourceId)))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  return doc ?? null;
}

export async function findDocument(db: Executor, id: string) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, id));
  return doc ?? null;
}

export async function readDocumentPdf(
  deps: Pick<Deps, "db" | "config">,
  documentId: string,
): Promise<Buffer> {
  const doc = await findDocument(deps.db, documentId);
  if (!doc?.fileSha256) throw new AppError("NOT_FOUND", "documents.error.notFound");
  return (await readStoredFile(deps, doc.fileSha256, "application/pdf")).bytes;
}
