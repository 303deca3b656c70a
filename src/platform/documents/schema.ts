import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";

/**
 * Every issued document (letter, permit, training or award certificate) for public verification by QR
 * (SPEC §3.9). Only what the verification page shows is kept here, and the NIK only masked.
 */
export const documents = pgTable(
  "documents",
  {
    id: id(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    number: text("number"),
    subjectName: text("subject_name").notNull(),
    subjectNikMasked: text("subject_nik_masked"),
    issuerName: text("issuer_name").notNull(),
    unitPath: text("unit_path").notNull(),
    signerName: text("signer_name").notNull(),
    signerNip: text("signer_nip").notNull(),
    signerTitle: text("signer_title").notNull(),
    issuedOn: date("issued_on").notNull(),
    validUntil: date("valid_until"),
    keyFacts: jsonb("key_facts").notNull().$type<{ label: string; value: string }[]>(),
    status: text("status").notNull().default("valid"),
    statusReason: text("status_reason"),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
    sourceEntity: text("source_entity").notNull(),
    sourceId: text("source_id").notNull(),
    fileSha256: text("file_sha256"),
    ...timestamps(),
  },
  (t) => [
    index("documents_source_idx").on(t.sourceEntity, t.sourceId),
    check("documents_kind_check", sql`${t.kind} in ('surat','sertifikat_pelatihan','piagam_penghargaan')`),
    check("documents_status_check", sql`${t.status} in ('valid','revoked','superseded')`),
  ],
);
