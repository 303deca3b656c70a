import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../platform/audit/schema";
import { createStaff, createTestContext, type TestContext } from "../../platform/testing/test-app";
import { serviceRequestAttachments } from "./schema";
import { createServiceStaff, insertRequest, NIK } from "./testing/factories";

let ctx: TestContext;
let terjun: Awaited<ReturnType<typeof insertRequest>>;
let payaPasir: Awaited<ReturnType<typeof insertRequest>>;
let attachmentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await createServiceStaff(ctx.deps);
  await createStaff(ctx.deps, { username: "auditor", role: "auditor", unitCode: "MM" });
  await createStaff(ctx.deps, { username: "admin", role: "admin_sistem", unitCode: "MM" });
  terjun = await insertRequest(ctx.deps, { kelurahan: "MM.1003", applicantName: "Warga Terjun" });
  payaPasir = await insertRequest(ctx.deps, {
    kelurahan: "MM.1005",
    applicantName: "Warga Paya Pasir",
    pin: "654321",
  });
  const [att] = await ctx.db
    .insert(serviceRequestAttachments)
    .values({
      requestId: payaPasir.id,
      docKey: "ktp",
      mode: "unggah",
      fileSha256: "a".repeat(64),
      mime: "image/png",
      size: 10,
    })
    .returning();
  attachmentId = att!.id;
});
afterAll(() => ctx.close());

describe("unit scope (SPEC §1)", () => {
  it("hides Paya Pasir's requests from a petugas of Terjun: queue, page, API, files, actions all 404", async () => {
    const client = await ctx.client().login("petugas.terjun");
    const queue = await (await client.get("/api/v1/service-requests?status=all")).json();
    expect(queue.items.map((r: { reference: string }) => r.reference)).toEqual([terjun.reference]);
    const page = await (await client.get("/staf/layanan?status=all")).text();
    expect(page).toContain("Warga Terjun");
    expect(page).not.toContain("Warga Paya Pasir");
    for (const path of [
      `/staf/layanan/permohonan/${payaPasir.id}`,
      `/staf/layanan/permohonan/${payaPasir.id}/lampiran/${attachmentId}`,
      `/staf/layanan/permohonan/${payaPasir.id}/surat.pdf`,
      `/api/v1/service-requests/${payaPasir.reference}`,
    ]) {
      expect((await client.get(path, { accept: "application/json" })).status, path).toBe(404);
    }
    const act = await client.json("POST", `/api/v1/service-requests/${payaPasir.reference}/transitions`, {
      to: "DIVERIFIKASI",
    });
    expect(act.status).toBe(404);
    const form = await client.postForm(`/staf/layanan/permohonan/${payaPasir.id}/status`, {
      to: "DIVERIFIKASI",
    });
    expect(form.status).toBe(404);
    const csv = await (await client.get("/staf/layanan/ekspor.csv?status=all")).text();
    expect(csv).toContain(terjun.reference);
    expect(csv).not.toContain(payaPasir.reference);
  });

  it("lets the camat and the auditor read both; the auditor cannot act", async () => {
    const camat = await ctx.client().login("camat");
    expect((await (await camat.get("/api/v1/service-requests?status=all")).json()).total).toBe(2);
    const auditor = await ctx.client().login("auditor");
    expect((await auditor.get(`/staf/layanan/permohonan/${payaPasir.id}`)).status).toBe(200);
    const act = await auditor.json("POST", `/api/v1/service-requests/${payaPasir.reference}/transitions`, {
      to: "DIVERIFIKASI",
    });
    expect(act.status).toBe(403);
  });

  it("keeps admin sistem out of citizens' requests", async () => {
    const admin = await ctx.client().login("admin");
    expect((await admin.get("/api/v1/service-requests")).status).toBe(403);
    expect((await admin.get(`/api/v1/service-requests/${terjun.reference}`)).status).toBe(404);
  });

  it("masks the NIK on the staff page and logs a deliberate full view", async () => {
    const client = await ctx.client().login("petugas.terjun");
    const masked = await (await client.get(`/staf/layanan/permohonan/${terjun.id}`)).text();
    expect(masked).toContain("1271••••••••0003");
    expect(masked).not.toContain(NIK);
    const full = await (await client.get(`/staf/layanan/permohonan/${terjun.id}?nik=1`)).text();
    expect(full).toContain(NIK);
    const logged = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "service_request.view_nik"));
    expect(logged).toHaveLength(1);
  });
});

describe("tracking by reference and PIN", () => {
  it("answers an unknown reference and a wrong PIN with the same 404", async () => {
    const a = await ctx
      .client()
      .get(`/api/v1/service-requests/${payaPasir.reference}`, { "x-tracking-pin": "111111" });
    const b = await ctx.client().get("/api/v1/service-requests/MM-2611-ZZZZ", { "x-tracking-pin": "654321" });
    const c = await ctx.client().get(`/api/v1/service-requests/${payaPasir.reference}`);
    expect([a.status, b.status, c.status]).toEqual([404, 404, 404]);
    const [da, db] = [(await a.json()).detail, (await b.json()).detail];
    expect(da).toBe(db);
    expect(da).toBe("Nomor permohonan atau PIN tidak cocok.");
  });

  it("does not let one reference's grant open another", async () => {
    const citizen = ctx.client();
    await citizen.postForm("/lacak", { reference: terjun.reference, pin: "123456" });
    expect(await (await citizen.get(`/lacak/${terjun.reference}`)).text()).toContain("Riwayat");
    const other = await (await citizen.get(`/lacak/${payaPasir.reference}`)).text();
    expect(other).not.toContain("Warga Paya Pasir");
    expect(other).toContain('name="pin"');
  });

  it("stops PIN guessing per reference after 5 wrong tries, even for the right PIN, without slowing the right PIN before", async () => {
    const r = await insertRequest(ctx.deps, { pin: "777777" });
    for (let i = 0; i < 20; i++) {
      expect(
        (await ctx.client().get(`/api/v1/service-requests/${r.reference}`, { "x-tracking-pin": "777777" }))
          .status,
      ).toBe(200);
    }
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await ctx.client().get(`/api/v1/service-requests/${r.reference}`, { "x-tracking-pin": `00000${i}` }))
          .status,
      );
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429]);
    const locked = await ctx
      .client()
      .get(`/api/v1/service-requests/${r.reference}`, { "x-tracking-pin": "777777" });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toBe("900");
  });
});
