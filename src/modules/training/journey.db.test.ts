import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../platform/audit/audit";
import { auditLog } from "../../platform/audit/schema";
import { findDocumentBySource, makeToken } from "../../platform/documents";
import { outbox } from "../../platform/outbox/schema";
import {
  createStaff,
  createTestContext,
  type TestClient,
  type TestContext,
} from "../../platform/testing/test-app";
import { attendanceCode, codeWindow } from "./domain/attendance-code";
import { trainingAttendance, trainingEnrolments, trainingJpCredits, trainingTestAttempts } from "./schema";
import { buildCourse, buildPerson, buildSession, testClock } from "./testing/factories";

/**
 * The core journey on a real database (SPEC §3.3 issue 13): request → supervisor approves → QR attendance
 * on each day → pre/post tests → completion → JP credited → certificate verifiable at /verify.
 */
const clock = testClock("2026-03-02T01:00:00Z"); // Monday 08.00 WIB, a week before the session
let ctx: TestContext;
let sessionId: string;
let days: { id: string; date: string }[];
let rina: { id: string };
let budi: { id: string };
let rinaClient: TestClient;
let budiClient: TestClient;
let kasiClient: TestClient;
let strangerClient: TestClient;
let hrClient: TestClient;
let rinaEnrolment: string;
let budiEnrolment: string;
const questionIds: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext({ now: clock.now });
  const kasi = await buildPerson(ctx.deps, {
    name: "Syahrul Uji",
    username: "kasi.uji",
    positionCode: "MM.PATEN.KASI",
    role: "petugas",
    roleUnitCode: "MM.PATEN",
  });
  rina = (
    await buildPerson(ctx.deps, {
      name: "Rina Uji",
      username: "rina.uji",
      positionCode: "MM.PATEN.PDP",
      supervisorId: kasi.employee.id,
    })
  ).employee;
  budi = (
    await buildPerson(ctx.deps, {
      name: "Budi Uji",
      username: "budi.uji",
      positionCode: "MM.PATEN.OLO",
      supervisorId: kasi.employee.id,
    })
  ).employee;
  await buildPerson(ctx.deps, {
    name: "Lurah Lain",
    username: "lurah.lain",
    unitCode: "MM.1003",
    role: "pimpinan",
    roleUnitCode: "MM.1003",
  });
  const hr = await createStaff(ctx.deps, { username: "hr.uji", role: "admin_kepegawaian", unitCode: "MM" });
  const { course, questions } = await buildCourse(ctx.deps, {
    jp: 16,
    minAttendancePct: 100,
    minPostScore: 70,
  });
  questionIds.push(...questions.map((q) => q.id));
  const built = await buildSession(ctx.deps, {
    courseId: course.id,
    dates: ["2026-03-09", "2026-03-10"],
    capacity: 10,
    facilitatorUserId: hr.userId,
  });
  sessionId = built.session.id;
  days = built.days;
  rinaClient = await ctx.client().login("rina.uji");
  budiClient = await ctx.client().login("budi.uji");
  kasiClient = await ctx.client().login("kasi.uji");
  strangerClient = await ctx.client().login("lurah.lain");
  hrClient = await ctx.client().login("hr.uji");
});
afterAll(() => ctx.close());

/** Moving the clock by days ends the 12-hour sessions: sign everyone in again. */
async function moveClock(iso: string) {
  clock.set(iso);
  rinaClient = await ctx.client().login("rina.uji");
  budiClient = await ctx.client().login("budi.uji");
  kasiClient = await ctx.client().login("kasi.uji");
  strangerClient = await ctx.client().login("lurah.lain");
  hrClient = await ctx.client().login("hr.uji");
}

const enrolmentOf = async (employeeId: string) =>
  (
    await ctx.db
      .select()
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.employeeId, employeeId)))
  )[0]!;

