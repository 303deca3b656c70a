import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client";
import { outbox } from "../../platform/outbox/schema";
import { createTestContext, type TestClient, type TestContext } from "../../platform/testing/test-app";
import { employeesModule } from "../employees";
import { trainingModule } from ".";
import { sendJpReminders, sendSessionReminders } from "./commands/send-reminders";
import { trainingEnrolments, trainingJpCredits, trainingSessions } from "./schema";
import { buildSession, testClock } from "./testing/factories";

/** The demo year, the 20-JP dashboard, the SIASN export and the reminder jobs, on a real database. */
const DEMO_PASSWORD = "demo-sigap-2026";
const clock = testClock("2026-11-27T03:00:00Z");
let ctx: TestContext;
let hr: TestClient;
let seedMs = 0;

beforeAll(async () => {
  ctx = await createTestContext({ now: clock.now });
  await employeesModule.seedDemo!(ctx.deps);
  const started = performance.now();
  await trainingModule.seedDemo!(ctx.deps);
  seedMs = performance.now() - started;
  hr = await ctx.client().login("kepegawaian", DEMO_PASSWORD);
});
afterAll(() => ctx.close());

describe("demo year", () => {
  it("seeds quickly a realistic spread of JP: some done, many behind, some with none", async () => {
    expect(seedMs).toBeLessThan(15_000);
    const rows = await queryRows<{ band: string; n: number }>(
      ctx.db,
      sql`select case when coalesce(sum(c.jp),0) = 0 then 'none' when sum(c.jp) < 20 then 'behind' else 'met' end as band, count(*)::int as n
          from employees e left join training_jp_credits c on c.employee_id = e.id and c.year = 2026 group by e.id`,
    );
    const count = (b: string) => rows.filter((r) => r.band === b).length;
    expect(count("none")).toBeGreaterThan(5);
    expect(count("behind")).toBeGreaterThan(20);
    expect(count("met")).toBeGreaterThan(20);
    // kasi.pelayanan has requests to decide, and Rina (petugas) has an open session to ask for.
    const kasi = await ctx.client().login("kasi.pelayanan", DEMO_PASSWORD);
    const approvals = await (await kasi.get("/staf/pelatihan/persetujuan")).text();
    expect(approvals.match(/name="decision" value="setujui"/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(await (await kasi.get("/staf")).text()).toContain('href="/staf/pelatihan/persetujuan"');
    const rina = await ctx.client().login("petugas", DEMO_PASSWORD);
    const catalogue = await (await rina.get("/staf/pelatihan/katalog")).text();
    expect(catalogue).toContain("Teknologi Informasi untuk Pelayanan Publik");
    const mine = await (await rina.get("/staf/pelatihan")).text();
    expect(mine).toContain("12 JP");
  });

  it("a seeded certificate is issued on its first download", async () => {
    const [passed] = await ctx.db
      .select()
      .from(trainingEnrolments)
      .where(eq(trainingEnrolments.status, "lulus"))
      .limit(1);
    const res = await hr.get(`/staf/pelatihan/pendaftaran/${passed!.id}/sertifikat.pdf`);
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const [after] = await ctx.db
      .select()
      .from(trainingEnrolments)
      .where(eq(trainingEnrolments.id, passed!.id));
    expect(after!.certificateDocumentId).toBeTruthy();
  });
});

describe("20-JP dashboard and export", () => {
  it("shows server-rendered charts with the numbers beside them", async () => {
    const res = await hr.get("/staf/pelatihan/kelola?tahun=2026");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<svg role="img"/g)?.length).toBe(3);
    expect(html).toContain("Kepatuhan JP per unit (%)");
    expect(html).toContain("Seksi Pelayanan Umum (PATEN)");
    expect(html).toContain("ASN yang belum mencapai target");
    expect((await hr.get("/staf/pelatihan/kelola?tahun=abcd")).status).toBe(400);
  });

  it("is open to the camat, closed to an ordinary ASN", async () => {
    const camat = await ctx.client().login("camat", DEMO_PASSWORD);
    expect((await camat.get("/staf/pelatihan/kelola")).status).toBe(200);
    const rina = await ctx.client().login("petugas", DEMO_PASSWORD);
    expect((await rina.get("/staf/pelatihan/kelola")).status).toBe(403);
    expect((await rina.get("/staf/pelatihan/kelola/ekspor?format=csv")).status).toBe(403);
  });

  it("exports the year's credited training for SIASN as CSV and XLSX", async () => {
    const csv = await hr.get("/staf/pelatihan/kelola/ekspor?tahun=2026&format=csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "NIP;Nama;Jenis Pengembangan Kompetensi;Nama Pelatihan;Penyelenggara;Tanggal Mulai;Tanggal Selesai;Jumlah JP;Nomor Sertifikat",
    );
    const credits = await ctx.db.select().from(trainingJpCredits).where(eq(trainingJpCredits.year, 2026));
    expect(lines.length - 1).toBe(credits.length);
    expect(lines[1]).toMatch(/^\d{18};/);
    const xlsx = await hr.get("/staf/pelatihan/kelola/ekspor?tahun=2026&format=xlsx");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    expect((await hr.get("/staf/pelatihan/kelola/ekspor?format=pdf")).status).toBe(400);
  });

  it("renders every HR page", async () => {
    for (const path of [
      "/staf/pelatihan/kelola/sesi",
      "/staf/pelatihan/kelola/sesi/baru",
      "/staf/pelatihan/kelola/kursus",
      "/staf/pelatihan/kelola/kursus/baru",
      "/staf/pelatihan/kelola/eksternal",
      "/staf/pelatihan/kelola/kebutuhan",
      "/staf/pelatihan/kelola/kompetensi",
      "/staf/pelatihan/kelola/pengaturan",
      "/staf/pelatihan/persetujuan",
    ]) {
      expect((await hr.get(path)).status, path).toBe(200);
    }
    const [session] = await ctx.db.select().from(trainingSessions).limit(1);
    expect((await hr.get(`/staf/pelatihan/kelola/sesi/${session!.id}`)).status).toBe(200);
  });

  it("schedules a session from a date range (working days only) and refuses a bad one", async () => {
    const courses = await (await hr.json("GET", "/api/v1/courses")).json();
    const courseId = courses.items[0].id;
    const bad = await hr.postForm("/staf/pelatihan/kelola/sesi/baru", {
      courseId,
      startDate: "",
      facilitatorName: "",
      capacity: "0",
    });
    expect(bad.status).toBe(422);
    const good = await hr.postForm("/staf/pelatihan/kelola/sesi/baru", {
      courseId,
      unitId: (await queryRows<{ id: string }>(ctx.db, sql`select id from units where code = 'MM'`))[0]!.id,
      startDate: "2026-12-04",
      endDate: "2026-12-07",
      startTime: "08:00",
      endTime: "15:00",
      venue: "Aula Kantor Camat",
      facilitatorName: "Narasumber Uji",
      capacity: "20",
      waitlistLimit: "5",
    });
    expect(good.status).toBe(303);
    const id = good.headers.get("location")!.match(/sesi\/([0-9a-f-]{36})/)![1]!;
    const detail = await (await hr.json("GET", `/api/v1/training-sessions/${id}`)).json();
    // Friday 4 and Monday 7 December; the weekend is skipped.
    expect(detail.days.map((d: { date: string }) => d.date)).toEqual(["2026-12-04", "2026-12-07"]);
  });

  it("publishes the training routes in the OpenAPI document", async () => {
    const doc = await (await ctx.app.request("/api/openapi.json")).json();
    for (const path of [
      "/api/v1/courses",
      "/api/v1/training-sessions",
      "/api/v1/training-sessions/{id}/enrolments",
      "/api/v1/enrolments/{id}/decision",
      "/api/v1/attendance/check-ins",
      "/api/v1/training-sessions/{id}/results",
      "/api/v1/employees/{id}/jp",
    ]) {
      expect(doc.paths[path], path).toBeTruthy();
    }
  });
});

