import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { AppError } from "../../../platform/errors";
import { requireActor } from "../../../platform/http/middleware";
import {
  type createApi,
  jsonBody,
  jsonOk,
  problemResponses,
  ZPageQuery,
} from "../../../platform/http/openapi";
import { UUID_PATTERN } from "../../../platform/identifiers";
import { assignEnrolments } from "../commands/assign-enrolment";
import { checkIn } from "../commands/check-in";
import { completeSession } from "../commands/complete-session";
import { todayOf } from "../commands/context";
import { decideEnrolment } from "../commands/decide-enrolment";
import { requestEnrolment } from "../commands/request-enrolment";
import { saveCourse } from "../commands/save-course";
import { createSession } from "../commands/save-session";
import { startTest } from "../commands/start-test";
import { submitExternal } from "../commands/submit-external";
import { loadAttemptQuestions, submitTest } from "../commands/submit-test";
import { verifyExternal } from "../commands/verify-external";
import { withdrawEnrolment } from "../commands/withdraw-enrolment";
import { can, isManager, manageScope, readScope } from "../domain/policy";
import { getCourse, listCourses, listSessions } from "../queries/catalogue";
import { enrolmentsInScope, externalQueue, myExternal } from "../queries/enrolments";
import { jpSummaryFor } from "../queries/jp";
import { sessionParticipants } from "../queries/participants";
import { recommendFor } from "../queries/recommendations";
import { trainingEnrolments, type trainingExternal } from "../schema";
import { findEmployee, findSession, seatCounts, sessionDays } from "../training.repository";
import { ZCourseInput, ZSessionInput, zDate } from "../training.types";
import { type C, ctxOf, recordResource, sessionResource } from "./helpers";

const tags = ["Pelatihan"];
const uuid = (name: string) =>
  z
    .string()
    .regex(UUID_PATTERN, "ID tidak valid.")
    .openapi({ param: { name, in: "path" } });
const ZIdParam = z.object({ id: uuid("id") });

/** A list answer (ARCHITECTURE: lists answer `{items,total,page,pageSize}`). */
const zPage = <S extends z.ZodType>(item: S) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

const ZCourse = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    description: z.string(),
    mode: z.enum(["klasikal", "nonklasikal", "e_learning"]),
    jp: z.number().int(),
    provider: z.string(),
    minAttendancePct: z.number().int(),
    minPostScore: z.number().int().nullable(),
    testMinutes: z.number().int(),
    isActive: z.boolean(),
    competencies: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  })
  .openapi("Course");
type CourseLike = Omit<z.infer<typeof ZCourse>, "mode"> & { mode: string };
const presentCourse = (c: CourseLike) => ({
  id: c.id,
  code: c.code,
  title: c.title,
  description: c.description,
  mode: c.mode as z.infer<typeof ZCourse>["mode"],
  jp: c.jp,
  provider: c.provider,
  minAttendancePct: c.minAttendancePct,
  minPostScore: c.minPostScore,
  testMinutes: c.testMinutes,
  isActive: c.isActive,
  competencies: c.competencies.map((x) => ({ id: x.id, code: x.code, name: x.name })),
});

const ZSession = z
  .object({
    id: z.string(),
    courseId: z.string(),
    courseTitle: z.string(),
    jp: z.number().int(),
    mode: z.string(),
    startsOn: z.string().openapi({ example: "2026-12-08" }),
    endsOn: z.string(),
    venue: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    facilitatorName: z.string(),
    capacity: z.number().int(),
    waitlistLimit: z.number().int(),
    seatsTaken: z.number().int(),
    waiting: z.number().int(),
    status: z.enum(["dibuka", "ditutup", "selesai", "dibatalkan"]),
    days: z
      .array(z.object({ id: z.string(), date: z.string(), startTime: z.string(), endTime: z.string() }))
      .optional(),
    calendarUrl: z.string(),
  })
  .openapi("TrainingSession");

