import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client";
import { outbox } from "../../platform/outbox/schema";
import { createStaff, createTestContext, type TestContext } from "../../platform/testing/test-app";
import { runSlaCheck } from "./commands/sla-check";
import { serviceRequests } from "./schema";
import { createServiceStaff, insertRequest, submitJson } from "./testing/factories";

let ctx: TestContext;
let staff: Awaited<ReturnType<typeof createServiceStaff>>;
// Friday 27 November 2026 (Jakarta).
const NOW = new Date("2026-11-27T03:00:00Z");

beforeAll(async () => {
  ctx = await createTestContext({ now: () => NOW });
  staff = await createServiceStaff(ctx.deps);
  await createStaff(ctx.deps, { username: "admin", role: "admin_sistem", unitCode: "MM" });
});
afterAll(() => ctx.close());

describe("SLA job (SPEC §3.4)", () => {
  it("warns before and flags after the due date, once each, telling the officer and (for a breach) the lurah", async () => {
    const late = await insertRequest(ctx.deps, {
      dueDate: "2026-11-24",
      status: "DIPROSES",
      assignedTo: staff.petugasTerjun.userId,
    });
    const soon = await insertRequest(ctx.deps, {
      dueDate: "2026-11-30",
      status: "DIVERIFIKASI",
      assignedTo: staff.petugasTerjun.userId,
    });
    const later = await insertRequest(ctx.deps, { dueDate: "2026-12-10", status: "DIAJUKAN" });
    const paused = await insertRequest(ctx.deps, { dueDate: null, status: "PERLU_PERBAIKAN" });
    const done = await insertRequest(ctx.deps, { dueDate: "2026-11-01", status: "SELESAI" });
    await ctx.db.delete(outbox);
    expect(await runSlaCheck(ctx.deps)).toEqual({ warned: 1, breached: 1 });
    const rows = await ctx.db.select().from(serviceRequests);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(late.id)!.slaBreachedAt).not.toBeNull();
    expect(byId.get(soon.id)!.slaWarnedAt).not.toBeNull();
    for (const r of [later, paused, done]) {
      expect(byId.get(r.id)!.slaWarnedAt).toBeNull();
      expect(byId.get(r.id)!.slaBreachedAt).toBeNull();
    }
    const messages = await ctx.db.select().from(outbox);
    const inApp = messages.filter((m) => m.channel === "in_app");
    expect(
      inApp
        .filter((m) => m.recipient === staff.petugasTerjun.userId)
        .map((m) => m.subject)
        .sort(),
    ).toEqual([`Lewat batas waktu: ${late.reference}`, `Mendekati batas waktu: ${soon.reference}`]);
    expect(inApp.filter((m) => m.recipient === staff.lurahTerjun.userId).map((m) => m.subject)).toEqual([
      `Lewat batas waktu: ${late.reference}`,
    ]);
    expect(await runSlaCheck(ctx.deps)).toEqual({ warned: 0, breached: 0 });
  });

  it("filters the queue by due soon, overdue and assigned to me, with the due date on every row", async () => {
    const client = await ctx.client().login("petugas.terjun");
    const overdue = await (await client.get("/api/v1/service-requests?due=overdue")).json();
    expect(overdue.items.every((r: { sla: string }) => r.sla === "overdue")).toBe(true);
    expect(overdue.total).toBe(1);
    const soon = await (await client.get("/api/v1/service-requests?due=soon")).json();
    expect(soon.items.map((r: { dueDate: string }) => r.dueDate)).toEqual(["2026-11-30"]);
    const mine = await (await client.get("/api/v1/service-requests?mine=true")).json();
    expect(mine.total).toBe(2);
    const page = await (await client.get("/staf/layanan?tenggat=terlambat")).text();
    expect(page).toContain("terlambat 3 HK");
    expect(page).toContain("badge-overdue");
  });
});

