CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"number" text,
	"subject_name" text NOT NULL,
	"subject_nik_masked" text,
	"issuer_name" text NOT NULL,
	"unit_path" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_nip" text NOT NULL,
	"signer_title" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"key_facts" jsonb NOT NULL,
	"status" text DEFAULT 'valid' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"source_entity" text NOT NULL,
	"source_id" text NOT NULL,
	"file_sha256" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_kind_check" CHECK ("documents"."kind" in ('surat','sertifikat_pelatihan','piagam_penghargaan')),
	CONSTRAINT "documents_status_check" CHECK ("documents"."status" in ('valid','revoked','superseded'))
);
--> statement-breakpoint
CREATE INDEX "documents_source_idx" ON "documents" USING btree ("source_entity","source_id");