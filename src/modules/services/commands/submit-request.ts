import { eq, sql } from "drizzle-orm";
import { type Executor, queryRows, type Tx } from "../../../db/client";
import { audit, canonicalJson } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, type FieldError, textIssue } from "../../../platform/errors";
import { sha256 } from "../../../platform/hash";
import type { Deps } from "../../../platform/http/context";
import { IDEMPOTENCY_KEY } from "../../../platform/http/idempotency";
import { idempotencyKeys } from "../../../platform/http/idempotency-schema";
import { formatDate } from "../../../platform/i18n/format";
import { queueNotification } from "../../../platform/outbox/outbox";
import { businessFromAnswers } from "../domain/business";
import { validateAnswers, validateApplicant, validateDocumentModes } from "../domain/fields";
import { newPin, newReference, pinHash } from "../domain/reference";
import { dueDateOf } from "../domain/sla";
import {
  serviceBusinesses,
  serviceRequestAttachments,
  serviceRequestHistory,
  serviceRequests,
} from "../schema";
import { seal, unseal } from "../sealed";
import {
  findServiceByCode,
  kelurahanOptions,
  listOffices,
  nextOfficer,
  officeFor,
} from "../services.repository";
import { citizenActor, clockOf, trackingLink } from "./context";

export type StoredUpload = { key: string; sha256: string; mime: string; size: number };

export type SubmitInput = {
  serviceCode: string;
  applicant: Record<string, unknown>;
  fields: Record<string, unknown>;
  /** Per required document: "bawa" (original at the counter) or "unggah" (then a file must be in uploads). */
  documents: Record<string, unknown>;
  uploads: StoredUpload[];
  channel: "web" | "loket" | "kios" | "api";
  /** A client's Idempotency-Key (API) or the form's hidden token (pages): a retry returns the first answer. */
  idempotencyKey: string | null;
};

export type SubmitResult = {
  requestId: string;
  reference: string;
  pin: string;
  status: "DIAJUKAN";
  dueDate: string;
  /** True when this answer is the stored one of an earlier identical submission. */
  replayed: boolean;
};

type StoredAnswer = {
  requestId: string;
  reference: string;
  sealedPin: string;
  dueDate: string;
  fingerprint: string;
};

// Stored idempotency keys are hashes: the raw key is what unlocks the sealed PIN.
const idemRow = (key: string) => `svc-submit:${sha256(key)}`;
const pinLabel = (key: string) => `svc-submit-pin:${key}`;

/** Checks everything that can be checked without writing; throws 422 naming every bad field. */
export async function checkSubmission(db: Executor, input: SubmitInput, today: string) {
  const service = await findServiceByCode(db, input.serviceCode);
  if (!service?.isActive) {
    throw new AppError("UNPROCESSABLE", "Layanan tidak ditemukan atau sedang tidak dibuka.", {
      issues: [{ field: "serviceCode", key: "Pilih layanan yang tersedia di katalog." }],
    });
  }
  const offices = await listOffices(db);
  const applicant = validateApplicant(input.applicant, kelurahanOptions(offices));
  const answers = validateAnswers(service.fields, input.fields, today);
  const known = new Set(service.documents.map((d) => d.key));
  const errors: FieldError[] = [...applicant.errors, ...answers.errors];
  for (const u of input.uploads) {
    if (!known.has(u.key))
      errors.push({ field: `documents.${u.key}`, message: "Dokumen ini tidak diminta untuk layanan ini." });
  }
  const docs = validateDocumentModes(
    service.documents,
    input.documents,
    new Set(input.uploads.map((u) => u.key)),
  );
  errors.push(...docs.errors);
  if (errors.length || !applicant.value)
    throw new AppError("UNPROCESSABLE", "Periksa kembali isian Anda.", { issues: errors.map(textIssue) });
  const office = officeFor(offices, service.level as "kelurahan" | "kecamatan", applicant.value.kelurahan);
  if (!office) {
    throw new AppError("UNPROCESSABLE", "Kantor pelayanan untuk kelurahan Anda belum tersedia.", {
      issues: [{ field: "applicant.kelurahan", key: "Kantor pelayanan untuk kelurahan ini belum tersedia." }],
    });
  }
  return { service, office, offices, applicant: applicant.value, answers: answers.values, modes: docs.modes };
}

