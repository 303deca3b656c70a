import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files } from "../../platform/files/schema";
import {
  createStaff,
  createTestContext,
  type TestClient,
  type TestContext,
} from "../../platform/testing/test-app";
import { competencies, competencyAssessments, trainingExternal, trainingJpCredits } from "./schema";
import { buildCourse, buildPerson, testClock } from "./testing/factories";

/**
 * External training (SPEC §3.3 issue 8), competency assessments and the JP target setting: bad input gets
 * a clear message and a 4xx, and nothing is half-written.
 */
const clock = testClock("2026-06-15T02:00:00Z");
let ctx: TestContext;
let rina: { id: string };
let rinaClient: TestClient;
let hrClient: TestClient;
let kasiClient: TestClient;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const claim = (
  overrides: Record<string, string> = {},
  file: Uint8Array | null = PDF,
  name = "sertifikat.pdf",
) => {
  const form = new FormData();
  const values = {
    title: "Bimtek Pelayanan Publik Inklusif",
    provider: "LAN RI",
    mode: "e_learning",
    startDate: "2026-06-01",
    endDate: "2026-06-02",
    hours: "12",
    certificateNumber: "LAN/2026/001",
    ...overrides,
  };
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  if (file) form.set("file", new Blob([new Uint8Array(file)], { type: "application/pdf" }), name);
  return form;
};

beforeAll(async () => {
  ctx = await createTestContext({ now: clock.now });
  const kasi = await buildPerson(ctx.deps, { name: "Kasi", username: "kasi", positionCode: "MM.PATEN.KASI" });
  rina = (
    await buildPerson(ctx.deps, {
      name: "Rina",
      username: "rina",
      positionCode: "MM.PATEN.PDP",
      supervisorId: kasi.employee.id,
    })
  ).employee;
  await buildPerson(ctx.deps, {
    name: "Dewi HR",
    username: "dewi",
    role: "admin_kepegawaian",
    roleUnitCode: "MM",
    unitCode: "MM.UMPEG",
  });
  await createStaff(ctx.deps, { username: "hr", role: "admin_kepegawaian", unitCode: "MM" });
  rinaClient = await ctx.client().login("rina");
  hrClient = await ctx.client().login("hr");
  kasiClient = await ctx.client().login("kasi");
});
afterAll(() => ctx.close());

const claimsOf = (employeeId: string) =>
  ctx.db.select().from(trainingExternal).where(eq(trainingExternal.employeeId, employeeId));