const ZEnrolment = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    courseTitle: z.string(),
    status: z.enum(["menunggu", "ditolak", "terdaftar", "daftar_tunggu", "batal", "lulus", "tidak_lulus"]),
    source: z.enum(["mandiri", "penugasan"]),
    decisionReason: z.string().nullable(),
    jpCredited: z.number().int().nullable(),
    certificateNumber: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string(),
  })
  .openapi("Enrolment");
type EnrolmentLike = Omit<z.infer<typeof ZEnrolment>, "status" | "source"> & {
  status: string;
  source: string;
};
const presentEnrolment = (e: EnrolmentLike) => ({
  id: e.id,
  sessionId: e.sessionId,
  employeeId: e.employeeId,
  employeeName: e.employeeName,
  courseTitle: e.courseTitle,
  status: e.status as z.infer<typeof ZEnrolment>["status"],
  source: e.source as z.infer<typeof ZEnrolment>["source"],
  decisionReason: e.decisionReason,
  jpCredited: e.jpCredited,
  certificateNumber: e.certificateNumber,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
});

const ZJpItem = z
  .object({
    title: z.string(),
    provider: z.string(),
    mode: z.string(),
    source: z.enum(["internal", "eksternal"]),
    startDate: z.string(),
    endDate: z.string(),
    jp: z.number().int(),
    certificateNumber: z.string().nullable(),
  })
  .openapi("JpItem");
const ZJp = z
  .object({
    year: z.number().int().openapi({ example: 2026 }),
    target: z.number().int().openapi({ example: 20 }),
    earned: z.number().int().openapi({ example: 12 }),
    state: z.enum(["tercapai", "tertinggal", "tanpa_target"]),
    items: z.array(ZJpItem),
  })
  .openapi("EmployeeJp");

const ZResults = z
  .object({
    sessionId: z.string(),
    days: z.array(z.object({ id: z.string(), date: z.string(), present: z.number().int() })),
    gain: z.object({
      n: z.number().int(),
      meanPre: z.number().nullable(),
      meanPost: z.number().nullable(),
      meanGain: z.number().nullable(),
      meanNormalized: z.number().nullable(),
    }),
    survey: z.object({
      n: z.number().int(),
      relevance: z.number().nullable(),
      material: z.number().nullable(),
      facilitator: z.number().nullable(),
      organisation: z.number().nullable(),
    }),
    participants: z.array(
      z.object({
        enrolmentId: z.string(),
        employeeId: z.string(),
        name: z.string(),
        nip: z.string(),
        status: z.string(),
        attendedDays: z.array(z.string()),
        pre: z.number().nullable(),
        post: z.number().nullable(),
        gain: z.number().nullable(),
        normalizedGain: z.number().nullable(),
        surveyDone: z.boolean(),
        certificateNumber: z.string().nullable(),
      }),
    ),
  })
  .openapi("SessionResults");

const ZAttempt = z
  .object({
    id: z.string(),
    phase: z.enum(["pre", "post"]),
    startedAt: z.string(),
    deadlineAt: z.string(),
    submittedAt: z.string().nullable(),
    score: z.number().nullable(),
    questions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["tunggal", "ganda"]),
        prompt: z.string(),
        options: z.array(z.string()),
      }),
    ),
  })
  .openapi("TestAttempt");

type SessionLike = Omit<z.infer<typeof ZSession>, "status" | "days" | "calendarUrl"> & { status: string };
const presentSessionRow = (s: SessionLike, baseUrl: string, days?: z.infer<typeof ZSession>["days"]) => ({
  id: s.id,
  courseId: s.courseId,
  courseTitle: s.courseTitle,
  jp: s.jp,
  mode: s.mode,
  startsOn: s.startsOn,
  endsOn: s.endsOn,
  venue: s.venue,
  onlineUrl: s.onlineUrl,
  facilitatorName: s.facilitatorName,
  capacity: s.capacity,
  waitlistLimit: s.waitlistLimit,
  seatsTaken: s.seatsTaken,
  waiting: s.waiting,
  status: s.status as z.infer<typeof ZSession>["status"],
  days,
  calendarUrl: `${baseUrl}/staf/pelatihan/sesi/${s.id}/kalender.ics`,
});

