CREATE TABLE "employee_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid NOT NULL,
	"status" text DEFAULT 'mapping' NOT NULL,
	"file_name" text NOT NULL,
	"file_kind" text NOT NULL,
	"headers" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"mapping" jsonb,
	"total_rows" integer NOT NULL,
	"valid_rows" integer,
	"invalid_rows" integer,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inserted_rows" integer,
	"committed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_imports_status_check" CHECK ("employee_imports"."status" in ('mapping','preview','committing','done','failed')),
	CONSTRAINT "employee_imports_kind_check" CHECK ("employee_imports"."file_kind" in ('csv','xlsx'))
);
--> statement-breakpoint
ALTER TABLE "employee_imports" ADD CONSTRAINT "employee_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employee_imports_creator_idx" ON "employee_imports" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "employees_nip_prefix_idx" ON "employees" USING btree ("nip" text_pattern_ops);
