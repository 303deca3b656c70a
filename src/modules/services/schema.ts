import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
import { users } from "../../platform/auth/schema";
import { documents } from "../../platform/documents/schema";
import { units } from "../../platform/org/schema";
import type { DocumentRequirement, FieldDef } from "./domain/fields";
import type { Standard } from "./domain/standard";
import type { LetterTemplate } from "./domain/template";

/**
 * An office that issues services (SPEC §3.4): the kecamatan's PATEN counter or a Kantor Lurah. Its letterhead,
 * the code in its letter numbers and its maklumat pelayanan (PermenPANRB 15/2014) are data an admin edits.
 */
export const serviceOffices = pgTable("service_offices", {
  id: id(),
  unitId: uuid("unit_id")
    .notNull()
    .unique()
    .references(() => units.id),
  /** The unit part of a letter number, e.g. "PATEN" in 470/0123/PATEN/XI/2026. */
  letterCode: text("letter_code").notNull(),
  letterheadName: text("letterhead_name").notNull(),
  letterheadParent: text("letterhead_parent"),
  address: text("address").notNull(),
  place: text("place").notNull().default("Medan"),
  /** Title under the signature ("Camat Medan Marelan", "Lurah Terjun"). */
  signerTitle: text("signer_title").notNull(),
  maklumat: text("maklumat").notNull(),
  ...timestamps(),
});

/** The service catalogue with its standar pelayanan (SPEC §3.4, §4.6); fields and documents are data. */
export const serviceTypes = pgTable(
  "service_types",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    summary: text("summary").notNull(),
    /** kelurahan: issued by the applicant's Kantor Lurah; kecamatan: by the PATEN counter. */
    level: text("level").notNull(),
    /** Kelurahan letters that the Camat must also sign (e.g. ahli waris) go up a level. */
    needsCamat: boolean("needs_camat").notNull().default(false),
    /** Micro business flows (SPEC §3.4): sku / iumk feed the UMKM register, nib records the NIB. */
    businessKind: text("business_kind"),
    producesDocument: boolean("produces_document").notNull().default(true),
    /** Classification code of the letter number (tata naskah dinas), e.g. "470". */
    classificationCode: text("classification_code").notNull(),
    slaDays: integer("sla_days").notNull(),
    /** Integer rupiah; kecamatan and kelurahan letters are free. */
    fee: integer("fee").notNull().default(0),
    legalBasis: text("legal_basis").notNull(),
    standard: jsonb("standard").$type<Standard>().notNull(),
    fields: jsonb("fields").$type<FieldDef[]>().notNull(),
    documents: jsonb("documents").$type<DocumentRequirement[]>().notNull(),
    template: jsonb("template").$type<LetterTemplate>().notNull(),
    validityDays: integer("validity_days"),
    isActive: boolean("is_active").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    check("service_types_level_check", sql`${t.level} in ('kelurahan','kecamatan')`),
    check("service_types_business_check", sql`${t.businessKind} in ('sku','iumk','nib')`),
    check("service_types_sla_check", sql`${t.slaDays} between 0 and 60`),
    check("service_types_fee_check", sql`${t.fee} >= 0`),
  ],
);

export const requestStatuses = [
  "DIAJUKAN",
  "DIVERIFIKASI",
  "DIPROSES",
  "MENUNGGU_TTD",
  "SELESAI",
  "PERLU_PERBAIKAN",
  "DITOLAK",
  "DIBATALKAN",
] as const;

