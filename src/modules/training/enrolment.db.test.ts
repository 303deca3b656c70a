import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../platform/outbox/schema";
import {
  createStaff,
  createTestContext,
  type TestClient,
  type TestContext,
} from "../../platform/testing/test-app";
import { assignEnrolments } from "./commands/assign-enrolment";
import { withdrawEnrolment } from "./commands/withdraw-enrolment";
import { trainingEnrolments } from "./schema";
import { buildCourse, buildEmployee, buildPerson, buildSession, testClock } from "./testing/factories";

/**
 * Seats, waitlist and scope on a real database (SPEC §3.3 issue 13): concurrent withdrawals promote exactly
 * the right people, capacity is never exceeded, and nobody decides outside their team or scope.
 */
const clock = testClock("2026-05-04T01:00:00Z");
let ctx: TestContext;
let hr: Awaited<ReturnType<typeof createStaff>>;
let hrClient: TestClient;
let courseId: string;
const people: Record<string, string> = {};

const statusOf = async (sessionId: string) =>
  Object.fromEntries(
    (await ctx.db.select().from(trainingEnrolments).where(eq(trainingEnrolments.sessionId, sessionId))).map(
      (e) => [Object.entries(people).find(([, id]) => id === e.employeeId)![0], e.status],
    ),
  );

beforeAll(async () => {
  ctx = await createTestContext({ now: clock.now });
  hr = await createStaff(ctx.deps, { username: "hr", role: "admin_kepegawaian", unitCode: "MM" });
  hrClient = await ctx.client().login("hr");
  const kasi = await buildPerson(ctx.deps, { name: "Kasi", username: "kasi", positionCode: "MM.PATEN.KASI" });
  people.kasi = kasi.employee.id;
  for (const name of ["A", "B", "C", "D", "E"])
    people[name] = (
      await buildEmployee(ctx.deps, { name: `Peserta ${name}`, supervisorId: kasi.employee.id })
    ).id;
  people.F = (
    await buildPerson(ctx.deps, { name: "Peserta F", username: "f", supervisorId: kasi.employee.id })
  ).employee.id;
  people.G = (
    await buildPerson(ctx.deps, { name: "Peserta G", username: "g", unitCode: "MM.1003", supervisorId: null })
  ).employee.id;
  await buildPerson(ctx.deps, { name: "Kasi Terjun", username: "kasi.terjun", unitCode: "MM.1003" });
  await createStaff(ctx.deps, { username: "hr.terjun", role: "admin_kepegawaian", unitCode: "MM.1003" });
  courseId = (await buildCourse(ctx.deps)).course.id;
});
afterAll(() => ctx.close());

