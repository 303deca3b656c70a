import { eq, sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import type { Calendar, Pause } from "../../../platform/calendar";
import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { formatDate } from "../../../platform/i18n/format";
import { queueNotification } from "../../../platform/outbox/outbox";
import { issueRequestLetter, type Signer } from "../documents/letter";
import { formatLetterNumber } from "../domain/numbering";
import { can, capacitiesOf } from "../domain/policy";
import { dueDateOf } from "../domain/sla";
import { type Capacity, planTransition, type Stage, type Status } from "../domain/workflow";
import { STATUS_LABEL } from "../presenters";
import { serviceBusinesses, serviceRequestHistory, serviceRequests } from "../schema";
import {
  closestLeaders,
  findServiceById,
  kecamatanOfficeAbove,
  kelurahanOptions,
  listOffices,
  lockRequest,
  type OfficeRow,
  type RequestRow,
  userNip,
} from "../services.repository";
import { citizenActor, clockOf, trackingLink } from "./context";

/** Who moves the request: a signed-in officer, or the applicant who proved the PIN. */
export type Mover = { kind: "staff"; actor: Actor } | { kind: "pemohon"; ip?: string };

export type TransitionInput = {
  requestId: string;
  to: Status;
  note?: string | null;
  /** The version the officer saw; a newer one means someone else acted first (409). */
  version?: number | null;
  /** NIB assistance: the NIB the citizen obtained from OSS (13 digits). */
  nib?: string | null;
  /** Citizen resubmission: the corrected answers (already validated). */
  answers?: Record<string, string>;
};

const REFUSAL: Record<string, string> = {
  noteRequired: "Tulis alasan atau catatan untuk langkah ini.",
};

/** Pauses while waiting on the citizen: the open one is closed on `today` when the request comes back. */
function closePauses(pauses: Pause[], today: string): Pause[] {
  return pauses.map((p) => (p.to === null ? { from: p.from, to: today } : p));
}

/**
 * One workflow step (SPEC §3.4) in one transaction: the row is locked, the stale check and the pure workflow
 * table decide, then state, history, audit and the outbox message commit together. A signature that
 * finishes the request numbers and issues the letter in the same transaction, so a number is never lost
 * or given twice.
 */
export async function transitionRequest(
  deps: Pick<Deps, "db" | "config" | "secret" | "now">,
  mover: Mover,
  input: TransitionInput,
): Promise<RequestRow> {
  const { cal, today } = await clockOf(deps.db, deps.now());
  const offices = await listOffices(deps.db);
  return deps.db.transaction((tx) => applyTransition(tx, deps, mover, input, { cal, today, offices }));
}

export async function applyTransition(
  tx: Tx,
  deps: Pick<Deps, "config" | "secret" | "now">,
  mover: Mover,
  input: TransitionInput,
  env: { cal: Calendar; today: string; offices: OfficeRow[] },
): Promise<RequestRow> {
  const { cal, today, offices } = env;
  const request = await lockRequest(tx, input.requestId);
  const actor = mover.kind === "staff" ? mover.actor : citizenActor(mover.ip);
  if (!request || (mover.kind === "staff" && !can(actor, "read", request))) {
    throw new AppError("NOT_FOUND", "Permohonan tidak ditemukan.");
  }
  const service = (await findServiceById(tx, request.serviceId))!;
  if (input.version != null && input.version !== request.version) {
    throw new AppError(
      "CONFLICT",
      `Permohonan ini baru saja diubah (status sekarang: ${STATUS_LABEL[request.status as Status]}). Muat ulang halaman untuk melihat keadaan terbaru.`,
    );
  }
  const capacities: Capacity[] = mover.kind === "pemohon" ? ["pemohon"] : capacitiesOf(actor, request);
  const from = request.status as Status;
  const plan = planTransition(
    from,
    input.to,
    capacities,
    {
      needsCamat: service.needsCamat,
      stage: request.stage as Stage,
      producesDocument: service.producesDocument,
    },
    input.note,
  );
  if (!plan.ok) {
    switch (plan.reason) {
      case "final":
        throw new AppError(
          "CONFLICT",
          `Permohonan sudah ${STATUS_LABEL[from].toLowerCase()} dan tidak dapat diubah lagi.`,
        );
      case "illegal":
        throw new AppError(
          "CONFLICT",
          `Langkah dari "${STATUS_LABEL[from]}" ke "${STATUS_LABEL[input.to] ?? input.to}" tidak tersedia.`,
        );
      case "notAllowed":
        throw new AppError("FORBIDDEN", "Anda tidak berwenang melakukan langkah ini pada permohonan ini.");
      case "noteRequired":
        throw new AppError("UNPROCESSABLE", REFUSAL.noteRequired!, {
          issues: [{ field: "note", key: REFUSAL.noteRequired! }],
        });
    }
  }
  const note = input.note?.trim().slice(0, 1000) || null;

  let nib: string | null = null;
  if (service.businessKind === "nib" && plan.status === "SELESAI") {
    nib = (input.nib ?? "").replace(/\s+/g, "");
    if (!/^\d{13}$/.test(nib)) {
      throw new AppError("UNPROCESSABLE", "Catat NIB yang diperoleh dari OSS.", {
        issues: [{ field: "nib", key: "NIB harus 13 digit angka." }],
      });
    }
  }

  // SLA clock (SPEC §4.5).
  let pauses = request.pauses as Pause[];
  if (plan.clock === "pause") pauses = [...pauses, { from: today, to: null }];
  else if (from === "PERLU_PERBAIKAN") pauses = closePauses(pauses, today);
  const dueDate =
    plan.clock === "pause" ? null : dueDateOf(cal, request.submittedOn, request.slaDays, pauses);

  const changes: Partial<typeof serviceRequests.$inferInsert> = {
    status: plan.status,
    stage: plan.stage,
    version: request.version + 1,
    pauses,
    dueDate,
    correctionNote: plan.status === "PERLU_PERBAIKAN" ? note : null,
    updatedAt: new Date(),
  };
  if (input.answers) changes.answers = input.answers;
  // A new due date after a pause deserves its own warning.
  if (plan.clock === "resume") Object.assign(changes, { slaWarnedAt: null, slaBreachedAt: null });
  if (plan.status === "SELESAI" || plan.status === "DITOLAK" || plan.status === "DIBATALKAN") {
    changes.finishedAt = deps.now();
    changes.finishedOn = today;
  }
  if (nib) changes.nib = nib;

  const currentOffice = offices.find((o) => o.unitPath === request.currentUnitPath);
  if (plan.event === "escalated" || plan.issuesDocument) {
    const signer = await signerOf(tx, actor, offices, currentOffice);
    if (plan.event === "escalated") {
      const up = kecamatanOfficeAbove(offices, request.unitPath);
      if (!up) throw new AppError("CONFLICT", "Kantor kecamatan untuk penguatan belum tersedia.");
      changes.currentUnitPath = up.unitPath;
      changes.countersign = { ...signer, on: today };
    } else {
      const office = currentOffice ?? offices.find((o) => o.id === request.officeId)!;
      const number = await nextLetterNumber(tx, service.classificationCode, office.letterCode, today);
      const kelurahanName =
        kelurahanOptions(offices).find((k) => k.value === request.applicantKelurahan)?.label ??
        request.applicantKelurahan;
      const issued = await issueRequestLetter(tx, actor, deps, {
        request: { ...request, answers: input.answers ?? request.answers },
        service,
        office,
        signer,
        number,
        issuedOn: today,
        kelurahanName,
      });
      changes.documentId = issued.id;
      changes.documentNumber = number;
    }
  }

  const [updated] = await tx
    .update(serviceRequests)
    .set(changes)
    .where(eq(serviceRequests.id, request.id))
    .returning();
  if (service.businessKind && plan.status === "SELESAI") {
    await tx
      .update(serviceBusinesses)
      .set({ registeredOn: today, nib, updatedAt: new Date() })
      .where(eq(serviceBusinesses.requestId, request.id));
  }
  await tx.insert(serviceRequestHistory).values({
    requestId: request.id,
    fromStatus: from,
    toStatus: plan.status,
    event: plan.event,
    note,
    actorUserId: mover.kind === "staff" ? actor.userId : null,
    actorName: mover.kind === "staff" ? actor.displayName : "Pemohon",
  });
  await audit(tx, actor, {
    action: `service_request.${plan.event}`,
    entity: "service_request",
    entityId: request.id,
    unitPath: request.unitPath,
    before: { status: from, version: request.version },
    after: {
      status: plan.status,
      stage: plan.stage,
      version: request.version + 1,
      documentNumber: changes.documentNumber ?? undefined,
    },
  });
  await notify(tx, updated!, service.name, plan.event, mover);
  return updated!;
}

/** Name, NIP and title of the signer: the title of the office their signing grant heads. */
async function signerOf(
  tx: Tx,
  actor: Actor,
  offices: OfficeRow[],
  current: OfficeRow | undefined,
): Promise<Signer> {
  const grant = actor.grants
    .filter((g) => g.role === "pimpinan" && current && current.unitPath.startsWith(g.unitPath))
    .sort((a, b) => b.unitPath.length - a.unitPath.length)[0];
  const office =
    (grant &&
      (offices.find((o) => o.unitId === grant.unitId) ??
        offices.find((o) => o.unitKind !== "kelurahan" && o.unitPath.startsWith(grant.unitPath)))) ??
    current;
  return {
    name: actor.displayName,
    nip: (await userNip(tx, actor.userId)) ?? "-",
    title: office?.signerTitle ?? "Pejabat Penandatangan",
  };
}

/**
 * The next number of the office's yearly sequence for this classification. The upsert takes the counter
 * row's lock until the signing transaction ends: concurrent signers queue, a rollback returns the number.
 */
export async function nextLetterNumber(tx: Tx, classification: string, letterCode: string, today: string) {
  const year = Number(today.slice(0, 4));
  const [row] = await queryRows<{ last: number }>(
    tx,
    sql`
    insert into service_number_counters (classification, letter_code, year, last)
    values (${classification}, ${letterCode}, ${year}, 1)
    on conflict (classification, letter_code, year)
    do update set last = service_number_counters.last + 1, updated_at = now()
    returning last`,
  );
  return formatLetterNumber({ classification, sequence: Number(row!.last), letterCode, date: today });
}

const OFFICER_MESSAGE: Partial<Record<string, string>> = {
  resubmitted: "Pemohon telah memperbaiki permohonan.",
  cancelled: "Pemohon membatalkan permohonan.",
  returned: "Penandatangan mengembalikan surat untuk diperbaiki.",
};

const CITIZEN_MESSAGE: Partial<Record<string, string>> = {
  verified: "Berkas permohonan Anda telah diverifikasi dan lengkap.",
  processing: "Permohonan Anda sedang diproses.",
  toSign: "Surat Anda sedang menunggu tanda tangan pejabat.",
  escalated: "Surat Anda telah dikuatkan Lurah dan diteruskan ke Camat untuk ditandatangani.",
  signed: "Surat Anda telah terbit. Unduh melalui halaman lacak permohonan dengan PIN Anda.",
  completed: "Layanan Anda telah selesai.",
  correctionRequested:
    "Permohonan Anda perlu diperbaiki. Buka halaman lacak permohonan untuk melihat catatan petugas.",
  rejected: "Permohonan Anda ditolak. Buka halaman lacak permohonan untuk melihat alasannya.",
  resubmitted: "Perbaikan Anda sudah kami terima dan akan diperiksa kembali.",
  cancelled: "Permohonan Anda telah dibatalkan.",
};

async function notify(tx: Tx, request: RequestRow, serviceName: string, event: string, mover: Mover) {
  const text = CITIZEN_MESSAGE[event];
  if (text) {
    await queueNotification(
      tx,
      { phone: request.applicantPhone, email: request.applicantEmail },
      {
        subject: `Permohonan ${request.reference}: ${STATUS_LABEL[request.status as Status]}`,
        body: `${serviceName}. ${text}${request.dueDate ? ` Batas waktu: ${formatDate(request.dueDate)}.` : ""}`,
        link: trackingLink(request.reference),
      },
    );
  }
  // Leaders of the unit now holding the letter hear that it waits for their signature.
  if (event === "toSign" || event === "escalated") {
    for (const leader of await closestLeaders(tx, request.currentUnitPath)) {
      await queueNotification(
        tx,
        { userId: leader.id },
        {
          subject: `Menunggu tanda tangan: ${request.reference}`,
          body: `${serviceName} menunggu tanda tangan elektronik Anda.`,
          link: `/staf/layanan/permohonan/${request.id}`,
        },
      );
    }
  }
  // The officer hears when the citizen acts (resubmitted or cancelled) or the signer sends a letter back.
  if ((mover.kind === "pemohon" || event === "returned") && request.assignedTo) {
    await queueNotification(
      tx,
      { userId: request.assignedTo },
      {
        subject: `Permohonan ${request.reference}: ${STATUS_LABEL[request.status as Status]}`,
        body: OFFICER_MESSAGE[event] ?? "Status permohonan berubah.",
        link: `/staf/layanan/permohonan/${request.id}`,
      },
    );
  }
}
