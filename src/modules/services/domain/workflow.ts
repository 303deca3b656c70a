import type { requestStatuses } from "../schema";

/**
 * The request workflow of SPEC §3.4 as one pure table:
 *
 *   DIAJUKAN → DIVERIFIKASI → DIPROSES → MENUNGGU_TTD → SELESAI
 *   PERLU_PERBAIKAN (back to the citizen with a reason; the SLA clock pauses, SPEC §4.5), DITOLAK (reason
 *   required), DIBATALKAN (by the citizen).
 *
 * Who may move a request is a capacity, not a role: the applicant holding the PIN ("pemohon"), an officer
 * whose scope covers the unit now working the request ("petugas"), or a leader of that unit who signs
 * ("penandatangan"). The policy decides which capacities an actor has; this table decides what each may do.
 */
export type Status = (typeof requestStatuses)[number];
export type Capacity = "pemohon" | "petugas" | "penandatangan";
export type Stage = "kelurahan" | "kecamatan";

export const OPEN_STATUSES: readonly Status[] = [
  "DIAJUKAN",
  "DIVERIFIKASI",
  "DIPROSES",
  "MENUNGGU_TTD",
  "PERLU_PERBAIKAN",
];
export const FINAL_STATUSES: readonly Status[] = ["SELESAI", "DITOLAK", "DIBATALKAN"];
/** Statuses whose SLA clock runs (PERLU_PERBAIKAN waits on the citizen). */
export const RUNNING_STATUSES: readonly Status[] = ["DIAJUKAN", "DIVERIFIKASI", "DIPROSES", "MENUNGGU_TTD"];

export const isFinal = (s: string) => (FINAL_STATUSES as readonly string[]).includes(s);

export type WorkflowContext = {
  /** Kelurahan letters that the camat signs too (e.g. ahli waris). */
  needsCamat: boolean;
  stage: Stage;
  /** Services without an output document (NIB assistance) finish without a signature. */
  producesDocument: boolean;
};

/** What happened, as a message key for the timeline ("services.event.<event>"). */
export type WorkflowEvent =
  | "verified"
  | "processing"
  | "toSign"
  | "signed"
  | "escalated"
  | "completed"
  | "correctionRequested"
  | "resubmitted"
  | "rejected"
  | "cancelled"
  | "returned";

type Rule = {
  from: Status;
  to: Status;
  by: Capacity;
  event: WorkflowEvent;
  noteRequired?: boolean;
  /** Extra condition on the request (e.g. only services with a document go to signature). */
  when?: (ctx: WorkflowContext) => boolean;
};

const withDocument = (ctx: WorkflowContext) => ctx.producesDocument;
const withoutDocument = (ctx: WorkflowContext) => !ctx.producesDocument;

export const TRANSITIONS: readonly Rule[] = [
  { from: "DIAJUKAN", to: "DIVERIFIKASI", by: "petugas", event: "verified" },
  {
    from: "DIAJUKAN",
    to: "PERLU_PERBAIKAN",
    by: "petugas",
    event: "correctionRequested",
    noteRequired: true,
  },
  { from: "DIAJUKAN", to: "DITOLAK", by: "petugas", event: "rejected", noteRequired: true },
  { from: "DIAJUKAN", to: "DIBATALKAN", by: "pemohon", event: "cancelled" },
  { from: "DIVERIFIKASI", to: "DIPROSES", by: "petugas", event: "processing" },
  {
    from: "DIVERIFIKASI",
    to: "PERLU_PERBAIKAN",
    by: "petugas",
    event: "correctionRequested",
    noteRequired: true,
  },
  { from: "DIVERIFIKASI", to: "DITOLAK", by: "petugas", event: "rejected", noteRequired: true },
  { from: "DIVERIFIKASI", to: "DIBATALKAN", by: "pemohon", event: "cancelled" },
  { from: "DIPROSES", to: "MENUNGGU_TTD", by: "petugas", event: "toSign", when: withDocument },
  { from: "DIPROSES", to: "SELESAI", by: "petugas", event: "completed", when: withoutDocument },
  {
    from: "DIPROSES",
    to: "PERLU_PERBAIKAN",
    by: "petugas",
    event: "correctionRequested",
    noteRequired: true,
  },
  { from: "DIPROSES", to: "DITOLAK", by: "petugas", event: "rejected", noteRequired: true },
  { from: "DIPROSES", to: "DIBATALKAN", by: "pemohon", event: "cancelled" },
  // The signer signs ("to SELESAI"); on a letter that still needs the camat, signing sends it up a level.
  { from: "MENUNGGU_TTD", to: "SELESAI", by: "penandatangan", event: "signed" },
  { from: "MENUNGGU_TTD", to: "DIPROSES", by: "penandatangan", event: "returned", noteRequired: true },
  { from: "MENUNGGU_TTD", to: "DITOLAK", by: "penandatangan", event: "rejected", noteRequired: true },
  { from: "PERLU_PERBAIKAN", to: "DIAJUKAN", by: "pemohon", event: "resubmitted" },
  { from: "PERLU_PERBAIKAN", to: "DIBATALKAN", by: "pemohon", event: "cancelled" },
  { from: "PERLU_PERBAIKAN", to: "DITOLAK", by: "petugas", event: "rejected", noteRequired: true },
];

