CREATE TABLE "competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competencies_code_unique" UNIQUE("code"),
	CONSTRAINT "competencies_kind_check" CHECK ("competencies"."kind" in ('manajerial','sosial_kultural','teknis'))
);
--> statement-breakpoint
CREATE TABLE "competency_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"assessor_user_id" uuid,
	"assessor_role" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competency_assessments_level_check" CHECK ("competency_assessments"."level" between 1 and 5),
	CONSTRAINT "competency_assessments_role_check" CHECK ("competency_assessments"."assessor_role" in ('atasan','kepegawaian'))
);
--> statement-breakpoint
CREATE TABLE "competency_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competency_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"title" text NOT NULL,
	"indicators" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competency_levels_unique" UNIQUE("competency_id","level"),
	CONSTRAINT "competency_levels_level_check" CHECK ("competency_levels"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_course_competencies" (
	"course_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	CONSTRAINT "training_course_competencies_course_id_competency_id_pk" PRIMARY KEY("course_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "position_competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"required_level" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "position_competencies_unique" UNIQUE("position_id","competency_id"),
	CONSTRAINT "position_competencies_level_check" CHECK ("position_competencies"."required_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"day_id" uuid NOT NULL,
	"method" text NOT NULL,
	"reason" text,
	"recorded_by_user_id" uuid,
	"checked_in_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_unique" UNIQUE("enrolment_id","day_id"),
	CONSTRAINT "training_attendance_method_check" CHECK ("training_attendance"."method" in ('qr','manual')),
	CONSTRAINT "training_attendance_reason_check" CHECK ("training_attendance"."method" = 'qr' or "training_attendance"."reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_counters" (
	"name" text PRIMARY KEY NOT NULL,
	"value" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"mode" text NOT NULL,
	"jp" integer NOT NULL,
	"provider" text NOT NULL,
	"min_attendance_pct" integer DEFAULT 100 NOT NULL,
	"min_post_score" integer,
	"test_minutes" integer DEFAULT 20 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_courses_code_unique" UNIQUE("code"),
	CONSTRAINT "training_courses_mode_check" CHECK ("training_courses"."mode" in ('klasikal','nonklasikal','e_learning')),
	CONSTRAINT "training_courses_jp_check" CHECK ("training_courses"."jp" between 1 and 200),
	CONSTRAINT "training_courses_att_check" CHECK ("training_courses"."min_attendance_pct" between 0 and 100),
	CONSTRAINT "training_courses_post_check" CHECK ("training_courses"."min_post_score" is null or "training_courses"."min_post_score" between 0 and 100),
	CONSTRAINT "training_courses_minutes_check" CHECK ("training_courses"."test_minutes" between 5 and 180)
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"requested_by_user_id" uuid,
	"request_note" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"waitlisted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdraw_reason" text,
	"attendance_pct" integer,
	"completed_at" timestamp with time zone,
	"jp_credited" integer,
	"certificate_document_id" uuid,
	"certificate_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_unique" UNIQUE("session_id","employee_id"),
	CONSTRAINT "training_enrolments_status_check" CHECK ("training_enrolments"."status" in ('menunggu','ditolak','terdaftar','daftar_tunggu','batal','lulus','tidak_lulus')),
	CONSTRAINT "training_enrolments_source_check" CHECK ("training_enrolments"."source" in ('mandiri','penugasan')),
	CONSTRAINT "training_enrolments_waitlist_check" CHECK ("training_enrolments"."status" <> 'daftar_tunggu' or "training_enrolments"."waitlisted_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_external" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"mode" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"minutes" integer NOT NULL,
	"jp_proposed" integer NOT NULL,
	"jp_approved" integer,
	"certificate_number" text,
	"file_sha256" text NOT NULL,
	"file_mime" text NOT NULL,
	"status" text DEFAULT 'diajukan' NOT NULL,
	"submitted_by_user_id" uuid,
	"verified_by_user_id" uuid,
	"verified_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_external_status_check" CHECK ("training_external"."status" in ('diajukan','diverifikasi','ditolak')),
	CONSTRAINT "training_external_mode_check" CHECK ("training_external"."mode" in ('klasikal','nonklasikal','e_learning')),
	CONSTRAINT "training_external_dates_check" CHECK ("training_external"."end_date" >= "training_external"."start_date"),
	CONSTRAINT "training_external_minutes_check" CHECK ("training_external"."minutes" > 0),
	CONSTRAINT "training_external_jp_check" CHECK ("training_external"."jp_approved" is null or "training_external"."jp_approved" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "training_jp_credits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"jp" integer NOT NULL,
	"source" text NOT NULL,
	"enrolment_id" uuid,
	"external_id" uuid,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"mode" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"certificate_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_jp_credits_enrolment_id_unique" UNIQUE("enrolment_id"),
	CONSTRAINT "training_jp_credits_external_id_unique" UNIQUE("external_id"),
	CONSTRAINT "training_jp_credits_jp_check" CHECK ("training_jp_credits"."jp" between 1 and 1000),
	CONSTRAINT "training_jp_credits_source_check" CHECK ("training_jp_credits"."source" in ('internal','eksternal')),
	CONSTRAINT "training_jp_credits_one_source_check" CHECK (("training_jp_credits"."enrolment_id" is not null) <> ("training_jp_credits"."external_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "training_notices" (
	"key" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"options" jsonb NOT NULL,
	"correct" jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_questions_kind_check" CHECK ("training_questions"."kind" in ('tunggal','ganda'))
);
--> statement-breakpoint
CREATE TABLE "training_session_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_session_days_unique" UNIQUE("session_id","date"),
	CONSTRAINT "training_session_days_time_check" CHECK ("training_session_days"."start_time" ~ '^[0-2][0-9]:[0-5][0-9]$' and "training_session_days"."end_time" > "training_session_days"."start_time")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"venue" text,
	"online_url" text,
	"facilitator_name" text NOT NULL,
	"facilitator_user_id" uuid,
	"capacity" integer NOT NULL,
	"waitlist_limit" integer DEFAULT 10 NOT NULL,
	"status" text DEFAULT 'dibuka' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_status_check" CHECK ("training_sessions"."status" in ('dibuka','ditutup','selesai','dibatalkan')),
	CONSTRAINT "training_sessions_capacity_check" CHECK ("training_sessions"."capacity" between 1 and 500),
	CONSTRAINT "training_sessions_waitlist_check" CHECK ("training_sessions"."waitlist_limit" between 0 and 500),
	CONSTRAINT "training_sessions_dates_check" CHECK ("training_sessions"."ends_on" >= "training_sessions"."starts_on"),
	CONSTRAINT "training_sessions_place_check" CHECK ("training_sessions"."venue" is not null or "training_sessions"."online_url" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"relevance" integer NOT NULL,
	"material" integer NOT NULL,
	"facilitator" integer NOT NULL,
	"organisation" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_survey_responses_enrolment_id_unique" UNIQUE("enrolment_id"),
	CONSTRAINT "training_survey_range_check" CHECK ("training_survey_responses"."relevance" between 1 and 5 and "training_survey_responses"."material" between 1 and 5 and "training_survey_responses"."facilitator" between 1 and 5 and "training_survey_responses"."organisation" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "training_test_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"question_ids" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"answers" jsonb,
	"correct_count" integer,
	"score" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_test_attempts_unique" UNIQUE("enrolment_id","phase"),
	CONSTRAINT "training_test_attempts_phase_check" CHECK ("training_test_attempts"."phase" in ('pre','post')),
	CONSTRAINT "training_test_attempts_score_check" CHECK ("training_test_attempts"."score" is null or "training_test_attempts"."score" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_assessor_user_id_users_id_fk" FOREIGN KEY ("assessor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_levels" ADD CONSTRAINT "competency_levels_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course_competencies" ADD CONSTRAINT "training_course_competencies_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_course_competencies" ADD CONSTRAINT "training_course_competencies_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_competencies" ADD CONSTRAINT "position_competencies_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_competencies" ADD CONSTRAINT "position_competencies_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_day_id_training_session_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."training_session_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_certificate_document_id_documents_id_fk" FOREIGN KEY ("certificate_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_external" ADD CONSTRAINT "training_external_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_external" ADD CONSTRAINT "training_external_submitted_by_user_id_users_id_fk" FOREIGN KEY ("submitted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_external" ADD CONSTRAINT "training_external_verified_by_user_id_users_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_jp_credits" ADD CONSTRAINT "training_jp_credits_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_jp_credits" ADD CONSTRAINT "training_jp_credits_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_jp_credits" ADD CONSTRAINT "training_jp_credits_external_id_training_external_id_fk" FOREIGN KEY ("external_id") REFERENCES "public"."training_external"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_questions" ADD CONSTRAINT "training_questions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_days" ADD CONSTRAINT "training_session_days_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_training_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."training_courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_facilitator_user_id_users_id_fk" FOREIGN KEY ("facilitator_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_survey_responses" ADD CONSTRAINT "training_survey_responses_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_test_attempts" ADD CONSTRAINT "training_test_attempts_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competency_assessments_emp_idx" ON "competency_assessments" USING btree ("employee_id","competency_id","created_at");--> statement-breakpoint
CREATE INDEX "training_enrolments_emp_idx" ON "training_enrolments" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_status_idx" ON "training_enrolments" USING btree ("session_id","status");--> statement-breakpoint
CREATE INDEX "training_external_emp_idx" ON "training_external" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "training_external_status_idx" ON "training_external" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_jp_credits_emp_idx" ON "training_jp_credits" USING btree ("employee_id","year");--> statement-breakpoint
CREATE INDEX "training_jp_credits_year_idx" ON "training_jp_credits" USING btree ("year");--> statement-breakpoint
CREATE INDEX "training_questions_course_idx" ON "training_questions" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_idx" ON "training_sessions" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id");