describe("training journey", () => {
  it("an ASN asks for a seat on the page; asking twice is refused", async () => {
    const res = await rinaClient.postForm(`/staf/pelatihan/sesi/${sessionId}/daftar`, {
      note: "Untuk loket PATEN",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("ok=requested");
    rinaEnrolment = (await enrolmentOf(rina.id)).id;
    expect((await enrolmentOf(rina.id)).status).toBe("menunggu");
    const again = await rinaClient.postForm(`/staf/pelatihan/sesi/${sessionId}/daftar`, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("menunggu persetujuan atasan");
    const api = await budiClient.json("POST", `/api/v1/training-sessions/${sessionId}/enrolments`, {
      note: "Mohon ikut",
    });
    expect(api.status).toBe(201);
    budiEnrolment = (await api.json()).id;
    // The supervisor is told in-app.
    const note = await ctx.db
      .select()
      .from(outbox)
      .where(eq(outbox.subject, "Permintaan pelatihan dari Rina Uji"));
    expect(note.length).toBeGreaterThan(0);
  });

  it("someone else's supervisor cannot decide; the request stays pending", async () => {
    const res = await strangerClient.json("POST", `/api/v1/enrolments/${rinaEnrolment}/decision`, {
      decision: "setujui",
    });
    expect(res.status).toBe(403);
    expect((await res.json()).detail).toContain("atasan langsung");
    expect((await enrolmentOf(rina.id)).status).toBe("menunggu");
    const self = await rinaClient.json("POST", `/api/v1/enrolments/${rinaEnrolment}/decision`, {
      decision: "setujui",
    });
    expect(self.status).toBe(403);
  });

  it("the direct supervisor approves on the page and by API; the ASN gets an invitation", async () => {
    const noReason = await kasiClient.postForm(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/putuskan`, {
      decision: "tolak",
      reason: "",
    });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain("Tulis alasan penolakan");
    expect((await enrolmentOf(rina.id)).status).toBe("menunggu");
    const res = await kasiClient.postForm(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/putuskan`, {
      decision: "setujui",
      reason: "",
    });
    expect(res.status).toBe(303);
    expect((await enrolmentOf(rina.id)).status).toBe("terdaftar");
    const api = await kasiClient.json("POST", `/api/v1/enrolments/${budiEnrolment}/decision`, {
      decision: "setujui",
    });
    expect(api.status).toBe(200);
    expect((await api.json()).status).toBe("terdaftar");
    const twice = await kasiClient.json("POST", `/api/v1/enrolments/${budiEnrolment}/decision`, {
      decision: "tolak",
      reason: "berubah pikiran",
    });
    expect(twice.status).toBe(409);
    const invitations = await ctx.db
      .select()
      .from(outbox)
      .where(like(outbox.subject, "Undangan pelatihan:%"));
    expect(invitations.length).toBeGreaterThanOrEqual(2);
    const ics = await rinaClient.get(`/staf/pelatihan/sesi/${sessionId}/kalender.ics`);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect((await ics.text()).split("BEGIN:VEVENT").length - 1).toBe(2);
  });

  it("takes the pre-test", async () => {
    await moveClock("2026-03-09T01:10:00Z");
    const start = await rinaClient.json("POST", `/api/v1/enrolments/${rinaEnrolment}/tests/pre`);
    expect(start.status).toBe(200);
    const attempt = await start.json();
    expect(attempt.questions.map((q: { id: string }) => q.id)).toEqual(questionIds);
    expect(JSON.stringify(attempt)).not.toContain("correct");
    const res = await rinaClient.json("POST", `/api/v1/test-attempts/${attempt.id}/answers`, {
      answers: { [questionIds[0]!]: [1], [questionIds[1]!]: [0] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ score: 50, correct: 1, total: 2 });
    const again = await rinaClient.json("POST", `/api/v1/test-attempts/${attempt.id}/answers`, {
      answers: {},
    });
    expect(again.status).toBe(409);
  });

  it("checks in on day 1 with the code on the facilitator's screen; a replay is harmless; old and forged codes are refused", async () => {
    clock.set("2026-03-09T01:20:05Z");
    const screen = await hrClient.get(`/staf/pelatihan/kelola/sesi/${sessionId}/layar/${days[0]!.id}`);
    expect(screen.status).toBe(200);
    expect(screen.headers.get("refresh")).toBeTruthy();
    const code = (await screen.text())
      .match(/<span aria-hidden="true">([A-Z2-7]{4}) ([A-Z2-7]{4})/)!
      .slice(1)
      .join("");
    const res = await rinaClient.json("POST", "/api/v1/attendance/check-ins", { dayId: days[0]!.id, code });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("tercatat");
    const replay = await rinaClient.json("POST", "/api/v1/attendance/check-ins", {
      dayId: days[0]!.id,
      code,
    });
    expect((await replay.json()).status).toBe("sudah_tercatat");

    clock.advance(65); // the code on a photo shared a minute ago
    const old = await budiClient.json("POST", "/api/v1/attendance/check-ins", { dayId: days[0]!.id, code });
    expect(old.status).toBe(422);
    expect((await old.json()).errors[0]).toMatchObject({
      field: "code",
      message: expect.stringContaining("kedaluwarsa"),
    });
    const forged = await budiClient.json("POST", "/api/v1/attendance/check-ins", {
      dayId: days[0]!.id,
      code: "ABCDEFGH",
    });
    expect(forged.status).toBe(422);
    const otherDay = attendanceCode(ctx.deps.secret, days[1]!.id, codeWindow(clock.now()));
    const wrongDay = await budiClient.json("POST", "/api/v1/attendance/check-ins", {
      dayId: days[1]!.id,
      code: otherDay,
    });
    expect(wrongDay.status).toBe(422);
    expect(
      await ctx.db.select().from(trainingAttendance).where(eq(trainingAttendance.enrolmentId, budiEnrolment)),
    ).toHaveLength(0);

    // Budi scans the current code: the QR opens a confirmation page, the button records it.
    const current = attendanceCode(ctx.deps.secret, days[0]!.id, codeWindow(clock.now()));
    expect((await budiClient.get(`/staf/pelatihan/hadir?c=${current}&d=${days[0]!.id}`)).status).toBe(200);
    const form = await budiClient.postForm("/staf/pelatihan/hadir", { c: current, d: days[0]!.id });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toContain("ok=checkedIn");
  });

  it("day 2: Rina scans; Budi's phone is dead so the facilitator marks him by hand, with a reason (audited)", async () => {
    await moveClock("2026-03-10T01:05:00Z");
    const code = attendanceCode(ctx.deps.secret, days[1]!.id, codeWindow(clock.now()));
    expect(
      (await rinaClient.json("POST", "/api/v1/attendance/check-ins", { dayId: days[1]!.id, code })).status,
    ).toBe(200);
    const noReason = await hrClient.postForm(`/staf/pelatihan/kelola/sesi/${sessionId}/presensi`, {
      enrolmentId: budiEnrolment,
      dayId: days[1]!.id,
      present: "1",
      reason: "",
    });
    expect(noReason.status).toBe(422);
    const byHand = await hrClient.postForm(`/staf/pelatihan/kelola/sesi/${sessionId}/presensi`, {
      enrolmentId: budiEnrolment,
      dayId: days[1]!.id,
      present: "1",
      reason: "Ponsel peserta mati",
    });
    expect(byHand.status).toBe(303);
    const [audited] = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "training.attendance.manual"));
    expect(audited?.after).toMatchObject({ reason: "Ponsel peserta mati" });
    // An ordinary participant cannot mark attendance (the session's management page does not exist for them).
    const notAllowed = await rinaClient.postForm(`/staf/pelatihan/kelola/sesi/${sessionId}/presensi`, {
      enrolmentId: budiEnrolment,
      dayId: days[1]!.id,
      present: "0",
      reason: "iseng saja",
    });
    expect(notAllowed.status).toBe(404);
    expect(
      await ctx.db.select().from(trainingAttendance).where(eq(trainingAttendance.enrolmentId, budiEnrolment)),
    ).toHaveLength(2);
  });

  it("post-test: answers after the time limit are refused and nothing is stored", async () => {
    clock.set("2026-03-10T08:00:00Z");
    const rinaAttempt = await (
      await rinaClient.json("POST", `/api/v1/enrolments/${rinaEnrolment}/tests/post`)
    ).json();
    const ok = await rinaClient.json("POST", `/api/v1/test-attempts/${rinaAttempt.id}/answers`, {
      answers: { [questionIds[0]!]: [1], [questionIds[1]!]: [2, 0] },
    });
    expect(await ok.json()).toEqual({ score: 100, correct: 2, total: 2 });

    const budiAttempt = await (
      await budiClient.json("POST", `/api/v1/enrolments/${budiEnrolment}/tests/post`)
    ).json();
    clock.advance(20 * 60 + 31);
    const late = await budiClient.json("POST", `/api/v1/test-attempts/${budiAttempt.id}/answers`, {
      answers: { [questionIds[0]!]: [1], [questionIds[1]!]: [0, 2] },
    });
    expect(late.status).toBe(422);
    expect((await late.json()).detail).toContain("Waktu pengerjaan sudah habis");
    const [stored] = await ctx.db
      .select()
      .from(trainingTestAttempts)
      .where(eq(trainingTestAttempts.id, budiAttempt.id));
    expect(stored!.submittedAt).toBeNull();
    expect(stored!.score).toBeNull();
    // Someone else's attempt is not found.
    expect(
      (await budiClient.json("POST", `/api/v1/test-attempts/${rinaAttempt.id}/answers`, { answers: {} }))
        .status,
    ).toBe(404);
  });

  it("the reaction survey is taken once", async () => {
    const ratings = {
      relevance: "5",
      material: "4",
      facilitator: "5",
      organisation: "4",
      comment: "Bermanfaat",
    };
    const bad = await rinaClient.postForm(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/survei`, {
      ...ratings,
      relevance: "9",
    });
    expect(bad.status).toBe(422);
    expect(
      (await rinaClient.postForm(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/survei`, ratings)).status,
    ).toBe(303);
    expect(
      (await rinaClient.postForm(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/survei`, ratings)).status,
    ).toBe(409);
  });

  it("completion credits JP to those who pass and issues a verifiable certificate", async () => {
    const results = await hrClient.json("GET", `/api/v1/training-sessions/${sessionId}/results`);
    const body = await results.json();
    expect(body.gain).toMatchObject({ n: 1, meanPre: 50, meanPost: 100, meanGain: 50 });
    expect(
      body.participants.find((p: { enrolmentId: string }) => p.enrolmentId === rinaEnrolment),
    ).toMatchObject({ pre: 50, post: 100, gain: 50, normalizedGain: 1 });

    expect((await rinaClient.json("POST", `/api/v1/training-sessions/${sessionId}/completion`)).status).toBe(
      403,
    );
    const done = await hrClient.json("POST", `/api/v1/training-sessions/${sessionId}/completion`);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ participants: 2, passed: 1 });
    expect((await hrClient.json("POST", `/api/v1/training-sessions/${sessionId}/completion`)).status).toBe(
      409,
    );
    expect((await enrolmentOf(budi.id)).status).toBe("tidak_lulus");
    expect(
      await ctx.db.select().from(trainingJpCredits).where(eq(trainingJpCredits.employeeId, budi.id)),
    ).toHaveLength(0);

    const jp = await rinaClient.json("GET", `/api/v1/employees/${rina.id}/jp?year=2026`);
    expect(jp.status).toBe(200);
    const summary = await jp.json();
    expect(summary).toMatchObject({ year: 2026, target: 20, earned: 16, state: "tertinggal" });
    expect(summary.items).toHaveLength(1);
    expect(summary.items[0]).toMatchObject({
      jp: 16,
      source: "internal",
      startDate: "2026-03-09",
      endDate: "2026-03-10",
    });
    expect((await kasiClient.json("GET", `/api/v1/employees/${rina.id}/jp?year=2026`)).status).toBe(200);
    expect((await strangerClient.json("GET", `/api/v1/employees/${rina.id}/jp?year=2026`)).status).toBe(404);
    expect((await rinaClient.json("GET", `/api/v1/employees/${rina.id}/jp?year=1999`)).status).toBe(400);

    const pdf = await rinaClient.get(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/sertifikat.pdf`);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await budiClient.get(`/staf/pelatihan/pendaftaran/${rinaEnrolment}/sertifikat.pdf`)).status).toBe(
      404,
    );
    const doc = await findDocumentBySource(ctx.db, "training_enrolment", rinaEnrolment);
    expect(doc?.number).toMatch(/^800\.2\/0001\/PLT\/2026$/);
    const page = await ctx.app.request(`/verify/${makeToken(ctx.deps.secret, doc!.id)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("SAH");
    expect(html).toContain("Rina Uji");
    expect(html).toContain("16 JP");
    expect(html).not.toContain(summary.nip ?? "19900101");

    const page2 = await rinaClient.get("/staf/pelatihan");
    expect(await page2.text()).toContain("16 JP");
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });
});