describe("capacity and waitlist", () => {
  let sessionId: string;

  it("fills the seats, then the waitlist in order of arrival, then refuses with a clear 409", async () => {
    sessionId = (
      await buildSession(ctx.deps, { courseId, dates: ["2026-05-20"], capacity: 2, waitlistLimit: 3 })
    ).session.id;
    for (const name of ["A", "B", "C", "D", "E"]) {
      clock.advance(1);
      const res = await hrClient.json("POST", `/api/v1/training-sessions/${sessionId}/assignments`, {
        employeeIds: [people[name]],
      });
      expect(res.status).toBe(200);
    }
    expect(await statusOf(sessionId)).toEqual({
      A: "terdaftar",
      B: "terdaftar",
      C: "daftar_tunggu",
      D: "daftar_tunggu",
      E: "daftar_tunggu",
    });

    const f = await ctx.client().login("f");
    const full = await f.json("POST", `/api/v1/training-sessions/${sessionId}/enrolments`, {});
    expect(full.status).toBe(409);
    expect((await full.json()).detail).toContain("daftar tunggu juga penuh");
    const page = await f.postForm(`/staf/pelatihan/sesi/${sessionId}/daftar`, {});
    expect(page.status).toBe(409);
    expect(await page.text()).toContain("Kelas sudah penuh");
    const assign = await hrClient.json("POST", `/api/v1/training-sessions/${sessionId}/assignments`, {
      employeeIds: [people.F],
    });
    expect(assign.status).toBe(422);
    expect(Object.keys(await statusOf(sessionId))).not.toContain("F");
  });

  it("enrolling someone twice is refused and nothing changes", async () => {
    const res = await hrClient.json("POST", `/api/v1/training-sessions/${sessionId}/assignments`, {
      employeeIds: [people.A],
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0].message).toContain("sudah terdaftar");
  });

  it("two simultaneous withdrawals promote exactly the first two waiting, never more", async () => {
    const [a, b] = await ctx.db
      .select()
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.sessionId, sessionId), eq(trainingEnrolments.status, "terdaftar")));
    const results = await Promise.all([
      withdrawEnrolment({ deps: ctx.deps, actor: hr }, { enrolmentId: a!.id, reason: "Tugas luar" }),
      withdrawEnrolment({ deps: ctx.deps, actor: hr }, { enrolmentId: b!.id, reason: "Sakit" }),
    ]);
    expect(results.flatMap((r) => r.promoted)).toHaveLength(2);
    expect(await statusOf(sessionId)).toEqual({
      A: "batal",
      B: "batal",
      C: "terdaftar",
      D: "terdaftar",
      E: "daftar_tunggu",
    });
    const told = await ctx.db.select().from(outbox).where(like(outbox.subject, "Undangan pelatihan:%"));
    expect(told.length).toBeGreaterThanOrEqual(4);
    // Withdrawing twice is a conflict.
    expect((await hrClient.json("POST", `/api/v1/enrolments/${a!.id}/withdrawal`, {})).status).toBe(409);
  });

  it("raising the capacity promotes the next in line", async () => {
    const res = await hrClient.postForm(`/staf/pelatihan/kelola/sesi/${sessionId}/ubah`, {
      capacity: "3",
      waitlistLimit: "3",
      status: "dibuka",
    });
    expect(res.status).toBe(303);
    expect((await statusOf(sessionId)).E).toBe("terdaftar");
    const bad = await hrClient.postForm(`/staf/pelatihan/kelola/sesi/${sessionId}/ubah`, {
      capacity: "-4",
      waitlistLimit: "3",
      status: "dibuka",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Kapasitas harus 1–500");
  });

  it("concurrent assignments to the last seat: one gets it, the other waits", async () => {
    const s = (
      await buildSession(ctx.deps, { courseId, dates: ["2026-05-21"], capacity: 1, waitlistLimit: 5 })
    ).session.id;
    await Promise.all([
      assignEnrolments({ deps: ctx.deps, actor: hr }, { sessionId: s, employeeIds: [people.A!] }),
      assignEnrolments({ deps: ctx.deps, actor: hr }, { sessionId: s, employeeIds: [people.B!] }),
    ]);
    expect(Object.values(await statusOf(s)).sort()).toEqual(["daftar_tunggu", "terdaftar"]);
  });

  it("concurrent withdrawals under heavier load keep seats = capacity", async () => {
    const s = (
      await buildSession(ctx.deps, { courseId, dates: ["2026-05-22"], capacity: 3, waitlistLimit: 10 })
    ).session.id;
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push((await buildEmployee(ctx.deps, { name: `Antre ${i}` })).id);
    for (const id of ids) {
      clock.advance(1);
      await assignEnrolments({ deps: ctx.deps, actor: hr }, { sessionId: s, employeeIds: [id] });
    }
    const seated = await ctx.db
      .select()
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.sessionId, s), eq(trainingEnrolments.status, "terdaftar")));
    await Promise.all(
      seated.map((e) => withdrawEnrolment({ deps: ctx.deps, actor: hr }, { enrolmentId: e.id })),
    );
    const after = await ctx.db.select().from(trainingEnrolments).where(eq(trainingEnrolments.sessionId, s));
    const byEmployee = new Map(after.map((e) => [e.employeeId, e.status]));
    // The next three in order of arrival have the seats; the last two still wait.
    expect(ids.map((id) => byEmployee.get(id))).toEqual([
      "batal",
      "batal",
      "batal",
      "terdaftar",
      "terdaftar",
      "terdaftar",
      "daftar_tunggu",
      "daftar_tunggu",
    ]);
  });
});

