import type { Calendar } from "../../platform/calendar";
import { maskNik } from "../../platform/identifiers";
import { type SlaState, slaState } from "./domain/sla";
import { INTERNAL_COMPONENTS, PUBLIC_COMPONENTS } from "./domain/standard";
import { isFinal, type Status } from "./domain/workflow";
import type { RequestRow, ServiceRow } from "./services.repository";

/**
 * Rows → output shapes (ARCHITECTURE §2: never return raw rows, so a new column cannot leak). Status names in
 * Bahasa Indonesia for messages and errors; pages use the i18n catalogue.
 */
export const STATUS_LABEL: Record<Status, string> = {
  DIAJUKAN: "Diajukan",
  DIVERIFIKASI: "Diverifikasi",
  DIPROSES: "Diproses",
  MENUNGGU_TTD: "Menunggu tanda tangan",
  SELESAI: "Selesai",
  PERLU_PERBAIKAN: "Perlu perbaikan",
  DITOLAK: "Ditolak",
  DIBATALKAN: "Dibatalkan",
};

export const issuingUnitOf = (s: ServiceRow) =>
  s.level === "kecamatan"
    ? "Kecamatan Medan Marelan (loket PATEN)"
    : s.needsCamat
      ? "Kelurahan tempat tinggal pemohon, dikuatkan Camat Medan Marelan"
      : "Kelurahan tempat tinggal pemohon";

export function presentService(s: ServiceRow, opts: { internal: boolean }) {
  const components = opts.internal ? [...PUBLIC_COMPONENTS, ...INTERNAL_COMPONENTS] : PUBLIC_COMPONENTS;
  return {
    code: s.code,
    name: s.name,
    summary: s.summary,
    level: s.level as "kelurahan" | "kecamatan",
    issuingUnit: issuingUnitOf(s),
    slaDays: s.slaDays,
    fee: s.fee,
    legalBasis: s.legalBasis,
    isActive: s.isActive,
    producesDocument: s.producesDocument,
    standard: Object.fromEntries(components.map((k) => [k, s.standard[k] ?? ""])) as Record<string, string>,
  };
}

export function presentServiceDetail(s: ServiceRow, opts: { internal: boolean }) {
  return {
    ...presentService(s, opts),
    fields: s.fields.map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      required: f.required,
      hint: f.hint ?? null,
      options: f.options ?? null,
    })),
    documents: s.documents.map((d) => ({
      key: d.key,
      label: d.label,
      required: d.required,
      hint: d.hint ?? null,
    })),
  };
}

export const slaOf = (
  cal: Calendar,
  r: Pick<RequestRow, "status" | "dueDate" | "finishedOn">,
  today: string,
): SlaState =>
  slaState(
    cal,
    {
      dueDate: r.dueDate,
      isOpen: !isFinal(r.status),
      isPaused: r.status === "PERLU_PERBAIKAN",
      finishedOn: r.finishedOn,
    },
    today,
  );

export type HistoryRow = {
  at: Date;
  fromStatus: string | null;
  toStatus: string;
  event: string;
  note: string | null;
  actorName: string;
};

/** What the citizen sees: no officer names, no NIK, no internal notes beyond the reasons they need. */
export function presentPublicRequest(
  r: RequestRow,
  service: ServiceRow,
  history: HistoryRow[],
  sla: SlaState,
  document: { url: string; verifyUrl: string; number: string | null; status: string } | null,
) {
  const reasons = new Set(["correctionRequested", "rejected", "returned", "documentRevoked"]);
  return {
    reference: r.reference,
    service: { code: service.code, name: service.name },
    status: r.status as Status,
    statusLabel: STATUS_LABEL[r.status as Status],
    submittedOn: r.submittedOn,
    dueDate: r.dueDate,
    sla: sla.kind,
    correctionNote: r.status === "PERLU_PERBAIKAN" ? r.correctionNote : null,
    nib: r.nib,
    timeline: history.map((h) => ({
      at: h.at.toISOString(),
      status: h.toStatus as Status,
      event: h.event,
      note: reasons.has(h.event) ? h.note : null,
    })),
    document,
  };
}

export function presentStaffRequest(
  r: RequestRow,
  service: ServiceRow,
  history: HistoryRow[],
  sla: SlaState,
  document: { url: string; verifyUrl: string; number: string | null; status: string } | null,
  extra: { assignedName: string | null },
) {
  return {
    ...presentPublicRequest(r, service, history, sla, document),
    id: r.id,
    version: r.version,
    stage: r.stage,
    channel: r.channel,
    applicant: {
      nikMasked: maskNik(r.applicantNik),
      name: r.applicantName,
      phone: r.applicantPhone,
      email: r.applicantEmail,
      address: r.applicantAddress,
      kelurahan: r.applicantKelurahan,
    },
    fields: r.answers,
    assignedTo: r.assignedTo ? { id: r.assignedTo, name: extra.assignedName } : null,
    correctionNote: r.correctionNote,
    timeline: history.map((h) => ({
      at: h.at.toISOString(),
      status: h.toStatus as Status,
      event: h.event,
      note: h.note,
      by: h.actorName,
    })),
  };
}