/** What makes two submissions "the same" for an idempotency key. */
function fingerprintOf(input: SubmitInput): string {
  return sha256(
    canonicalJson({
      s: input.serviceCode,
      a: input.applicant,
      f: input.fields,
      d: input.documents,
      u: input.uploads.map((u) => [u.key, u.sha256]).sort(),
    }),
  );
}

async function storedAnswer(db: Executor, key: string): Promise<StoredAnswer | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.key, idemRow(key)));
  return row && row.status === 201 ? (row.body as StoredAnswer) : null;
}

function replay(
  deps: Pick<Deps, "secret">,
  key: string,
  stored: StoredAnswer,
  fingerprint: string,
): SubmitResult {
  if (stored.fingerprint !== fingerprint) {
    throw new AppError(
      "CONFLICT",
      "Kunci idempotensi ini sudah dipakai untuk permohonan lain. Gunakan kunci baru untuk permohonan baru.",
    );
  }
  const pin = unseal(deps.secret, pinLabel(key), stored.sealedPin);
  if (!pin) throw new AppError("CONFLICT", "Permohonan dengan kunci ini sudah tercatat.");
  return {
    requestId: stored.requestId,
    reference: stored.reference,
    pin,
    status: "DIAJUKAN",
    dueDate: stored.dueDate,
    replayed: true,
  };
}

/**
 * Files a request (SPEC §3.4): validated in full before anything is written, then one transaction writes
 * the idempotency key first, the request, its documents, business data, history, audit and messages.
 * Ten identical submissions at once give one request: on PostgreSQL the other inserts of the same key wait
 * for the first to commit and then find its answer; the PIN of that answer is sealed under the client's key.
 */
