import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
// Foreign keys to the register come through the gathered schema index, not employees/index.ts: drizzle-kit
// loads schema files on their own, and the module's index would pull its routes and pages in with it. The
// references are lazy callbacks, so the import cycle through src/db/schema.ts is harmless.
import { employees, positions } from "../../db/schema";
import { users } from "../../platform/auth/schema";
import { documents } from "../../platform/documents/schema";
import { units } from "../../platform/org/schema";

/**
 * Competency dictionary (SPEC §3.3; PermenPANRB 38/2017 on ASN competency standards): manajerial M.01–M.08,
 * sosial kultural SK.01 and the kecamatan's own teknis competencies. Levels 1–5 live in `competency_levels`.
 */
export const competencies = pgTable(
  "competencies",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [check("competencies_kind_check", sql`${t.kind} in ('manajerial','sosial_kultural','teknis')`)],
);

/** One of the five levels of a competency with its behaviour indicators. */
export const competencyLevels = pgTable(
  "competency_levels",
  {
    id: id(),
    competencyId: uuid("competency_id")
      .notNull()
      .references(() => competencies.id, { onDelete: "cascade" }),
    level: integer("level").notNull(),
    title: text("title").notNull(),
    indicators: jsonb("indicators").$type<string[]>().notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("competency_levels_unique").on(t.competencyId, t.level),
    check("competency_levels_level_check", sql`${t.level} between 1 and 5`),
  ],
);

/** Required level of a competency for a position (the position's competency standard; editable data). */
export const positionCompetencies = pgTable(
  "position_competencies",
  {
    id: id(),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    competencyId: uuid("competency_id")
      .notNull()
      .references(() => competencies.id, { onDelete: "cascade" }),
    requiredLevel: integer("required_level").notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("position_competencies_unique").on(t.positionId, t.competencyId),
    check("position_competencies_level_check", sql`${t.requiredLevel} between 1 and 5`),
  ],
);

/** An assessment of an employee's current level; history is kept, the latest per competency counts. */
export const competencyAssessments = pgTable(
  "competency_assessments",
  {
    id: id(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    competencyId: uuid("competency_id")
      .notNull()
      .references(() => competencies.id, { onDelete: "cascade" }),
    level: integer("level").notNull(),
    assessedOn: date("assessed_on").notNull(),
    assessorUserId: uuid("assessor_user_id").references(() => users.id, { onDelete: "set null" }),
    assessorRole: text("assessor_role").notNull(),
    note: text("note"),
    ...timestamps(),
  },
  (t) => [
    index("competency_assessments_emp_idx").on(t.employeeId, t.competencyId, t.createdAt),
    check("competency_assessments_level_check", sql`${t.level} between 1 and 5`),
    check("competency_assessments_role_check", sql`${t.assessorRole} in ('atasan','kepegawaian')`),
  ],
);

/** The course catalogue (SPEC §3.3) with its completion rule (attendance ≥ x %, post-test ≥ y). */
export const trainingCourses = pgTable(
  "training_courses",
  {
    id: id(),
    code: text("code").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    mode: text("mode").notNull(),
    jp: integer("jp").notNull(),
    provider: text("provider").notNull(),
    minAttendancePct: integer("min_attendance_pct").notNull().default(100),
    /** Null: no post-test needed to complete. */
    minPostScore: integer("min_post_score"),
    testMinutes: integer("test_minutes").notNull().default(20),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    check("training_courses_mode_check", sql`${t.mode} in ('klasikal','nonklasikal','e_learning')`),
    check("training_courses_jp_check", sql`${t.jp} between 1 and 200`),
    check("training_courses_att_check", sql`${t.minAttendancePct} between 0 and 100`),
    check(
      "training_courses_post_check",
      sql`${t.minPostScore} is null or ${t.minPostScore} between 0 and 100`,
    ),
    check("training_courses_minutes_check", sql`${t.testMinutes} between 5 and 180`),
  ],
);

export const courseCompetencies = pgTable(
  "training_course_competencies",
  {
    courseId: uuid("course_id")
      .notNull()
      .references(() => trainingCourses.id, { onDelete: "cascade" }),
    competencyId: uuid("competency_id")
      .notNull()
      .references(() => competencies.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.competencyId] })],
);

