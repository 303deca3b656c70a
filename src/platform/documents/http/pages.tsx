import { Hono } from "hono";
import type { AppEnv } from "../../http/context";
import { problem } from "../../http/error-handler";
import { render } from "../../http/render";
import { addMessages } from "../../i18n";
import { formatDate, formatDateTime } from "../../i18n/format";
import { findDocument } from "../documents";
import { readToken } from "../token";

addMessages({
  id: {
    "verify.title": "Verifikasi Dokumen",
    "verify.notFound":
      "Dokumen tidak ditemukan atau kode verifikasi tidak sah. Pastikan Anda memindai kode QR pada dokumen asli.",
    "verify.valid": "SAH — dokumen ini diterbitkan melalui SIGAP dan masih berlaku.",
    "verify.expired": "Dokumen ini asli tetapi masa berlakunya telah habis.",
    "verify.revoked": "DICABUT — dokumen ini telah dicabut dan tidak berlaku.",
    "verify.superseded": "DIGANTI — dokumen ini telah diganti dengan dokumen baru.",
    "verify.reason": "Alasan",
    "verify.kind.surat": "Surat",
    "verify.kind.sertifikat_pelatihan": "Sertifikat pelatihan",
    "verify.kind.piagam_penghargaan": "Piagam penghargaan",
    "verify.kind": "Jenis",
    "verify.number": "Nomor",
    "verify.subject": "Atas nama",
    "verify.nik": "NIK",
    "verify.issuer": "Penerbit",
    "verify.signer": "Penandatangan",
    "verify.issuedOn": "Tanggal terbit",
    "verify.validUntil": "Berlaku sampai",
    "verify.noExpiry": "Tidak dibatasi",
    "verify.changedAt": "Tanggal perubahan status",
  },
  en: {
    "verify.title": "Document verification",
    "verify.notFound":
      "Document not found or the verification code is not valid. Make sure you scanned the QR code on the original document.",
    "verify.valid": "VALID — this document was issued through SIGAP and is in force.",
    "verify.expired": "This document is genuine but has expired.",
    "verify.revoked": "REVOKED — this document has been revoked and is no longer valid.",
    "verify.superseded": "SUPERSEDED — this document has been replaced by a new one.",
    "verify.reason": "Reason",
    "verify.kind.surat": "Letter",
    "verify.kind.sertifikat_pelatihan": "Training certificate",
    "verify.kind.piagam_penghargaan": "Award certificate",
    "verify.kind": "Type",
    "verify.number": "Number",
    "verify.subject": "Issued to",
    "verify.nik": "NIK",
    "verify.issuer": "Issuer",
    "verify.signer": "Signed by",
    "verify.issuedOn": "Date of issue",
    "verify.validUntil": "Valid until",
    "verify.noExpiry": "No expiry",
    "verify.changedAt": "Status changed on",
  },
});

export const verifyPages = new Hono<AppEnv>();

/** Public document verification by QR (SPEC §3.9): no login, NIK masked, 404 for forged or unknown tokens. */
verifyPages.get("/verify/:token", async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const id = readToken(c.var.deps.secret, c.req.param("token"));
  const doc = id ? await findDocument(c.var.deps.db, id) : null;
  if (!doc) return problem(c, 404, t("verify.notFound"));
  const today = new Date().toISOString().slice(0, 10);
  const state =
    doc.status !== "valid" ? doc.status : doc.validUntil && doc.validUntil < today ? "expired" : "valid";
  const alert = state === "valid" ? "alert-success" : "alert-danger";
  const rows: [string, string][] = [
    [t("verify.kind"), t(`verify.kind.${doc.kind}`)],
    [t("verify.number"), doc.number ?? "—"],
    [t("verify.subject"), doc.subjectName],
    ...(doc.subjectNikMasked ? ([[t("verify.nik"), doc.subjectNikMasked]] as [string, string][]) : []),
    ...doc.keyFacts.map((f) => [f.label, f.value] as [string, string]),
    [t("verify.issuer"), doc.issuerName],
    [t("verify.signer"), `${doc.signerName} (${doc.signerTitle}), NIP ${doc.signerNip}`],
    [t("verify.issuedOn"), formatDate(doc.issuedOn, locale)],
    [t("verify.validUntil"), doc.validUntil ? formatDate(doc.validUntil, locale) : t("verify.noExpiry")],
  ];
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex");
  return render(
    c,
    t("verify.title"),
    <div class="col-lg-8">
      <h1 class="h3">{t("verify.title")}</h1>
      <div class={`alert ${alert}`} role="status">
        <strong>{t(`verify.${state}`)}</strong>
        {doc.statusReason && (
          <div>
            {t("verify.reason")}: {doc.statusReason}
            {doc.statusChangedAt &&
              ` — ${t("verify.changedAt")}: ${formatDateTime(doc.statusChangedAt, locale)}`}
          </div>
        )}
      </div>
      <h2 class="h5">{doc.title}</h2>
      <dl class="row">
        {rows.map(([k, v]) => (
          <>
            <dt class="col-sm-4">{k}</dt>
            <dd class="col-sm-8">{v}</dd>
          </>
        ))}
      </dl>
    </div>,
  );
});
