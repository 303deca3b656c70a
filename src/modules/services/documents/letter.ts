import type { Tx } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { addDays } from "../../../platform/calendar";
import { issueDocument, renderLetter } from "../../../platform/documents";
import type { Deps } from "../../../platform/http/context";
import { formatDate, formatRupiah } from "../../../platform/i18n/format";
import { BUSINESS_FIELDS, businessFromAnswers } from "../domain/business";
import type { FieldDef } from "../domain/fields";
import { fillTemplate, type TemplateData } from "../domain/template";
import type { OfficeRow, RequestRow, ServiceRow } from "../services.repository";

export type Signer = { name: string; nip: string; title: string };

const SCALE_LABEL: Record<string, string> = {
  mikro: "mikro",
  kecil: "kecil",
  menengah: "menengah",
  besar: "besar",
};

/** An answer as it reads in a letter: option labels, Indonesian dates, rupiah. */
export function displayAnswer(def: FieldDef, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  switch (def.type) {
    case "select":
      return def.options?.find((o) => o.value === value)?.label ?? value;
    case "date":
      return formatDate(value);
    case "money":
      return formatRupiah(Number(value));
    default:
      return value;
  }
}

export function templateData(
  request: RequestRow,
  service: ServiceRow,
  office: OfficeRow,
  signerTitle: string,
  kelurahanName: string,
): TemplateData {
  const data: TemplateData = {
    "applicant.name": request.applicantName,
    "applicant.nik": request.applicantNik,
    "applicant.address": request.applicantAddress,
    "applicant.kelurahan": kelurahanName,
    "office.name": office.letterheadName,
    "signer.title": signerTitle,
    "request.reference": request.reference,
  };
  for (const def of service.fields) data[`fields.${def.key}`] = displayAnswer(def, request.answers[def.key]);
  const business = businessFromAnswers(request.answers);
  if (business) data["business.scale"] = SCALE_LABEL[business.scale];
  return data;
}

export type LetterInput = {
  request: RequestRow;
  service: ServiceRow;
  /** The office that signs last: its letterhead heads the letter. */
  office: OfficeRow;
  signer: Signer;
  number: string;
  issuedOn: string;
  kelurahanName: string;
};

/** The letter of a finished request (SPEC §3.4): letterhead, number, the applicant's data, signer, QR. */
export function renderRequestLetter(input: LetterInput, qrPng: Buffer): Promise<Buffer> {
  const { request, service, office, signer } = input;
  const filled = fillTemplate(
    service.template,
    templateData(request, service, office, signer.title, input.kelurahanName),
  );
  const paragraphs = [...filled.paragraphs];
  if (request.countersign) {
    const c = request.countersign;
    paragraphs.push(
      `Surat pernyataan ahli waris tersebut telah disaksikan dan dikuatkan oleh ${c.title}, ${c.name}, NIP ${c.nip}, pada tanggal ${formatDate(c.on)}.`,
    );
  }
  return renderLetter({
    letterhead: {
      unitName: office.letterheadName,
      parentName: office.letterheadParent ?? undefined,
      address: office.address,
    },
    title: filled.title,
    number: input.number,
    paragraphs,
    fields: filled.fields,
    closing: filled.closing,
    place: office.place,
    dateText: formatDate(input.issuedOn),
    signer,
    qrPng,
    footnote: `Nomor permohonan ${request.reference}. ${service.validityDays ? `Berlaku sampai ${formatDate(addDays(input.issuedOn, service.validityDays))}.` : ""}`,
  });
}

/** What the public verification page shows besides name and number (no NIK, no private answers). */
function keyFacts(input: LetterInput) {
  const facts = [
    { label: "Jenis layanan", value: input.service.name },
    { label: "Nomor permohonan", value: input.request.reference },
  ];
  const businessName = input.request.answers[BUSINESS_FIELDS.name];
  if (businessName) facts.push({ label: "Nama usaha", value: businessName });
  if (input.request.countersign)
    facts.push({
      label: "Dikuatkan oleh",
      value: `${input.request.countersign.title}, ${input.request.countersign.name}`,
    });
  return facts;
}

/** Issues the letter inside the signing transaction (platform documents: row, QR, PDF, audit). */
export function issueRequestLetter(
  tx: Tx,
  actor: Actor,
  deps: Pick<Deps, "config" | "secret">,
  input: LetterInput,
) {
  return issueDocument(
    tx,
    actor,
    deps,
    {
      kind: "surat",
      title: fillTemplate(input.service.template, {}).title,
      number: input.number,
      subjectName: input.request.applicantName,
      subjectNik: input.request.applicantNik,
      issuerName: input.office.letterheadName,
      unitPath: input.request.unitPath,
      signerName: input.signer.name,
      signerNip: input.signer.nip,
      signerTitle: input.signer.title,
      issuedOn: input.issuedOn,
      validUntil: input.service.validityDays ? addDays(input.issuedOn, input.service.validityDays) : null,
      keyFacts: keyFacts(input),
      sourceEntity: "service_request",
      sourceId: input.request.id,
    },
    ({ qrPng }) => renderRequestLetter(input, qrPng),
  );
}