/** A run of a course: one or more days, a venue or an online link, a facilitator and a capacity. */
export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: id(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => trainingCourses.id),
    /** The organising unit: HR scope over it decides who manages the session. */
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    venue: text("venue"),
    onlineUrl: text("online_url"),
    facilitatorName: text("facilitator_name").notNull(),
    facilitatorUserId: uuid("facilitator_user_id").references(() => users.id, { onDelete: "set null" }),
    capacity: integer("capacity").notNull(),
    waitlistLimit: integer("waitlist_limit").notNull().default(10),
    status: text("status").notNull().default("dibuka"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index("training_sessions_starts_idx").on(t.startsOn),
    index("training_sessions_course_idx").on(t.courseId),
    check("training_sessions_status_check", sql`${t.status} in ('dibuka','ditutup','selesai','dibatalkan')`),
    check("training_sessions_capacity_check", sql`${t.capacity} between 1 and 500`),
    check("training_sessions_waitlist_check", sql`${t.waitlistLimit} between 0 and 500`),
    check("training_sessions_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("training_sessions_place_check", sql`${t.venue} is not null or ${t.onlineUrl} is not null`),
  ],
);

export const trainingSessionDays = pgTable(
  "training_session_days",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSessions.id, { onDelete: "cascade" }),
    date: date("date").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("training_session_days_unique").on(t.sessionId, t.date),
    check(
      "training_session_days_time_check",
      sql`${t.startTime} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${t.endTime} > ${t.startTime}`,
    ),
  ],
);

/**
 * A participant of a session. One row per (session, employee): a declined or withdrawn row is reused when
 * the person asks again, so "enrolled twice" cannot exist. Statuses: menunggu (awaiting the supervisor),
 * ditolak, terdaftar (holds a seat), daftar_tunggu (waitlist, ordered by waitlisted_at), batal (withdrawn),
 * lulus / tidak_lulus (after completion).
 */