describe("assignment", () => {
  it("assigns new requests round-robin among the office's officers", async () => {
    const second = await createStaff(ctx.deps, {
      username: "petugas2.terjun",
      role: "petugas",
      unitCode: "MM.1003",
    });
    const assigned = [];
    for (let i = 0; i < 4; i++) {
      const { reference } = await (await submitJson(ctx.client(), ctx.deps, "SKD")).json();
      const [row] = await ctx.db
        .select()
        .from(serviceRequests)
        .where(eq(serviceRequests.reference, reference));
      assigned.push(row!.assignedTo);
    }
    expect(new Set(assigned)).toEqual(new Set([staff.petugasTerjun.userId, second.userId]));
    expect(assigned[0]).not.toBe(assigned[1]);
    expect(assigned[0]).toBe(assigned[2]);
  });

  it("assigns by hand only to an officer of the unit", async () => {
    const r = await insertRequest(ctx.deps);
    const client = await ctx.client().login("petugas.terjun");
    const wrong = await client.postForm(`/staf/layanan/permohonan/${r.id}/tugaskan`, {
      userId: staff.petugasPayaPasir.userId,
    });
    expect(wrong.status).toBe(422);
    const ok = await client.postForm(`/staf/layanan/permohonan/${r.id}/tugaskan`, {
      userId: staff.petugasTerjun.userId,
    });
    expect(ok.status).toBe(303);
    const history = await queryRows<{ event: string }>(
      ctx.db,
      sql`select event from service_request_history where request_id = ${r.id}`,
    );
    expect(history.map((h) => h.event)).toEqual(["assigned"]);
  });
});

describe("catalogue administration", () => {
  it("lets admin sistem switch IUMK off: gone from the public catalogue, applications refused", async () => {
    const petugas = await ctx.client().login("petugas.terjun");
    const page = await (await petugas.get("/staf/layanan/katalog/IUMK")).text();
    expect(page).toContain("Pengawasan internal");
    expect(page).not.toContain('name="slaDays"');
    expect((await petugas.postForm("/staf/layanan/katalog/IUMK", { name: "x" })).status).toBe(403);

    const admin = await ctx.client().login("admin");
    const form = await (await admin.get("/staf/layanan/katalog/IUMK")).text();
    const values: Record<string, string> = {};
    for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
      values[m[1]!] = m[2]!.replace(/&amp;/g, "&");
    for (const m of form.matchAll(/<input[^>]*name="(name|slaDays|fee)"[^>]*value="([^"]*)"/g))
      values[m[1]!] = m[2]!;
    const bad = await admin.postForm("/staf/layanan/katalog/IUMK", {
      ...values,
      slaDays: "-1",
      isActive: "0",
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("paling kecil 0");
    const ok = await admin.postForm("/staf/layanan/katalog/IUMK", { ...values, slaDays: "7", isActive: "0" });
    expect(ok.status).toBe(303);

    const catalogue = await (await ctx.client().get("/api/v1/services")).json();
    expect(catalogue.items.map((s: { code: string }) => s.code)).not.toContain("IUMK");
    expect((await ctx.app.request("/layanan/IUMK/ajukan")).status).toBe(404);
    expect((await submitJson(ctx.client(), ctx.deps, "IUMK")).status).toBe(422);
  });

  it("lets the lurah edit his own office's maklumat, not another's", async () => {
    const offices = await queryRows<{ id: string; code: string }>(
      ctx.db,
      sql`select o.id, u.code from service_offices o join units u on u.id = o.unit_id`,
    );
    const terjun = offices.find((o) => o.code === "MM.1003")!;
    const payaPasir = offices.find((o) => o.code === "MM.1005")!;
    const lurah = await ctx.client().login("lurah.terjun");
    const body = {
      maklumat: "Kami berjanji melayani dengan cepat, ramah, dan tanpa pungutan.",
      address: "Jl. Marelan Raya Pasar V No. 45",
      signerTitle: "Lurah Terjun",
    };
    expect((await lurah.postForm(`/staf/layanan/kantor/${terjun.id}`, body)).status).toBe(303);
    expect((await lurah.postForm(`/staf/layanan/kantor/${payaPasir.id}`, body)).status).toBe(403);
    expect(await (await ctx.app.request("/layanan/maklumat")).text()).toContain("tanpa pungutan.");
  });
});
