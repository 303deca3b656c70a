CREATE TABLE "service_assignment_cursors" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"last_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kelurahan" text NOT NULL,
	"owner_name" text NOT NULL,
	"business_name" text NOT NULL,
	"activity" text NOT NULL,
	"kbli" text,
	"address" text NOT NULL,
	"capital" bigint NOT NULL,
	"turnover" bigint NOT NULL,
	"workers" integer,
	"scale" text NOT NULL,
	"nib" text,
	"registered_on" date,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_businesses_request_id_unique" UNIQUE("request_id"),
	CONSTRAINT "service_businesses_scale_check" CHECK ("service_businesses"."scale" in ('mikro','kecil','menengah','besar')),
	CONSTRAINT "service_businesses_money_check" CHECK ("service_businesses"."capital" >= 0 and "service_businesses"."turnover" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_number_counters" (
	"classification" text NOT NULL,
	"letter_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_number_counters_classification_letter_code_year_pk" PRIMARY KEY("classification","letter_code","year")
);
--> statement-breakpoint
CREATE TABLE "service_offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"letter_code" text NOT NULL,
	"letterhead_name" text NOT NULL,
	"letterhead_parent" text,
	"address" text NOT NULL,
	"place" text DEFAULT 'Medan' NOT NULL,
	"signer_title" text NOT NULL,
	"maklumat" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_offices_unit_id_unique" UNIQUE("unit_id")
);
--> statement-breakpoint
CREATE TABLE "service_request_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"doc_key" text NOT NULL,
	"mode" text NOT NULL,
	"file_sha256" text,
	"mime" text,
	"size" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_request_attachments_mode_check" CHECK ("service_request_attachments"."mode" in ('unggah','bawa')),
	CONSTRAINT "service_request_attachments_file_check" CHECK (("service_request_attachments"."mode" = 'unggah') = ("service_request_attachments"."file_sha256" is not null))
);
--> statement-breakpoint
CREATE TABLE "service_request_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"event" text NOT NULL,
	"note" text,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"pin_hash" text NOT NULL,
	"service_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"current_unit_path" text NOT NULL,
	"stage" text DEFAULT 'kelurahan' NOT NULL,
	"status" text DEFAULT 'DIAJUKAN' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"channel" text NOT NULL,
	"filed_by" uuid,
	"applicant_nik" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_phone" text,
	"applicant_email" text,
	"applicant_address" text NOT NULL,
	"applicant_kelurahan" text NOT NULL,
	"answers" jsonb NOT NULL,
	"assigned_to" uuid,
	"submitted_on" date NOT NULL,
	"sla_days" integer NOT NULL,
	"due_date" date,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"correction_note" text,
	"finished_at" timestamp with time zone,
	"finished_on" date,
	"sla_warned_at" timestamp with time zone,
	"sla_breached_at" timestamp with time zone,
	"document_id" uuid,
	"document_number" text,
	"countersign" jsonb,
	"nib" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "service_requests_document_number_unique" UNIQUE("document_number"),
	CONSTRAINT "service_requests_status_check" CHECK ("service_requests"."status" in ('DIAJUKAN','DIVERIFIKASI','DIPROSES','MENUNGGU_TTD','SELESAI','PERLU_PERBAIKAN','DITOLAK','DIBATALKAN')),
	CONSTRAINT "service_requests_stage_check" CHECK ("service_requests"."stage" in ('kelurahan','kecamatan')),
	CONSTRAINT "service_requests_channel_check" CHECK ("service_requests"."channel" in ('web','loket','kios','api')),
	CONSTRAINT "service_requests_nik_check" CHECK ("service_requests"."applicant_nik" ~ '^[0-9]{16}$'),
	CONSTRAINT "service_requests_reference_check" CHECK ("service_requests"."reference" ~ '^MM-[0-9]{4}-[2-9A-HJKMNP-Z]{4}$')
);
--> statement-breakpoint
CREATE TABLE "service_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"summary" text NOT NULL,
	"level" text NOT NULL,
	"needs_camat" boolean DEFAULT false NOT NULL,
	"business_kind" text,
	"produces_document" boolean DEFAULT true NOT NULL,
	"classification_code" text NOT NULL,
	"sla_days" integer NOT NULL,
	"fee" integer DEFAULT 0 NOT NULL,
	"legal_basis" text NOT NULL,
	"standard" jsonb NOT NULL,
	"fields" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"template" jsonb NOT NULL,
	"validity_days" integer,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_types_code_unique" UNIQUE("code"),
	CONSTRAINT "service_types_level_check" CHECK ("service_types"."level" in ('kelurahan','kecamatan')),
	CONSTRAINT "service_types_business_check" CHECK ("service_types"."business_kind" in ('sku','iumk','nib')),
	CONSTRAINT "service_types_sla_check" CHECK ("service_types"."sla_days" between 0 and 60),
	CONSTRAINT "service_types_fee_check" CHECK ("service_types"."fee" >= 0)
);
--> statement-breakpoint
ALTER TABLE "service_assignment_cursors" ADD CONSTRAINT "service_assignment_cursors_office_id_service_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."service_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_assignment_cursors" ADD CONSTRAINT "service_assignment_cursors_last_user_id_users_id_fk" FOREIGN KEY ("last_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_businesses" ADD CONSTRAINT "service_businesses_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offices" ADD CONSTRAINT "service_offices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_attachments" ADD CONSTRAINT "service_request_attachments_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_history" ADD CONSTRAINT "service_request_history_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_history" ADD CONSTRAINT "service_request_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_service_types_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_office_id_service_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."service_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_businesses_registered_idx" ON "service_businesses" USING btree ("registered_on");--> statement-breakpoint
CREATE INDEX "service_request_attachments_req_idx" ON "service_request_attachments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "service_request_history_req_idx" ON "service_request_history" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "service_requests_unit_idx" ON "service_requests" USING btree ("unit_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "service_requests_current_unit_idx" ON "service_requests" USING btree ("current_unit_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "service_requests_status_due_idx" ON "service_requests" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "service_requests_assigned_idx" ON "service_requests" USING btree ("assigned_to","status");--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_requests_submitted_idx" ON "service_requests" USING btree ("submitted_on");