export const trainingEnrolments = pgTable(
  "training_enrolments",
  {
    id: id(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => trainingSessions.id),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id),
    status: text("status").notNull(),
    source: text("source").notNull(),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    requestNote: text("request_note"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionReason: text("decision_reason"),
    waitlistedAt: timestamp("waitlisted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawReason: text("withdraw_reason"),
    attendancePct: integer("attendance_pct"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    jpCredited: integer("jp_credited"),
    certificateDocumentId: uuid("certificate_document_id").references(() => documents.id),
    certificateNumber: text("certificate_number"),
    ...timestamps(),
  },
  (t) => [
    unique("training_enrolments_unique").on(t.sessionId, t.employeeId),
    index("training_enrolments_emp_idx").on(t.employeeId),
    index("training_enrolments_status_idx").on(t.sessionId, t.status),
    check(
      "training_enrolments_status_check",
      sql`${t.status} in ('menunggu','ditolak','terdaftar','daftar_tunggu','batal','lulus','tidak_lulus')`,
    ),
    check("training_enrolments_source_check", sql`${t.source} in ('mandiri','penugasan')`),
    check(
      "training_enrolments_waitlist_check",
      sql`${t.status} <> 'daftar_tunggu' or ${t.waitlistedAt} is not null`,
    ),
  ],
);

/** One check-in per participant per day: a replayed scan hits the unique key and changes nothing. */
export const trainingAttendance = pgTable(
  "training_attendance",
  {
    id: id(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: "cascade" }),
    dayId: uuid("day_id")
      .notNull()
      .references(() => trainingSessionDays.id, { onDelete: "cascade" }),
    method: text("method").notNull(),
    reason: text("reason"),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull(),
    ...timestamps(),
  },
  (t) => [
    unique("training_attendance_unique").on(t.enrolmentId, t.dayId),
    check("training_attendance_method_check", sql`${t.method} in ('qr','manual')`),
    check("training_attendance_reason_check", sql`${t.method} = 'qr' or ${t.reason} is not null`),
  ],
);

/** Question bank per course: single (tunggal) or multiple (ganda) choice; `correct` holds option indices. */
export const trainingQuestions = pgTable(
  "training_questions",
  {
    id: id(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => trainingCourses.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    prompt: text("prompt").notNull(),
    options: jsonb("options").$type<string[]>().notNull(),
    correct: jsonb("correct").$type<number[]>().notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index("training_questions_course_idx").on(t.courseId),
    check("training_questions_kind_check", sql`${t.kind} in ('tunggal','ganda')`),
  ],
);

/** A timed pre- or post-test attempt; one per phase per participant. */
export const trainingTestAttempts = pgTable(
  "training_test_attempts",
  {
    id: id(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => trainingEnrolments.id, { onDelete: "cascade" }),
    phase: text("phase").notNull(),
    questionIds: jsonb("question_ids").$type<string[]>().notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    answers: jsonb("answers").$type<Record<string, number[]>>(),
    correctCount: integer("correct_count"),
    score: doublePrecision("score"),
    ...timestamps(),
  },
  (t) => [
    unique("training_test_attempts_unique").on(t.enrolmentId, t.phase),
    check("training_test_attempts_phase_check", sql`${t.phase} in ('pre','post')`),
    check("training_test_attempts_score_check", sql`${t.score} is null or ${t.score} between 0 and 100`),
  ],
);

/** Short reaction survey (Kirkpatrick level 1) after the session; Likert 1–5. */
export const trainingSurveyResponses = pgTable(
  "training_survey_responses",
  {
    id: id(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .unique()
      .references(() => trainingEnrolments.id, { onDelete: "cascade" }),
    relevance: integer("relevance").notNull(),
    material: integer("material").notNull(),
    facilitator: integer("facilitator").notNull(),
    organisation: integer("organisation").notNull(),
    comment: text("comment"),
    ...timestamps(),
  },
  (t) => [
    check(
      "training_survey_range_check",
      sql`${t.relevance} between 1 and 5 and ${t.material} between 1 and 5 and ${t.facilitator} between 1 and 5 and ${t.organisation} between 1 and 5`,
    ),
  ],
);

/** Training done elsewhere, claimed with an uploaded certificate and verified by HR (SPEC §3.3). */
export const trainingExternal = pgTable(
  "training_external",
  {
    id: id(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id),
    title: text("title").notNull(),
    provider: text("provider").notNull(),
    mode: text("mode").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    minutes: integer("minutes").notNull(),
    jpProposed: integer("jp_proposed").notNull(),
    jpApproved: integer("jp_approved"),
    certificateNumber: text("certificate_number"),
    fileSha256: text("file_sha256").notNull(),
    fileMime: text("file_mime").notNull(),
    status: text("status").notNull().default("diajukan"),
    submittedByUserId: uuid("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    verifiedByUserId: uuid("verified_by_user_id").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    rejectionReason: text("rejection_reason"),
    ...timestamps(),
  },
  (t) => [
    index("training_external_emp_idx").on(t.employeeId),
    index("training_external_status_idx").on(t.status),
    check("training_external_status_check", sql`${t.status} in ('diajukan','diverifikasi','ditolak')`),
    check("training_external_mode_check", sql`${t.mode} in ('klasikal','nonklasikal','e_learning')`),
    check("training_external_dates_check", sql`${t.endDate} >= ${t.startDate}`),
    check("training_external_minutes_check", sql`${t.minutes} > 0`),
    check("training_external_jp_check", sql`${t.jpApproved} is null or ${t.jpApproved} between 1 and 1000`),
  ],
);

/**
 * The JP ledger (SPEC §4.4): one row per credited training, internal or external, counted in the calendar
 * year its training ended. Exactly one source; a source is credited at most once.
 */
export const trainingJpCredits = pgTable(
  "training_jp_credits",
  {
    id: id(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id),
    year: integer("year").notNull(),
    jp: integer("jp").notNull(),
    source: text("source").notNull(),
    enrolmentId: uuid("enrolment_id")
      .unique()
      .references(() => trainingEnrolments.id),
    externalId: uuid("external_id")
      .unique()
      .references(() => trainingExternal.id),
    title: text("title").notNull(),
    provider: text("provider").notNull(),
    mode: text("mode").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    certificateNumber: text("certificate_number"),
    ...timestamps(),
  },
  (t) => [
    index("training_jp_credits_emp_idx").on(t.employeeId, t.year),
    index("training_jp_credits_year_idx").on(t.year),
    check("training_jp_credits_jp_check", sql`${t.jp} between 1 and 1000`),
    check("training_jp_credits_source_check", sql`${t.source} in ('internal','eksternal')`),
    check(
      "training_jp_credits_one_source_check",
      sql`(${t.enrolmentId} is not null) <> (${t.externalId} is not null)`,
    ),
  ],
);

/** Keys of notices already queued (reminders), so a job that runs every hour tells each person once. */
export const trainingNotices = pgTable("training_notices", {
  key: text("key").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Yearly sequences (certificate numbers), incremented under a row lock: no gaps, no duplicates. */
export const trainingCounters = pgTable("training_counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull(),
  ...timestamps(),
});