describe("reminder jobs", () => {
  it("tells those behind once a month from October, not before", async () => {
    clock.set("2026-09-20T03:00:00Z");
    expect(await sendJpReminders(ctx.deps)).toBe(0);
    clock.set("2026-11-27T03:00:00Z");
    const sent = await sendJpReminders(ctx.deps);
    expect(sent).toBeGreaterThan(20);
    expect(await sendJpReminders(ctx.deps)).toBe(0);
    const [one] = await ctx.db
      .select()
      .from(outbox)
      .where(like(outbox.subject, "Pengingat JP 2026%"))
      .limit(1);
    expect(one!.body).toContain("dari target");
    clock.set("2026-12-01T03:00:00Z");
    expect(await sendJpReminders(ctx.deps)).toBeGreaterThan(0);
  });

  it("reminds registered participants the day before a session, once", async () => {
    const [course] = await queryRows<{ id: string }>(ctx.db, sql`select id from training_courses limit 1`);
    const { session } = await buildSession(ctx.deps, { courseId: course!.id, dates: ["2026-12-03"] });
    const [someone] = await queryRows<{ id: string }>(ctx.db, sql`select id from employees limit 1`);
    await ctx.db
      .insert(trainingEnrolments)
      .values({ sessionId: session.id, employeeId: someone!.id, status: "terdaftar", source: "penugasan" });
    clock.set("2026-12-02T03:00:00Z");
    expect(await sendSessionReminders(ctx.deps)).toBeGreaterThanOrEqual(1);
    expect(await sendSessionReminders(ctx.deps)).toBe(0);
    const told = await ctx.db
      .select()
      .from(outbox)
      .where(and(like(outbox.subject, "Pengingat:%")));
    expect(told.length).toBeGreaterThan(0);
  });
});