/** One application (SPEC §3.4). The NIK is stored whole because officers need it; pages mask it. */
export const serviceRequests = pgTable(
  "service_requests",
  {
    id: id(),
    reference: text("reference").notNull().unique(),
    /** HMAC-SHA256 of reference + PIN with the server key: the PIN itself is never stored. */
    pinHash: text("pin_hash").notNull(),
    serviceId: uuid("service_id")
      .notNull()
      .references(() => serviceTypes.id),
    /** The office that owns the request (kelurahan or PATEN) and its unit path, for scope. */
    officeId: uuid("office_id")
      .notNull()
      .references(() => serviceOffices.id),
    unitPath: text("unit_path").notNull(),
    /** Where the request is being worked now: differs from unit_path once a kelurahan letter goes up to the camat. */
    currentUnitPath: text("current_unit_path").notNull(),
    stage: text("stage").notNull().default("kelurahan"),
    status: text("status").notNull().default("DIAJUKAN"),
    /** Optimistic lock: a transition names the version it saw, so two officers cannot both act on one state. */
    version: integer("version").notNull().default(1),
    channel: text("channel").notNull(),
    filedBy: uuid("filed_by").references(() => users.id),
    applicantNik: text("applicant_nik").notNull(),
    applicantName: text("applicant_name").notNull(),
    applicantPhone: text("applicant_phone"),
    applicantEmail: text("applicant_email"),
    applicantAddress: text("applicant_address").notNull(),
    /** The applicant's kelurahan (unit code), which picks the issuing Kantor Lurah. */
    applicantKelurahan: text("applicant_kelurahan").notNull(),
    answers: jsonb("answers").$type<Record<string, string>>().notNull(),
    assignedTo: uuid("assigned_to").references(() => users.id),
    submittedOn: date("submitted_on").notNull(),
    slaDays: integer("sla_days").notNull(),
    /** Null while the clock is paused (PERLU_PERBAIKAN) or once finished. */
    dueDate: date("due_date"),
    pauses: jsonb("pauses").$type<{ from: string; to: string | null }[]>().notNull().default([]),
    /** What the officer asked the citizen to fix (status PERLU_PERBAIKAN). */
    correctionNote: text("correction_note"),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    finishedOn: date("finished_on"),
    /** Set by the SLA job so each warning and breach is told once. */
    slaWarnedAt: timestamp("sla_warned_at", { withTimezone: true }),
    slaBreachedAt: timestamp("sla_breached_at", { withTimezone: true }),
    documentId: uuid("document_id").references(() => documents.id),
    documentNumber: text("document_number").unique(),
    /** The lurah's acknowledgement on a letter that goes up to the camat. */
    countersign: jsonb("countersign").$type<{ name: string; nip: string; title: string; on: string }>(),
    nib: text("nib"),
    ...timestamps(),
  },
  (t) => [
    index("service_requests_unit_idx").on(t.unitPath.op("text_pattern_ops"), t.status),
    index("service_requests_current_unit_idx").on(t.currentUnitPath.op("text_pattern_ops"), t.status),
    // The work queue's open views (by due date; overdue, due soon, per service, mine) and their counts are
    // index-only scans of this partial index, without touching the heap of 100,000 mostly finished rows.
    index("service_requests_open_idx")
      .on(t.dueDate, t.createdAt, t.unitPath, t.currentUnitPath, t.status, t.serviceId, t.assignedTo)
      .where(sql.raw(`status in ('DIAJUKAN','DIVERIFIKASI','DIPROSES','MENUNGGU_TTD','PERLU_PERBAIKAN')`)),
    // Newest first, for every other view.
    index("service_requests_created_idx").on(t.createdAt),
    index("service_requests_assigned_idx").on(t.assignedTo, t.status),
    index("service_requests_service_idx").on(t.serviceId),
    index("service_requests_submitted_idx").on(t.submittedOn),
    check(
      "service_requests_status_check",
      sql`${t.status} in ('DIAJUKAN','DIVERIFIKASI','DIPROSES','MENUNGGU_TTD','SELESAI','PERLU_PERBAIKAN','DITOLAK','DIBATALKAN')`,
    ),
    check("service_requests_stage_check", sql`${t.stage} in ('kelurahan','kecamatan')`),
    check("service_requests_channel_check", sql`${t.channel} in ('web','loket','kios','api')`),
    check("service_requests_nik_check", sql`${t.applicantNik} ~ '^[0-9]{16}$'`),
    check("service_requests_reference_check", sql`${t.reference} ~ '^MM-[0-9]{4}-[2-9A-HJKMNP-Z]{4}$'`),
  ],
);

/** The timeline of a request: one row per transition, written in the transition's transaction. */
export const serviceRequestHistory = pgTable(
  "service_request_history",
  {
    id: id(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    /** Message key of what happened (submitted, verified, escalated, signed …), shown in plain language. */
    event: text("event").notNull(),
    note: text("note"),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorName: text("actor_name").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("service_request_history_req_idx").on(t.requestId, t.at)],
);

/** Required documents: uploaded (by content hash) or to be shown in original at the counter. */
export const serviceRequestAttachments = pgTable(
  "service_request_attachments",
  {
    id: id(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    docKey: text("doc_key").notNull(),
    mode: text("mode").notNull(),
    fileSha256: text("file_sha256"),
    mime: text("mime"),
    size: integer("size"),
    ...timestamps(),
  },
  (t) => [
    index("service_request_attachments_req_idx").on(t.requestId),
    check("service_request_attachments_mode_check", sql`${t.mode} in ('unggah','bawa')`),
    check(
      "service_request_attachments_file_check",
      sql`(${t.mode} = 'unggah') = (${t.fileSha256} is not null)`,
    ),
  ],
);

/**
 * Letter number counters per classification, office and year. The sign transaction increments its row
 * (`update … set last = last + 1 returning last`): the row lock serialises concurrent signers and a rolled
 * back transaction gives its number back, so numbers have neither gaps nor duplicates.
 */
export const serviceNumberCounters = pgTable(
  "service_number_counters",
  {
    classification: text("classification").notNull(),
    letterCode: text("letter_code").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.classification, t.letterCode, t.year] })],
);

/** Round-robin assignment: the last officer given a request in each office. */
export const serviceAssignmentCursors = pgTable("service_assignment_cursors", {
  officeId: uuid("office_id")
    .primaryKey()
    .references(() => serviceOffices.id),
  lastUserId: uuid("last_user_id").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Business data of the micro-business flows (SPEC §3.4, PP 7/2021): one row per SKU/IUMK/NIB request; the
 * rows whose request finished form the UMKM register.
 */
export const serviceBusinesses = pgTable(
  "service_businesses",
  {
    id: id(),
    requestId: uuid("request_id")
      .notNull()
      .unique()
      .references(() => serviceRequests.id, { onDelete: "cascade" }),
    unitPath: text("unit_path").notNull(),
    kelurahan: text("kelurahan").notNull(),
    ownerName: text("owner_name").notNull(),
    businessName: text("business_name").notNull(),
    activity: text("activity").notNull(),
    kbli: text("kbli"),
    address: text("address").notNull(),
    capital: bigint("capital", { mode: "number" }).notNull(),
    turnover: bigint("turnover", { mode: "number" }).notNull(),
    workers: integer("workers"),
    scale: text("scale").notNull(),
    nib: text("nib"),
    /** Set when the request finished: from then on the business is in the register. */
    registeredOn: date("registered_on"),
    searchText: text("search_text").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("service_businesses_registered_idx").on(t.registeredOn),
    check("service_businesses_scale_check", sql`${t.scale} in ('mikro','kecil','menengah','besar')`),
    check("service_businesses_money_check", sql`${t.capital} >= 0 and ${t.turnover} >= 0`),
  ],
);