export type Plan = {
  ok: true;
  /** The status after the transition (MENUNGGU_TTD again when a signature sends the letter up a level). */
  status: Status;
  stage: Stage;
  event: WorkflowEvent;
  /**
   * SLA clock (SPEC §4.5): pause while the request waits on the citizen, resume when it comes back, stop when
   * the request is closed. Leaving PERLU_PERBAIKAN always closes the open pause.
   */
  clock: "pause" | "resume" | "run" | "stop";
  /** A signature that finishes the request: number and issue the document. */
  issuesDocument: boolean;
};

export type Refusal = {
  ok: false;
  /** final: the request is closed; illegal: no such step from here; notAllowed: not this actor's step. */
  reason: "final" | "illegal" | "notAllowed" | "noteRequired";
};

export function planTransition(
  from: Status,
  to: Status,
  capacities: readonly Capacity[],
  ctx: WorkflowContext,
  note: string | null | undefined,
): Plan | Refusal {
  if (isFinal(from)) return { ok: false, reason: "final" };
  const candidates = TRANSITIONS.filter((r) => r.from === from && r.to === to && (!r.when || r.when(ctx)));
  if (candidates.length === 0) return { ok: false, reason: "illegal" };
  const rule = candidates.find((r) => capacities.includes(r.by));
  if (!rule) return { ok: false, reason: "notAllowed" };
  if (rule.noteRequired && !note?.trim()) return { ok: false, reason: "noteRequired" };

  const escalates = rule.event === "signed" && ctx.needsCamat && ctx.stage === "kelurahan";
  const status: Status = escalates ? "MENUNGGU_TTD" : rule.to;
  const clock: Plan["clock"] =
    status === "PERLU_PERBAIKAN"
      ? "pause"
      : isFinal(status)
        ? "stop"
        : from === "PERLU_PERBAIKAN"
          ? "resume"
          : "run";
  return {
    ok: true,
    status,
    stage: escalates ? "kecamatan" : ctx.stage,
    event: escalates ? "escalated" : rule.event,
    clock,
    issuesDocument: rule.event === "signed" && !escalates,
  };
}

/** The steps an actor with these capacities may take from a status (for the buttons on a page). */
export function availableTransitions(
  from: Status,
  capacities: readonly Capacity[],
  ctx: WorkflowContext,
): { to: Status; event: WorkflowEvent; noteRequired: boolean }[] {
  if (isFinal(from)) return [];
  return TRANSITIONS.filter(
    (r) => r.from === from && capacities.includes(r.by) && (!r.when || r.when(ctx)),
  ).map((r) => ({
    to: r.to,
    event: r.event === "signed" && ctx.needsCamat && ctx.stage === "kelurahan" ? "escalated" : r.event,
    noteRequired: !!r.noteRequired,
  }));
}