async function presentSession(db: Executor, id: string, withDays: boolean, baseUrl: string) {
  const s = await findSession(db, id);
  if (!s) throw new AppError("NOT_FOUND", "Sesi pelatihan tidak ditemukan.");
  const counts = await seatCounts(db, id);
  const days = withDays
    ? (await sessionDays(db, id)).map((d) => ({
        id: d.id,
        date: d.date,
        startTime: d.startTime,
        endTime: d.endTime,
      }))
    : undefined;
  return presentSessionRow({ ...s, jp: s.courseJp, mode: s.courseMode, ...counts }, baseUrl, days);
}

/** The employee whose training record the actor may read; otherwise a 404, as for an unknown id. */
async function readableEmployee(c: C, id: string) {
  const actor = requireActor(c);
  const e = await findEmployee(c.var.deps.db, id);
  if (!e || !can(actor, "record.read", recordResource(e))) {
    throw new AppError("NOT_FOUND", "Pegawai tidak ditemukan.");
  }
  return e;
}

async function presentEnrolmentById(db: Executor, id: string) {
  const [row] = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, id));
  const s = await findSession(db, row!.sessionId);
  const e = await findEmployee(db, row!.employeeId);
  return presentEnrolment({
    ...row!,
    employeeName: e!.name,
    courseTitle: s!.courseTitle,
    startsOn: s!.startsOn,
    endsOn: s!.endsOn,
  });
}