describe("external training", () => {
  it("refuses a certificate that is not a PDF or an image, whatever its name, and stores nothing", async () => {
    const before = (await ctx.db.select().from(files)).length;
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const res = await rinaClient.postMultipart(
      "/staf/pelatihan/eksternal",
      claim({}, html, "sertifikat.pdf"),
    );
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("bukan PDF, JPG, atau PNG");
    const none = await rinaClient.postMultipart("/staf/pelatihan/eksternal", claim({}, null));
    expect(none.status).toBe(422);
    expect(await claimsOf(rina.id)).toHaveLength(0);
    expect((await ctx.db.select().from(files)).length).toBe(before);
  });

  it.each([
    ["negative hours", { hours: "-4" }, "hours"],
    ["zero hours", { hours: "0" }, "hours"],
    ["absurd hours for one day", { hours: "300", endDate: "2026-06-01" }, "hours"],
    ["letters for hours", { hours: "dua belas" }, "hours"],
    ["an end before the start", { startDate: "2026-06-05", endDate: "2026-06-01" }, "endDate"],
    ["a training not finished yet", { startDate: "2026-06-20", endDate: "2026-06-21" }, "endDate"],
    ["an impossible date", { startDate: "2026-02-30" }, "startDate"],
    ["an unknown mode", { mode: "santai" }, "mode"],
  ])("refuses %s field by field", async (_label, overrides, field) => {
    const res = await rinaClient.postMultipart("/staf/pelatihan/eksternal", claim(overrides));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(`href="#f-${field}"`);
    expect(await claimsOf(rina.id)).toHaveLength(0);
  });

  it("accepts a PDF claim; JP proposed from hours (45 minutes = 1 JP)", async () => {
    const res = await rinaClient.postMultipart("/staf/pelatihan/eksternal", claim());
    expect(res.status).toBe(303);
    const [row] = await claimsOf(rina.id);
    expect(row).toMatchObject({ status: "diajukan", minutes: 720, jpProposed: 16, mode: "e_learning" });
    const file = await rinaClient.get(`/staf/pelatihan/eksternal/${row!.id}/berkas`);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    // Only the owner, their supervisor and HR may open the file.
    expect((await kasiClient.get(`/staf/pelatihan/eksternal/${row!.id}/berkas`)).status).toBe(200);
    await buildPerson(ctx.deps, { name: "Orang Lain", username: "lain", unitCode: "MM.1003" });
    expect(
      (await (await ctx.client().login("lain")).get(`/staf/pelatihan/eksternal/${row!.id}/berkas`)).status,
    ).toBe(404);
  });

  it("HR refuses absurd JP, a rejection without reason; then verifies and the JP counts once", async () => {
    const [row] = await claimsOf(rina.id);
    expect(await (await hrClient.get("/staf/pelatihan/kelola/eksternal")).text()).toContain(
      "Bimtek Pelayanan Publik Inklusif",
    );
    for (const jp of ["-3", "0", "999", "abc"]) {
      const res = await hrClient.postForm(`/staf/pelatihan/kelola/eksternal/${row!.id}`, {
        decision: "verifikasi",
        jpApproved: jp,
      });
      expect(res.status).toBe(422);
    }
    const noReason = await hrClient.postForm(`/staf/pelatihan/kelola/eksternal/${row!.id}`, {
      decision: "tolak",
      reason: "",
    });
    expect(noReason.status).toBe(422);
    expect((await claimsOf(rina.id))[0]!.status).toBe("diajukan");
    const ok = await hrClient.postForm(`/staf/pelatihan/kelola/eksternal/${row!.id}`, {
      decision: "verifikasi",
      jpApproved: "14",
    });
    expect(ok.status).toBe(303);
    const again = await hrClient.postForm(`/staf/pelatihan/kelola/eksternal/${row!.id}`, {
      decision: "verifikasi",
      jpApproved: "14",
    });
    expect(again.status).toBe(409);
    const credits = await ctx.db
      .select()
      .from(trainingJpCredits)
      .where(eq(trainingJpCredits.employeeId, rina.id));
    expect(credits).toMatchObject([{ jp: 14, source: "eksternal", year: 2026 }]);
    const jp = await (await rinaClient.json("GET", `/api/v1/employees/${rina.id}/jp?year=2026`)).json();
    expect(jp).toMatchObject({ earned: 14, target: 20 });
  });

  it("HR cannot verify their own claim", async () => {
    const dewi = await ctx.client().login("dewi");
    expect(
      (await dewi.postMultipart("/staf/pelatihan/eksternal", claim({ title: "Pelatihan SDM" }))).status,
    ).toBe(303);
    const [own] = await ctx.db
      .select()
      .from(trainingExternal)
      .where(eq(trainingExternal.title, "Pelatihan SDM"));
    const res = await dewi.postForm(`/staf/pelatihan/kelola/eksternal/${own!.id}`, {
      decision: "verifikasi",
      jpApproved: "16",
    });
    expect(res.status).toBe(403);
    expect(
      (await ctx.db.select().from(trainingExternal).where(eq(trainingExternal.id, own!.id)))[0]!.status,
    ).toBe("diajukan");
  });
});

