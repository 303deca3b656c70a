import PDFDocument from "pdfkit";

/**
 * PDF layouts shared by every module (letters, training and award certificates). pdfkit draws text
 * literally, so user input that looks like HTML stays visible text, never markup.
 */
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

export type Signer = { title: string; name: string; nip: string };

export type LetterSpec = {
  letterhead: { unitName: string; parentName?: string; address: string };
  title: string;
  number: string;
  paragraphs: string[];
  fields: { label: string; value: string }[];
  closing?: string;
  place: string;
  dateText: string;
  signer: Signer;
  qrPng: Buffer;
  footnote?: string;
};

const QR_NOTE =
  "Dokumen ini ditandatangani secara elektronik oleh sistem SIGAP. Pindai kode QR untuk memeriksa keaslian dan status dokumen.";

/** A letter with the kecamatan/kelurahan letterhead (kop surat), body, signature block and QR. */
export function renderLetter(spec: LetterSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 48, left: 64, right: 64 },
    info: { Title: spec.title, Author: "SIGAP Medan Marelan" },
  });
  const width = doc.page.width - 128;
  doc.font("Helvetica-Bold").fontSize(12).text("PEMERINTAH KOTA MEDAN", { align: "center" });
  if (spec.letterhead.parentName) doc.text(spec.letterhead.parentName.toUpperCase(), { align: "center" });
  doc.fontSize(14).text(spec.letterhead.unitName.toUpperCase(), { align: "center" });
  doc.font("Helvetica").fontSize(9).text(spec.letterhead.address, { align: "center" });
  const y = doc.y + 6;
  doc
    .moveTo(64, y)
    .lineTo(64 + width, y)
    .lineWidth(2)
    .stroke();
  doc
    .moveTo(64, y + 3)
    .lineTo(64 + width, y + 3)
    .lineWidth(0.5)
    .stroke();
  doc.y = y + 18;
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .text(spec.title.toUpperCase(), { align: "center", underline: true });
  doc.font("Helvetica").fontSize(11).text(`Nomor: ${spec.number}`, { align: "center" });
  doc.moveDown(1.2);
  for (const p of spec.paragraphs.slice(0, 1)) doc.text(p, { align: "justify" }).moveDown(0.6);
  for (const f of spec.fields) {
    const top = doc.y;
    doc.text(f.label, 88, top, { width: 150 });
    const labelBottom = doc.y;
    doc.text(`: ${f.value}`, 240, top, { width: width - 176 });
    doc.y = Math.max(labelBottom, doc.y) + 2;
  }
  doc.x = 64;
  doc.moveDown(0.6);
  for (const p of spec.paragraphs.slice(1)) doc.text(p, 64, doc.y, { align: "justify", width }).moveDown(0.6);
  if (spec.closing) doc.text(spec.closing, 64, doc.y, { width }).moveDown(0.6);

  const blockTop = Math.min(doc.y + 10, doc.page.height - 260);
  const signX = 64 + width - 220;
  doc.text(`${spec.place}, ${spec.dateText}`, signX, blockTop, { width: 220 });
  doc.font("Helvetica-Bold").text(spec.signer.title, signX, doc.y, { width: 220 });
  doc.image(spec.qrPng, 64, blockTop, { width: 96 });
  doc
    .font("Helvetica")
    .fontSize(8)
    .text(QR_NOTE, 64, blockTop + 100, { width: 200 });
  doc
    .fontSize(11)
    .font("Helvetica-Bold")
    .text(spec.signer.name, signX, blockTop + 80, { width: 220, underline: true });
  doc.font("Helvetica").text(`NIP ${spec.signer.nip}`, signX, doc.y, { width: 220 });
  if (spec.footnote) doc.fontSize(8).text(spec.footnote, 64, doc.page.height - 80, { width });
  return collect(doc);
}

export type CertificateSpec = {
  title: string;
  number?: string;
  recipientName: string;
  recipientNip?: string;
  courseTitle: string;
  statement?: string;
  dateText: string;
  jp?: number;
  issuerName: string;
  place?: string;
  signer: Signer;
  qrPng: Buffer;
};

/** A landscape certificate (training completion or award) with a QR to its verification page. */
export function renderCertificate(spec: CertificateSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 48,
    info: { Title: spec.title, Author: "SIGAP Medan Marelan" },
  });
  const w = doc.page.width;
  const h = doc.page.height;
  doc
    .rect(24, 24, w - 48, h - 48)
    .lineWidth(3)
    .stroke("#0b4f8a");
  doc
    .rect(32, 32, w - 64, h - 64)
    .lineWidth(0.8)
    .stroke("#0b4f8a");
  doc
    .fillColor("#000")
    .font("Helvetica-Bold")
    .fontSize(12)
    .text("PEMERINTAH KOTA MEDAN", 48, 56, { align: "center", width: w - 96 });
  doc.text(spec.issuerName.toUpperCase(), { align: "center", width: w - 96 });
  doc.moveDown(1);
  doc
    .fontSize(28)
    .fillColor("#0b4f8a")
    .text(spec.title.toUpperCase(), { align: "center", width: w - 96 });
  doc.fillColor("#000").font("Helvetica").fontSize(11);
  if (spec.number) doc.text(`Nomor: ${spec.number}`, { align: "center", width: w - 96 });
  doc
    .moveDown(1)
    .fontSize(13)
    .text("diberikan kepada", { align: "center", width: w - 96 });
  doc
    .moveDown(0.4)
    .font("Helvetica-Bold")
    .fontSize(22)
    .text(spec.recipientName, { align: "center", width: w - 96 });
  if (spec.recipientNip)
    doc
      .font("Helvetica")
      .fontSize(12)
      .text(`NIP ${spec.recipientNip}`, { align: "center", width: w - 96 });
  doc
    .moveDown(0.6)
    .font("Helvetica")
    .fontSize(13)
    .text(spec.statement ?? "atas keikutsertaan dan kelulusannya dalam", { align: "center", width: w - 96 });
  doc
    .moveDown(0.3)
    .font("Helvetica-Bold")
    .fontSize(16)
    .text(spec.courseTitle, { align: "center", width: w - 96 });
  doc.font("Helvetica").fontSize(12);
  const meta = [spec.dateText, spec.jp !== undefined ? `${spec.jp} JP` : null].filter(Boolean).join(" · ");
  doc.moveDown(0.3).text(meta, { align: "center", width: w - 96 });

  const bottom = h - 170;
  doc.image(spec.qrPng, 64, bottom, { width: 90 });
  doc.fontSize(7).text(QR_NOTE, 64, bottom + 94, { width: 220 });
  const signX = w - 64 - 240;
  doc
    .fontSize(11)
    .text(`${spec.place ?? "Medan"}, ${spec.dateText}`, signX, bottom - 10, { width: 240, align: "center" });
  doc.font("Helvetica-Bold").text(spec.signer.title, signX, doc.y, { width: 240, align: "center" });
  doc.text(spec.signer.name, signX, bottom + 70, { width: 240, align: "center", underline: true });
  doc.font("Helvetica").text(`NIP ${spec.signer.nip}`, signX, doc.y, { width: 240, align: "center" });
  return collect(doc);
}