/** The training JSON API (SPEC §3.1: everything the pages do), described in /api/openapi.json. */
export function registerTrainingApi(api: ReturnType<typeof createApi>) {
  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/courses",
      tags,
      summary: "Katalog kursus pelatihan",
      request: { query: z.object(ZPageQuery) },
      responses: {
        200: jsonOk(zPage(ZCourse)),
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, "catalogue.read"))
        throw new AppError("FORBIDDEN", "Anda tidak berhak melihat katalog.");
      const { page, pageSize } = c.req.valid("query");
      const all = await listCourses(c.var.deps.db, { activeOnly: !can(actor, "catalogue.manage") });
      return c.json(
        {
          items: all.slice((page - 1) * pageSize, page * pageSize).map(presentCourse),
          total: all.length,
          page,
          pageSize,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/courses/{id}",
      tags,
      summary: "Satu kursus",
      request: { params: ZIdParam },
      responses: { 200: jsonOk(ZCourse), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const course = await getCourse(c.var.deps.db, c.req.valid("param").id);
      if (!course || !can(actor, "catalogue.read"))
        throw new AppError("NOT_FOUND", "Kursus tidak ditemukan.");
      return c.json(presentCourse(course), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/courses",
      tags,
      summary: "Tambah kursus (admin kepegawaian)",
      request: jsonBody(ZCourseInput),
      responses: { 201: jsonOk(ZCourse, "Dibuat"), ...problemResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const id = await saveCourse(ctx, c.req.valid("json"));
      c.header("Location", `/api/v1/courses/${id}`);
      return c.json(presentCourse((await getCourse(ctx.deps.db, id))!), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/training-sessions",
      tags,
      summary: "Sesi pelatihan (mendatang secara bawaan; `from` = tanggal mulai pencarian)",
      request: {
        query: z.object({
          ...ZPageQuery,
          from: zDate("Tanggal awal").optional(),
          status: z.enum(["dibuka", "ditutup", "selesai", "dibatalkan"]).optional(),
        }),
      },
      responses: {
        200: jsonOk(zPage(ZSession)),
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, "catalogue.read")) throw new AppError("FORBIDDEN", "Anda tidak berhak melihat sesi.");
      const q = c.req.valid("query");
      const { items, total } = await listSessions(c.var.deps.db, {
        from: q.from ?? todayOf(ctxOf(c)),
        status: q.status ? [q.status] : undefined,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      const base = c.var.deps.config.baseUrl;
      return c.json(
        {
          items: items.map((s) => presentSessionRow(s, base)),
          total,
          page: q.page,
          pageSize: q.pageSize,
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/training-sessions/{id}",
      tags,
      summary: "Satu sesi dengan hari-harinya",
      request: { params: ZIdParam },
      responses: { 200: jsonOk(ZSession), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, "catalogue.read")) throw new AppError("NOT_FOUND", "Sesi pelatihan tidak ditemukan.");
      return c.json(
        await presentSession(c.var.deps.db, c.req.valid("param").id, true, c.var.deps.config.baseUrl),
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/training-sessions",
      tags,
      summary: "Jadwalkan sesi (admin kepegawaian)",
      request: jsonBody(ZSessionInput),
      responses: { 201: jsonOk(ZSession, "Dibuat"), ...problemResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const s = await createSession(ctx, c.req.valid("json"));
      c.header("Location", `/api/v1/training-sessions/${s.id}`);
      return c.json(await presentSession(ctx.deps.db, s.id, true, ctx.deps.config.baseUrl), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/training-sessions/{id}/enrolments",
      tags,
      summary: "Minta kursi untuk diri sendiri (menunggu persetujuan atasan)",
      request: {
        params: ZIdParam,
        ...jsonBody(
          z
            .object({ note: z.string().max(500, "Catatan maksimal 500 karakter.").optional() })
            .openapi("EnrolmentRequest"),
        ),
      },
      responses: { 201: jsonOk(ZEnrolment, "Diajukan"), ...problemResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const row = await requestEnrolment(ctx, {
        sessionId: c.req.valid("param").id,
        note: c.req.valid("json").note,
      });
      return c.json(await presentEnrolmentById(ctx.deps.db, row.id), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/training-sessions/{id}/assignments",
      tags,
      summary: "Tugaskan pegawai langsung (admin kepegawaian); semua atau tidak sama sekali",
      request: {
        params: ZIdParam,
        ...jsonBody(
          z
            .object({
              employeeIds: z
                .array(z.string().max(40))
                .min(1, "Pilih pegawai.")
                .max(200, "Maksimal 200 pegawai."),
            })
            .openapi("Assignment"),
        ),
      },
      responses: {
        200: jsonOk(
          z.object({
            items: z.array(
              z.object({ employeeId: z.string(), status: z.enum(["terdaftar", "daftar_tunggu"]) }),
            ),
          }),
        ),
        ...problemResponses,
      },
    }),
    async (c) => {
      const placed = await assignEnrolments(ctxOf(c), {
        sessionId: c.req.valid("param").id,
        employeeIds: c.req.valid("json").employeeIds,
      });
      return c.json(
        {
          items: placed.map((p) => ({
            employeeId: p.employeeId,
            status: p.status as "terdaftar" | "daftar_tunggu",
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/enrolments",
      tags,
      summary: "Pendaftaran yang boleh Anda lihat (milik sendiri, tim Anda, atau unit dalam cakupan)",
      request: {
        query: z.object({
          ...ZPageQuery,
          sessionId: z.string().regex(UUID_PATTERN, "ID sesi tidak valid.").optional(),
          status: z
            .enum(["menunggu", "ditolak", "terdaftar", "daftar_tunggu", "batal", "lulus", "tidak_lulus"])
            .optional(),
        }),
      },
      responses: {
        200: jsonOk(zPage(ZEnrolment)),
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const q = c.req.valid("query");
      const { items, total } = await enrolmentsInScope(c.var.deps.db, {
        unitPaths: readScope(actor),
        selfId: actor.employeeId,
        sessionId: q.sessionId,
        status: q.status,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return c.json({ items: items.map(presentEnrolment), total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/enrolments/{id}/decision",
      tags,
      summary: "Atasan langsung (atau admin kepegawaian) menyetujui atau menolak permintaan",
      request: {
        params: ZIdParam,
        ...jsonBody(
          z
            .object({
              decision: z.enum(["setujui", "tolak"], { error: "Pilih setujui atau tolak." }),
              reason: z.string().max(500, "Alasan maksimal 500 karakter.").optional(),
            })
            .openapi("EnrolmentDecision"),
        ),
      },
      responses: { 200: jsonOk(ZEnrolment), ...problemResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const body = c.req.valid("json");
      const row = await decideEnrolment(ctx, {
        enrolmentId: c.req.valid("param").id,
        decision: body.decision,
        reason: body.reason,
      });
      return c.json(await presentEnrolmentById(ctx.deps.db, row.id), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/enrolments/{id}/withdrawal",
      tags,
      summary:
        "Mundur dari sesi (peserta atau admin kepegawaian); kursi yang kosong diberikan ke daftar tunggu",
      request: {
        params: ZIdParam,
        ...jsonBody(z.object({ reason: z.string().max(500).optional() }).openapi("Withdrawal")),
      },
      responses: { 200: jsonOk(z.object({ promoted: z.array(z.string()) })), ...problemResponses },
    }),
    async (c) => {
      const result = await withdrawEnrolment(ctxOf(c), {
        enrolmentId: c.req.valid("param").id,
        reason: c.req.valid("json").reason,
      });
      return c.json(result, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/attendance/check-ins",
      tags,
      summary: "Presensi dengan kode QR yang berganti setiap 30 detik",
      request: {
        ...jsonBody(
          z
            .object({
              dayId: z.string().max(40, "ID hari tidak valid."),
              code: z.string().max(20, "Kode terlalu panjang."),
            })
            .openapi("CheckIn"),
        ),
      },
      responses: {
        200: jsonOk(
          z
            .object({
              status: z.enum(["tercatat", "sudah_tercatat"]),
              sessionId: z.string(),
              date: z.string(),
              checkedInAt: z.string(),
            })
            .openapi("CheckInResult"),
        ),
        ...problemResponses,
      },
    }),
    async (c) => {
      const r = await checkIn(ctxOf(c), c.req.valid("json"));
      return c.json(
        { status: r.status, sessionId: r.sessionId, date: r.date, checkedInAt: r.checkedInAt.toISOString() },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/enrolments/{id}/tests/{phase}",
      tags,
      summary: "Mulai (atau lanjutkan) pre-test atau post-test; batas waktu dihitung sejak mulai",
      request: {
        params: z.object({
          id: uuid("id"),
          phase: z.enum(["pre", "post"]).openapi({ param: { name: "phase", in: "path" } }),
        }),
      },
      responses: { 200: jsonOk(ZAttempt), ...problemResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { id, phase } = c.req.valid("param");
      const a = await startTest(ctx, { enrolmentId: id, phase });
      const questions = await loadAttemptQuestions(ctx.deps.db, a.questionIds);
      return c.json(
        {
          id: a.id,
          phase: a.phase as "pre" | "post",
          startedAt: a.startedAt.toISOString(),
          deadlineAt: a.deadlineAt.toISOString(),
          submittedAt: a.submittedAt?.toISOString() ?? null,
          score: a.score,
          questions: questions.map((q) => ({
            id: q.id,
            kind: q.kind as "tunggal" | "ganda",
            prompt: q.prompt,
            options: q.options,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/test-attempts/{id}/answers",
      tags,
      summary: "Kirim jawaban tes; dinilai otomatis. Jawaban setelah batas waktu ditolak (422)",
      request: {
        params: ZIdParam,
        ...jsonBody(
          z
            .object({
              answers: z
                .record(z.string().max(40), z.array(z.number().int()).max(10))
                .refine((a) => Object.keys(a).length <= 100, "Terlalu banyak jawaban."),
            })
            .openapi("TestAnswers"),
        ),
      },
      responses: {
        200: jsonOk(z.object({ score: z.number(), correct: z.number().int(), total: z.number().int() })),
        ...problemResponses,
      },
    }),
    async (c) => {
      const r = await submitTest(ctxOf(c), {
        attemptId: c.req.valid("param").id,
        answers: c.req.valid("json").answers,
      });
      return c.json({ score: r.score ?? 0, correct: r.correctCount ?? 0, total: r.total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/training-sessions/{id}/results",
      tags,
      summary: "Hasil sesi: presensi per hari, pre/post, peningkatan belajar, survei",
      request: { params: ZIdParam },
      responses: { 200: jsonOk(ZResults), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const s = await findSession(c.var.deps.db, c.req.valid("param").id);
      if (
        !s ||
        !(
          can(actor, "session.facilitate", sessionResource(s)) ||
          can(actor, "record.read", { unitPath: s.unitPath })
        )
      ) {
        throw new AppError("NOT_FOUND", "Sesi pelatihan tidak ditemukan.");
      }
      const d = await sessionParticipants(c.var.deps.db, s.id);
      return c.json(
        {
          sessionId: s.id,
          days: d.days.map((x) => ({ id: x.id, date: x.date, present: x.present })),
          gain: d.gain,
          survey: {
            n: d.survey.n,
            relevance: d.survey.relevance,
            material: d.survey.material,
            facilitator: d.survey.facilitator,
            organisation: d.survey.organisation,
          },
          participants: d.participants.map((p) => ({
            enrolmentId: p.enrolmentId,
            employeeId: p.employeeId,
            name: p.name,
            nip: p.nip,
            status: p.status,
            attendedDays: [...p.attendedDayIds],
            pre: p.pre,
            post: p.post,
            gain: p.gain,
            normalizedGain: p.normalizedGain,
            surveyDone: p.surveyDone,
            certificateNumber: p.certificateNumber,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/training-sessions/{id}/completion",
      tags,
      summary: "Tutup sesi: hitung kelulusan, catat JP, terbitkan sertifikat ber-QR",
      request: { params: ZIdParam },
      responses: {
        200: jsonOk(z.object({ participants: z.number().int(), passed: z.number().int() })),
        ...problemResponses,
      },
    }),
    async (c) => c.json(await completeSession(ctxOf(c), { sessionId: c.req.valid("param").id }), 200),
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/employees/{id}/jp",
      tags,
      summary: "JP seorang ASN dalam satu tahun kalender terhadap targetnya (PP 11/2017 jo. PP 17/2020)",
      request: {
        params: ZIdParam,
        query: z.object({
          year: z.coerce
            .number()
            .int("Tahun tidak valid.")
            .min(2000, "Tahun minimal 2000.")
            .max(2100, "Tahun maksimal 2100.")
            .optional(),
        }),
      },
      responses: { 200: jsonOk(ZJp), ...problemResponses },
    }),
    async (c) => {
      const e = await readableEmployee(c, c.req.valid("param").id);
      const year = c.req.valid("query").year ?? Number(todayOf(ctxOf(c)).slice(0, 4));
      const s = (await jpSummaryFor(c.var.deps.db, e.id, year))!;
      return c.json(
        {
          year: s.year,
          target: s.target,
          earned: s.earned,
          state: s.state,
          items: s.items.map((i) => ({
            title: i.title,
            provider: i.provider,
            mode: i.mode,
            source: i.source as "internal" | "eksternal",
            startDate: i.startDate,
            endDate: i.endDate,
            jp: i.jp,
            certificateNumber: i.certificateNumber,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/employees/{id}/training-recommendations",
      tags,
      summary: "Kursus yang disarankan dari kesenjangan kompetensi (dan sumber lain yang terdaftar)",
      request: { params: ZIdParam },
      responses: {
        200: jsonOk(
          z.object({
            items: z.array(
              z.object({
                courseId: z.string(),
                title: z.string(),
                jp: z.number().int(),
                weight: z.number(),
                reasons: z.array(z.object({ source: z.string(), text: z.string() })),
                nextSessionId: z.string().nullable(),
              }),
            ),
          }),
        ),
        ...problemResponses,
      },
    }),
    async (c) => {
      const e = await readableEmployee(c, c.req.valid("param").id);
      const recs = await recommendFor(c.var.deps.db, e.id, todayOf(ctxOf(c)));
      return c.json(
        {
          items: recs.map((r) => ({
            courseId: r.courseId,
            title: r.title,
            jp: r.jp,
            weight: r.weight,
            reasons: r.reasons,
            nextSessionId: r.nextSession?.id ?? null,
          })),
        },
        200,
      );
    },
  );

  const ZExternal = z
    .object({
      id: z.string(),
      employeeId: z.string(),
      title: z.string(),
      provider: z.string(),
      mode: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      minutes: z.number().int(),
      jpProposed: z.number().int(),
      jpApproved: z.number().int().nullable(),
      status: z.enum(["diajukan", "diverifikasi", "ditolak"]),
      rejectionReason: z.string().nullable(),
    })
    .openapi("ExternalTraining");
  const presentExternal = (x: typeof trainingExternal.$inferSelect) => ({
    id: x.id,
    employeeId: x.employeeId,
    title: x.title,
    provider: x.provider,
    mode: x.mode,
    startDate: x.startDate,
    endDate: x.endDate,
    minutes: x.minutes,
    jpProposed: x.jpProposed,
    jpApproved: x.jpApproved,
    status: x.status as "diajukan" | "diverifikasi" | "ditolak",
    rejectionReason: x.rejectionReason,
  });

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/external-trainings",
      tags,
      summary: "Ajukan pelatihan eksternal dengan sertifikat (PDF/JPG/PNG, diperiksa dari isinya)",
      request: {
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z
                .object({
                  title: z.string().optional(),
                  provider: z.string().optional(),
                  mode: z.enum(["klasikal", "nonklasikal", "e_learning"]).optional(),
                  startDate: z.string().optional().openapi({ example: "2026-06-01" }),
                  endDate: z.string().optional(),
                  hours: z.string().optional().openapi({ example: "7,5" }),
                  certificateNumber: z.string().optional(),
                  file: z.any().openapi({ type: "string", format: "binary" }),
                })
                .openapi("ExternalTrainingUpload"),
            },
          },
        },
      },
      responses: { 201: jsonOk(ZExternal, "Diajukan"), ...problemResponses },
    }),
    async (c) => {
      const body = await c.req.parseBody();
      const values: Record<string, string> = {};
      for (const k of ["title", "provider", "mode", "startDate", "endDate", "hours", "certificateNumber"]) {
        if (typeof body[k] === "string") values[k] = (body[k] as string).trim();
      }
      const file = body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null;
      const row = await submitExternal(ctxOf(c), values, file);
      return c.json(presentExternal(row), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/external-trainings",
      tags,
      summary:
        "Pelatihan eksternal: milik sendiri, atau antrean verifikasi dalam cakupan (admin kepegawaian)",
      request: { query: z.object({ status: z.enum(["diajukan", "diverifikasi", "ditolak"]).optional() }) },
      responses: { 200: jsonOk(z.object({ items: z.array(ZExternal) })), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { status } = c.req.valid("query");
      const own = actor.employeeId ? await myExternal(c.var.deps.db, actor.employeeId) : [];
      const queue = isManager(actor)
        ? (await externalQueue(c.var.deps.db, manageScope(actor), status ?? "diajukan")).map((r) => r.claim)
        : [];
      const all = [...new Map([...own, ...queue].map((x) => [x.id, x])).values()].filter(
        (x) => !status || x.status === status,
      );
      return c.json({ items: all.map(presentExternal) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/external-trainings/{id}/verification",
      tags,
      summary: "Admin kepegawaian memverifikasi (dengan JP yang disetujui) atau menolak (dengan alasan)",
      request: {
        params: ZIdParam,
        ...jsonBody(
          z
            .object({
              decision: z.enum(["verifikasi", "tolak"], { error: "Pilih verifikasi atau tolak." }),
              jpApproved: z.number().int("JP harus bilangan bulat.").optional(),
              reason: z.string().max(500, "Alasan maksimal 500 karakter.").optional(),
            })
            .openapi("ExternalVerification"),
        ),
      },
      responses: { 200: jsonOk(ZExternal), ...problemResponses },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const row = await verifyExternal(ctxOf(c), { id: c.req.valid("param").id, ...body });
      return c.json(presentExternal(row), 200);
    },
  );
}