describe("scope", () => {
  let sessionId: string;
  let fEnrolment: string;
  let gEnrolment: string;

  beforeAll(async () => {
    sessionId = (await buildSession(ctx.deps, { courseId, dates: ["2026-06-10"], capacity: 10 })).session.id;
    const f = await ctx.client().login("f");
    fEnrolment = (
      await (await f.json("POST", `/api/v1/training-sessions/${sessionId}/enrolments`, {})).json()
    ).id;
    const g = await ctx.client().login("g");
    gEnrolment = (
      await (await g.json("POST", `/api/v1/training-sessions/${sessionId}/enrolments`, {})).json()
    ).id;
  });

  it("another team's supervisor is refused with a clear message; the request stays pending", async () => {
    const other = await ctx.client().login("kasi.terjun");
    const res = await other.postForm(`/staf/pelatihan/pendaftaran/${fEnrolment}/putuskan`, {
      decision: "setujui",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Hanya atasan langsung");
    expect(
      (await ctx.db.select().from(trainingEnrolments).where(eq(trainingEnrolments.id, fEnrolment)))[0]!
        .status,
    ).toBe("menunggu");
  });

  it("the direct supervisor sees the request on the approvals page; a stranger does not", async () => {
    const kasi = await ctx.client().login("kasi");
    expect(await (await kasi.get("/staf/pelatihan/persetujuan")).text()).toContain("Peserta F");
    const other = await ctx.client().login("kasi.terjun");
    expect(await (await other.get("/staf/pelatihan/persetujuan")).text()).not.toContain("Peserta F");
  });

  it("HR of a kelurahan cannot decide for the kecamatan's staff nor manage the kecamatan's sessions", async () => {
    const hrTerjun = await ctx.client().login("hr.terjun");
    expect(
      (await hrTerjun.json("POST", `/api/v1/enrolments/${fEnrolment}/decision`, { decision: "setujui" }))
        .status,
    ).toBe(403);
    expect(
      (
        await hrTerjun.json("POST", `/api/v1/training-sessions/${sessionId}/assignments`, {
          employeeIds: [people.F],
        })
      ).status,
    ).toBe(403);
  });

  it("HR decides for someone without a supervisor (their fallback queue)", async () => {
    expect(await (await hrClient.get("/staf/pelatihan/persetujuan")).text()).toContain("Peserta G");
    const res = await hrClient.json("POST", `/api/v1/enrolments/${gEnrolment}/decision`, {
      decision: "tolak",
      reason: "Kuota unit habis",
    });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe("ditolak");
  });

  it("an ASN cannot withdraw someone else's enrolment, nor see it", async () => {
    const g = await ctx.client().login("g");
    expect((await g.json("POST", `/api/v1/enrolments/${fEnrolment}/withdrawal`, {})).status).toBe(404);
    const list = await (await g.json("GET", "/api/v1/enrolments")).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([gEnrolment]);
  });

  it("malformed ids and unknown records answer 4xx, never 500", async () => {
    expect(
      (await hrClient.json("POST", "/api/v1/enrolments/not-a-uuid/decision", { decision: "setujui" })).status,
    ).toBe(400);
    expect(
      (
        await hrClient.json("POST", "/api/v1/enrolments/00000000-0000-4000-8000-000000000000/decision", {
          decision: "setujui",
        })
      ).status,
    ).toBe(404);
    expect(
      (await hrClient.json("POST", `/api/v1/enrolments/${fEnrolment}/decision`, { decision: "mungkin" }))
        .status,
    ).toBe(422);
    expect((await hrClient.get("/staf/pelatihan/sesi/../../etc")).status).toBe(404);
    expect((await hrClient.get("/staf/pelatihan/sesi/123")).status).toBe(404);
    expect((await hrClient.json("GET", "/api/v1/training-sessions?from=2026-13-45")).status).toBe(400);
    expect((await hrClient.json("GET", `/api/v1/enrolments?sessionId=${"-".repeat(36)}`)).status).toBe(400);
    expect((await hrClient.json("POST", "/api/v1/attendance/check-ins", {})).status).toBe(422);
    expect((await hrClient.json("POST", "/api/v1/attendance/check-ins", "{not json")).status).toBe(400);
    expect(
      (await hrClient.json("POST", "/api/v1/attendance/check-ins", { dayId: "x".repeat(500), code: "A" }))
        .status,
    ).toBe(422);
    const nobody = "00000000-0000-4000-8000-000000000000";
    expect(
      (await hrClient.json("POST", `/api/v1/test-attempts/${nobody}/answers`, { answers: "semua benar" }))
        .status,
    ).toBe(422);
    expect(
      (await hrClient.json("POST", `/api/v1/test-attempts/${nobody}/answers`, { answers: {} })).status,
    ).toBe(404);
    expect((await hrClient.json("GET", `/api/v1/employees/${nobody}/jp`)).status).toBe(404);
  });

  it("answers every page with an unknown id with a 4xx, never a 500", async () => {
    const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    for (const path of [
      `/staf/pelatihan/sesi/${id}`,
      `/staf/pelatihan/sesi/${id}/kalender.ics`,
      `/staf/pelatihan/pendaftaran/${id}/tes/pre`,
      `/staf/pelatihan/pendaftaran/${id}/survei`,
      `/staf/pelatihan/pendaftaran/${id}/sertifikat.pdf`,
      `/staf/pelatihan/kompetensi/${id}`,
      `/staf/pelatihan/eksternal/${id}/berkas`,
      `/staf/pelatihan/kelola/sesi/${id}`,
      `/staf/pelatihan/kelola/sesi/${id}/layar/${id}`,
      `/staf/pelatihan/kelola/kursus/${id}`,
      "/staf/pelatihan/hadir?c=%3Cscript%3E&d=../../x",
    ]) {
      const res = await hrClient.get(path);
      expect(res.status, path).toBeLessThan(500);
    }
    for (const path of [
      `/staf/pelatihan/sesi/${id}/daftar`,
      `/staf/pelatihan/pendaftaran/${id}/batal`,
      `/staf/pelatihan/pendaftaran/${id}/putuskan`,
      `/staf/pelatihan/pendaftaran/${id}/tes/post/mulai`,
      `/staf/pelatihan/pendaftaran/${id}/tes/post/kirim`,
      `/staf/pelatihan/kelola/sesi/${id}/tugaskan`,
      `/staf/pelatihan/kelola/sesi/${id}/selesai`,
      `/staf/pelatihan/kelola/sesi/${id}/presensi`,
      `/staf/pelatihan/kelola/kursus/${id}/soal`,
      `/staf/pelatihan/kelola/eksternal/${id}`,
      "/staf/pelatihan/hadir",
    ]) {
      const res = await hrClient.postForm(path, { decision: "setujui", c: "x", d: id, "q-x": "9" });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