describe("external training API", () => {
  it("takes a multipart claim, refuses a fake PDF, and HR verifies by JSON", async () => {
    const fake = await rinaClient.fetch("/api/v1/external-trainings", {
      method: "POST",
      body: claim({ title: "Kursus API" }, new TextEncoder().encode("MZ\x90 bukan pdf")),
    });
    expect(fake.status).toBe(422);
    expect((await fake.json()).errors.map((e: { field: string }) => e.field)).toEqual(["file"]);
    const res = await rinaClient.fetch("/api/v1/external-trainings", {
      method: "POST",
      body: claim({ title: "Kursus API", hours: "1,5" }),
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ status: "diajukan", minutes: 90, jpProposed: 2 });
    const queue = await (await hrClient.json("GET", "/api/v1/external-trainings")).json();
    expect(queue.items.map((x: { id: string }) => x.id)).toContain(created.id);
    const absurd = await hrClient.json("POST", `/api/v1/external-trainings/${created.id}/verification`, {
      decision: "verifikasi",
      jpApproved: 2000,
    });
    expect(absurd.status).toBe(422);
    const ok = await hrClient.json("POST", `/api/v1/external-trainings/${created.id}/verification`, {
      decision: "verifikasi",
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "diverifikasi", jpApproved: 2 });
  });
});

describe("competency assessments and gaps", () => {
  it("the supervisor records levels; the profile shows the gap and a recommendation", async () => {
    const [tik] = await ctx.db.select().from(competencies).where(eq(competencies.code, "T.TIK"));
    await buildCourse(ctx.deps, { title: "TIK untuk Pelayanan", competencyIds: [tik!.id] });
    const bad = await kasiClient.postForm(`/staf/pelatihan/kompetensi/${rina.id}`, {
      [`level-${tik!.id}`]: "7",
    });
    expect(bad.status).toBe(422);
    expect(
      await ctx.db.select().from(competencyAssessments).where(eq(competencyAssessments.employeeId, rina.id)),
    ).toHaveLength(0);
    const ok = await kasiClient.postForm(`/staf/pelatihan/kompetensi/${rina.id}`, {
      [`level-${tik!.id}`]: "1",
      note: "Perlu latihan aplikasi",
    });
    expect(ok.status).toBe(303);
    const page = await (await rinaClient.get(`/staf/pelatihan/kompetensi/${rina.id}`)).text();
    expect(page).toContain("TIK untuk Pelayanan");
    const recs = await (
      await rinaClient.json("GET", `/api/v1/employees/${rina.id}/training-recommendations`)
    ).json();
    expect(recs.items[0]).toMatchObject({ title: "TIK untuk Pelayanan" });
    expect(recs.items[0].reasons[0].text).toContain("level 1 dari 3");
  });

  it("nobody assesses themselves, and a stranger cannot", async () => {
    const [tik] = await ctx.db.select().from(competencies).where(eq(competencies.code, "T.TIK"));
    expect(
      (await rinaClient.postForm(`/staf/pelatihan/kompetensi/${rina.id}`, { [`level-${tik!.id}`]: "5" }))
        .status,
    ).toBe(403);
    const lain = await ctx.client().login("lain");
    expect((await lain.get(`/staf/pelatihan/kompetensi/${rina.id}`)).status).toBe(404);
  });
});

describe("JP targets setting", () => {
  it("HR edits the targets per ASN type; bad values are refused field by field", async () => {
    const bad = await hrClient.postForm("/staf/pelatihan/kelola/pengaturan", {
      PNS: "-1",
      PPPK: "10",
      PPPK_PW: "abc",
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('href="#f-PNS"');
    expect(html).toContain('href="#f-PPPK_PW"');
    expect((await rinaClient.get("/staf/pelatihan/kelola/pengaturan")).status).toBe(403);
    expect(
      (await hrClient.postForm("/staf/pelatihan/kelola/pengaturan", { PNS: "24", PPPK: "12", PPPK_PW: "0" }))
        .status,
    ).toBe(303);
    const jp = await (await rinaClient.json("GET", `/api/v1/employees/${rina.id}/jp`)).json();
    expect(jp.target).toBe(24);
  });
});