export async function submitRequest(
  deps: Pick<Deps, "db" | "secret" | "now">,
  actor: Actor | null,
  input: SubmitInput,
): Promise<SubmitResult> {
  const fingerprint = fingerprintOf(input);
  const key = input.idempotencyKey;
  if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
    throw new AppError("BAD_REQUEST", "idempotency.malformed");
  }
  if (key) {
    const earlier = await storedAnswer(deps.db, key);
    if (earlier) return replay(deps, key, earlier, fingerprint);
  }
  const { cal, today } = await clockOf(deps.db, deps.now());
  const checked = await checkSubmission(deps.db, input, today);
  const { service, office, applicant, answers, modes } = checked;
  const dueDate = dueDateOf(cal, today, service.slaDays, [])!;
  const who = actor ?? citizenActor();
  const pin = newPin();

  const outcome = await deps.db.transaction(async (tx): Promise<SubmitResult | { taken: true }> => {
    if (key) {
      const claimed = await tx
        .insert(idempotencyKeys)
        .values({ key: idemRow(key), status: 0, body: {} })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (claimed.length === 0) return { taken: true };
    }
    const reference = await insertWithFreshReference(tx, today, (ref) => ({
      reference: ref,
      pinHash: pinHash(deps.secret, ref, pin),
      serviceId: service.id,
      officeId: office.id,
      unitPath: office.unitPath,
      currentUnitPath: office.unitPath,
      stage: service.level as "kelurahan" | "kecamatan",
      status: "DIAJUKAN",
      channel: input.channel,
      filedBy: actor?.userId ?? null,
      applicantNik: applicant.nik,
      applicantName: applicant.name,
      applicantPhone: applicant.phone,
      applicantEmail: applicant.email,
      applicantAddress: applicant.address,
      applicantKelurahan: applicant.kelurahan,
      answers,
      submittedOn: today,
      slaDays: service.slaDays,
      dueDate,
    }));
    const requestId = reference.id;
    const officer = await nextOfficer(tx, office.id, office.unitPath);
    if (officer)
      await tx
        .update(serviceRequests)
        .set({ assignedTo: officer.id })
        .where(eq(serviceRequests.id, requestId));

    const docRows = service.documents
      .filter((d) => modes[d.key])
      .map((d) => {
        const up = input.uploads.find((u) => u.key === d.key);
        return {
          requestId,
          docKey: d.key,
          mode: modes[d.key]!,
          fileSha256: up?.sha256 ?? null,
          mime: up?.mime ?? null,
          size: up?.size ?? null,
        };
      });
    if (docRows.length) await tx.insert(serviceRequestAttachments).values(docRows);

    const business = service.businessKind ? businessFromAnswers(answers) : null;
    if (business) {
      await tx.insert(serviceBusinesses).values({
        requestId,
        unitPath: office.unitPath,
        kelurahan: applicant.kelurahan,
        ownerName: applicant.name,
        ...business,
        searchText:
          `${business.businessName} ${business.activity} ${applicant.name} ${business.kbli ?? ""}`.toLowerCase(),
      });
    }
    await tx.insert(serviceRequestHistory).values({
      requestId,
      fromStatus: null,
      toStatus: "DIAJUKAN",
      event: input.channel === "loket" ? "filedAtCounter" : "submitted",
      actorUserId: actor?.userId ?? null,
      actorName: actor?.displayName ?? "Pemohon",
    });
    await audit(tx, who, {
      action: "service_request.submit",
      entity: "service_request",
      entityId: requestId,
      unitPath: office.unitPath,
      after: {
        reference: reference.reference,
        service: service.code,
        channel: input.channel,
        status: "DIAJUKAN",
      },
    });
    await queueNotification(
      tx,
      { phone: applicant.phone, email: applicant.email },
      {
        subject: `Permohonan ${reference.reference} diterima`,
        body: `Permohonan ${service.name} Anda telah diterima dengan nomor ${reference.reference}. Perkiraan selesai paling lambat ${formatDate(dueDate)}. Lacak status dengan nomor permohonan dan PIN yang ditampilkan saat pengajuan.`,
        link: trackingLink(reference.reference),
      },
    );
    if (officer) {
      await queueNotification(
        tx,
        { userId: officer.id },
        {
          subject: `Permohonan baru ${reference.reference}`,
          body: `${service.name} menunggu verifikasi Anda.`,
          link: `/staf/layanan/permohonan/${requestId}`,
        },
      );
    }
    const result: SubmitResult = {
      requestId,
      reference: reference.reference,
      pin,
      status: "DIAJUKAN",
      dueDate,
      replayed: false,
    };
    if (key) {
      const body: StoredAnswer = {
        requestId,
        reference: reference.reference,
        sealedPin: seal(deps.secret, pinLabel(key), pin),
        dueDate,
        fingerprint,
      };
      await tx
        .update(idempotencyKeys)
        .set({ status: 201, body })
        .where(eq(idempotencyKeys.key, idemRow(key)));
    }
    return result;
  });

  if ("taken" in outcome) {
    // Another submission with this key committed first: answer with its result.
    const earlier = await storedAnswer(deps.db, key!);
    if (!earlier) throw new AppError("CONFLICT", "Permohonan yang sama sedang diproses. Coba lagi sebentar.");
    return replay(deps, key!, earlier, fingerprint);
  }
  return outcome;
}

/** Inserts with a random reference; a (rare) collision is retried without aborting the transaction. */
async function insertWithFreshReference(
  tx: Tx,
  today: string,
  values: (reference: string) => typeof serviceRequests.$inferInsert,
): Promise<{ id: string; reference: string }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const ref = newReference(today);
    const [row] = await tx
      .insert(serviceRequests)
      .values(values(ref))
      .onConflictDoNothing({ target: serviceRequests.reference })
      .returning({ id: serviceRequests.id, reference: serviceRequests.reference });
    if (row) return row;
  }
  const [n] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_requests`);
  throw new Error(`no free reference after 20 attempts (${n?.n} requests)`);
}
