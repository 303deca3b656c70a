import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../platform/audit/schema";
import { outbox } from "../../platform/outbox/schema";
import { createTestContext, type TestContext } from "../../platform/testing/test-app";
import { serviceBusinesses, serviceRequests } from "./schema";
import { ANSWERS, applicant, bringAll, createServiceStaff, NIK, submitJson } from "./testing/factories";

let ctx: TestContext;
let staff: Awaited<ReturnType<typeof createServiceStaff>>;
// A fixed Friday in the seeded 2026 calendar keeps due dates predictable.
const NOW = new Date("2026-11-27T03:00:00Z");

beforeAll(async () => {
  ctx = await createTestContext({ now: () => NOW });
  staff = await createServiceStaff(ctx.deps);
});
afterAll(() => ctx.close());

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a8d60000000049454e44ae426082",
  "hex",
);

const clients = new Map<string, ReturnType<TestContext["client"]>>();
async function signedIn(username: string) {
  if (!clients.has(username)) clients.set(username, await ctx.client().login(username));
  return clients.get(username)!;
}

async function move(username: string, reference: string, to: string, extra: Record<string, unknown> = {}) {
  const client = await signedIn(username);
  return client.json("POST", `/api/v1/service-requests/${reference}/transitions`, { to, ...extra });
}

describe("catalogue", () => {
  it("lists the seeded services with their public standard, no login", async () => {
    const res = await ctx.client().get("/api/v1/services");
    expect(res.status).toBe(200);
    const body = await res.json();
    const codes = body.items.map((s: { code: string }) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining(["SKD", "SKTM", "SPKTP", "SKAW", "SKU", "SKDU", "IUMK", "NIB"]),
    );
    const skd = body.items.find((s: { code: string }) => s.code === "SKD");
    expect(Object.keys(skd.standard)).toHaveLength(6);
    expect(skd).toMatchObject({ fee: 0, slaDays: 2, level: "kelurahan" });
  });

  it("shows staff all 14 components, and one service with its form fields", async () => {
    const client = await ctx.client().login("petugas.terjun");
    const all = await (await client.get("/api/v1/services")).json();
    expect(Object.keys(all.items[0].standard)).toHaveLength(14);
    const one = await (await ctx.client().get("/api/v1/services/SKU")).json();
    expect(one.fields.map((f: { key: string }) => f.key)).toContain("usaha_modal");
    expect(one.documents[0]).toMatchObject({ key: "ktp", required: true });
    expect((await ctx.client().get("/api/v1/services/TIDAKADA")).status).toBe(404);
  });

  it("describes its API in the OpenAPI document", async () => {
    const doc = await (await ctx.app.request("/api/openapi.json")).json();
    for (const path of [
      "/api/v1/services",
      "/api/v1/services/{code}",
      "/api/v1/service-requests",
      "/api/v1/service-requests/{reference}",
      "/api/v1/service-requests/{reference}/document",
      "/api/v1/service-requests/{reference}/transitions",
      "/api/v1/umkm",
    ])
      expect(doc.paths[path], path).toBeTruthy();
  });

  it("renders the public catalogue, a service page and the maklumat without login", async () => {
    for (const path of ["/layanan", "/layanan/SKD", "/layanan/maklumat", "/kios", "/lacak"]) {
      const res = await ctx.app.request(path);
      expect(res.status, path).toBe(200);
    }
    const html = await (await ctx.app.request("/layanan/SKD")).text();
    expect(html).toContain("Persyaratan");
    expect(html).not.toContain("Pengawasan internal");
    expect(await (await ctx.app.request("/")).text()).toContain('href="/lacak"');
  });
});

describe("the whole journey: apply → verify → process → sign → download → verify QR", () => {
  let reference: string;
  let pin: string;

  it("files a request through the API and answers reference, PIN, status and due date", async () => {
    const res = await submitJson(ctx.client(), ctx.deps, "SKD", { key: "journey-0001" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^MM-2611-[2-9A-HJKMNP-Z]{4}$/);
    expect(body.pin).toMatch(/^\d{6}$/);
    // Friday 27 Nov 2026 + 2 HK → Tuesday 1 Dec 2026.
    expect(body).toMatchObject({ status: "DIAJUKAN", dueDate: "2026-12-01" });
    reference = body.reference;
    pin = body.pin;
    const [row] = await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
    expect(row!.pinHash).not.toContain(pin);
    expect(row!.assignedTo).toBe(staff.petugasTerjun.userId);
    const messages = await ctx.db.select().from(outbox);
    expect(messages.some((m) => m.channel === "whatsapp" && m.subject.includes(reference))).toBe(true);
    expect(messages.every((m) => !m.body.includes(pin) && !m.body.includes(NIK))).toBe(true);
  });

  it("lets the citizen track with the PIN (and nobody without it)", async () => {
    const res = await ctx.client().get(`/api/v1/service-requests/${reference}`, { "x-tracking-pin": pin });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ reference, status: "DIAJUKAN", statusLabel: "Diajukan", document: null });
    expect(JSON.stringify(body)).not.toContain(NIK);
    expect((await ctx.client().get(`/api/v1/service-requests/${reference}`)).status).toBe(404);
  });

  it("walks the workflow with history, audit and outbox in each step", async () => {
    for (const [user, to] of [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
      ["lurah.terjun", "SELESAI"],
    ] as const) {
      const res = await move(user, reference, to);
      expect(res.status, `${user} → ${to}: ${await res.clone().text()}`).toBe(200);
      expect((await res.json()).status).toBe(to);
    }
    const [row] = await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
    expect(row!.documentNumber).toBe("470/0001/TRJ/XI/2026");
    expect(row!.finishedOn).toBe("2026-11-27");
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, row!.id));
    expect(audits.map((a) => a.action)).toEqual([
      "service_request.submit",
      "service_request.verified",
      "service_request.processing",
      "service_request.toSign",
      "service_request.signed",
    ]);
  });

  it("gives the citizen the PDF with the PIN and a QR that verifies, with the NIK masked", async () => {
    const view = await (
      await ctx.client().get(`/api/v1/service-requests/${reference}`, { "x-tracking-pin": pin })
    ).json();
    expect(view.status).toBe("SELESAI");
    expect(view.document.url).toBe(`http://sigap.test/api/v1/service-requests/${reference}/document`);
    const pdf = await ctx
      .client()
      .get(`/api/v1/service-requests/${reference}/document`, { "x-tracking-pin": pin });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect(
      (
        await ctx
          .client()
          .get(`/api/v1/service-requests/${reference}/document`, { "x-tracking-pin": "000000" })
      ).status,
    ).toBe(404);

    const verify = await ctx.app.request(new URL(view.document.verifyUrl).pathname);
    expect(verify.status).toBe(200);
    const html = await verify.text();
    expect(html).toContain("SAH");
    expect(html).toContain("470/0001/TRJ/XI/2026");
    expect(html).toContain("1271••••••••0003");
    expect(html).not.toContain(NIK);
    expect(html).toContain("Kelurahan Terjun");
  });

  it("lets the lurah revoke the letter (audited); verification then says revoked", async () => {
    const [row] = await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
    const petugas = await ctx.client().login("petugas.terjun");
    const refused = await petugas.postForm(`/staf/layanan/permohonan/${row!.id}/cabut`, {
      reason: "Data keliru sekali",
    });
    expect(refused.status).toBe(403);
    const lurah = await ctx.client().login("lurah.terjun");
    const res = await lurah.postForm(`/staf/layanan/permohonan/${row!.id}/cabut`, {
      reason: "Alamat pemohon keliru",
    });
    expect(res.status).toBe(303);
    const view = await (
      await ctx.client().get(`/api/v1/service-requests/${reference}`, { "x-tracking-pin": pin })
    ).json();
    expect(view.document.status).toBe("revoked");
    const html = await (await ctx.app.request(new URL(view.document.verifyUrl).pathname)).text();
    expect(html).toContain("DICABUT");
    expect(html).toContain("Alamat pemohon keliru");
    const audits = await ctx.db.select().from(auditLog).where(eq(auditLog.action, "document.revoke"));
    expect(audits).toHaveLength(1);
  });
});

describe("the citizen's journey in pages, without JavaScript", () => {
  it("form → check answers → submit (twice) → one request, confirmation with reference and PIN → tracking", async () => {
    const browser = ctx.client();
    const form = await browser.get("/layanan/SKU/ajukan");
    expect(form.status).toBe(200);
    const token = /name="_token" value="([^"]+)"/.exec(await form.text())![1]!;

    const data = new FormData();
    data.set("_token", token);
    data.set("_step", "periksa");
    for (const [k, v] of Object.entries(applicant({ name: "Siti <script>alert(1)</script>" })))
      data.set(`applicant.${k}`, v);
    for (const [k, v] of Object.entries(ANSWERS.SKU!)) data.set(`fields.${k}`, v);
    data.set("upload.ktp", new File([PNG], "../../etc/passwd.png", { type: "image/png" }));
    data.set("documents.kk", "bawa");
    data.set("documents.pengantar", "bawa");
    const check = await browser.postMultipart("/layanan/SKU/ajukan", data);
    expect(check.status).toBe(200);
    const checkHtml = await check.text();
    expect(checkHtml).toContain("Periksa jawaban Anda");
    expect(checkHtml).toContain("Siti &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(checkHtml).not.toContain("<script>alert(1)</script>");
    expect(checkHtml).toContain("1271••••••••0003");

    // The check page's hidden fields, posted to the submit action as the browser would.
    const submitForm = checkHtml.slice(checkHtml.indexOf('action="/layanan/SKU/kirim"'));
    const hidden = [
      ...submitForm
        .slice(0, submitForm.indexOf("</form>"))
        .matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g),
    ];
    const fields = Object.fromEntries(
      hidden.map((m) => [
        m[1]!,
        m[2]!
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"'),
      ]),
    );
    const first = await browser.postForm("/layanan/SKU/kirim", fields);
    const second = await browser.postForm("/layanan/SKU/kirim", fields);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe("/layanan/terkirim");
    const rows = await ctx.db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.applicantName, "Siti <script>alert(1)</script>"));
    expect(rows).toHaveLength(1);

    const done = await (await browser.get("/layanan/terkirim")).text();
    const reference = /data-testid="reference">([^<]+)</.exec(done)![1]!;
    const pin = /data-testid="pin">([^<]+)</.exec(done)![1]!;
    expect(reference).toBe(rows[0]!.reference);
    expect(done).toContain("Bawa dokumen asli");
    expect(new URL(first.headers.get("location")!, "http://x").search).toBe("");

    const business = await ctx.db
      .select()
      .from(serviceBusinesses)
      .where(eq(serviceBusinesses.requestId, rows[0]!.id));
    expect(business[0]).toMatchObject({ scale: "mikro", capital: 25_000_000, registeredOn: null });

    // Tracking: a fresh browser with the reference and PIN.
    const citizen = ctx.client();
    expect((await citizen.get(`/lacak/${reference}`)).status).toBe(200);
    const wrong = await citizen.postForm("/lacak", { reference, pin: "000000" });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("Nomor permohonan atau PIN tidak cocok");
    const ok = await citizen.postForm("/lacak", {
      reference: reference.toLowerCase().replace(/-/g, " "),
      pin,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/lacak/${reference}`);
    const page = await (await citizen.get(`/lacak/${reference}`)).text();
    expect(page).toContain("Permohonan Anda sudah kami terima");
    expect(page).toContain("1 Desember 2026");
  });

  it("sends a request back for correction, pauses the clock, and the citizen fixes it via the tracking page", async () => {
    const res = await submitJson(ctx.client(), ctx.deps, "SKTM");
    const { reference, pin } = await res.json();
    const correct = await move("petugas.terjun", reference, "PERLU_PERBAIKAN", {
      note: "Penghasilan <b>tidak</b> sesuai KK",
    });
    expect(correct.status).toBe(200);
    expect((await correct.json()).dueDate).toBeNull();

    const citizen = ctx.client();
    await citizen.postForm("/lacak", { reference, pin });
    const page = await (await citizen.get(`/lacak/${reference}`)).text();
    expect(page).toContain("Penghasilan &lt;b&gt;tidak&lt;/b&gt; sesuai KK");
    expect(page).toContain("Dihentikan sementara");

    const bad = new FormData();
    for (const [k, v] of Object.entries(ANSWERS.SKTM!)) bad.set(`fields.${k}`, v);
    bad.set("fields.penghasilan", "satu juta");
    expect((await citizen.postMultipart(`/lacak/${reference}/perbaikan`, bad)).status).toBe(422);

    const fix = new FormData();
    for (const [k, v] of Object.entries(ANSWERS.SKTM!)) fix.set(`fields.${k}`, v);
    fix.set("fields.penghasilan", "1.200.000");
    const done = await citizen.postMultipart(`/lacak/${reference}/perbaikan`, fix);
    expect(done.status).toBe(303);
    const view = await (
      await ctx.client().get(`/api/v1/service-requests/${reference}`, { "x-tracking-pin": pin })
    ).json();
    expect(view.status).toBe("DIAJUKAN");
    // Sent back and resubmitted on the same day: no working day lost, due date as before.
    expect(view.dueDate).toBe("2026-12-01");
    expect(view.timeline.map((h: { event: string }) => h.event)).toEqual([
      "submitted",
      "correctionRequested",
      "resubmitted",
    ]);
  });

  it("lets the citizen cancel, then refuses any later step with a clear 409", async () => {
    const { reference, pin } = await (await submitJson(ctx.client(), ctx.deps, "SPKTP")).json();
    const citizen = ctx.client();
    await citizen.postForm("/lacak", { reference, pin });
    expect((await citizen.postForm(`/lacak/${reference}/batal`, {})).status).toBe(422);
    expect((await citizen.postForm(`/lacak/${reference}/batal`, { confirm: "ya" })).status).toBe(303);
    expect((await citizen.get(`/lacak/${reference}/perbaikan`)).status).toBe(303);
    const again = await ctx
      .client()
      .json(
        "POST",
        `/api/v1/service-requests/${reference}/transitions`,
        { to: "DIBATALKAN" },
        { "x-tracking-pin": pin },
      );
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toContain("dibatalkan");
    const staffStep = await move("petugas.terjun", reference, "DIVERIFIKASI");
    expect(staffStep.status).toBe(409);
  });
});

describe("multi-level, micro business and NIB", () => {
  it("sends an ahli waris letter up to the camat after the lurah, numbered by the kecamatan", async () => {
    const { reference, pin } = await (await submitJson(ctx.client(), ctx.deps, "SKAW")).json();
    for (const [u, to] of [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
    ] as const)
      expect((await move(u, reference, to)).status).toBe(200);
    const lurah = await move("lurah.terjun", reference, "SELESAI");
    expect(lurah.status).toBe(200);
    expect(await lurah.json()).toMatchObject({ status: "MENUNGGU_TTD", stage: "kecamatan" });
    // The kelurahan can no longer act; the camat can.
    expect((await move("lurah.terjun", reference, "SELESAI")).status).toBe(403);
    const camat = await move("camat", reference, "SELESAI");
    expect(camat.status).toBe(200);
    const [row] = await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
    expect(row!.documentNumber).toBe("474/0001/PATEN/XI/2026");
    expect(row!.countersign).toMatchObject({ name: "lurah.terjun", title: "Lurah Terjun" });
    const view = await (
      await ctx.client().get(`/api/v1/service-requests/${reference}`, { "x-tracking-pin": pin })
    ).json();
    expect(view.timeline.map((h: { event: string }) => h.event)).toContain("escalated");
  });

  it("puts finished SKU businesses in the UMKM register with CSV/XLSX export", async () => {
    const { reference } = await (
      await submitJson(ctx.client(), ctx.deps, "SKU", { applicant: { name: "Rahmat Lubis" } })
    ).json();
    for (const [u, to] of [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
      ["lurah.terjun", "SELESAI"],
    ] as const)
      expect((await move(u, reference, to)).status).toBe(200);
    const client = await ctx.client().login("petugas.terjun");
    const list = await (await client.get("/api/v1/umkm?q=warung")).json();
    expect(list.items.map((b: { reference: string }) => b.reference)).toContain(reference);
    expect(list.items[0]).toMatchObject({ scale: "mikro", kbli: "56103" });
    const csv = await client.get("/staf/layanan/umkm/ekspor.csv");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(await csv.text()).toContain("Warung Bu Siti");
    const xlsx = await client.get("/staf/layanan/umkm/ekspor.xlsx");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    const other = await (await signedIn("petugas.payapasir")).get("/api/v1/umkm?q=warung");
    expect(await other.json()).toMatchObject({ total: 0 });
  });

  it("records the NIB obtained from OSS when the assistance case finishes", async () => {
    const { reference } = await (await submitJson(ctx.client(), ctx.deps, "NIB")).json();
    for (const to of ["DIVERIFIKASI", "DIPROSES"])
      expect((await move("petugas.paten", reference, to)).status).toBe(200);
    const noNib = await move("petugas.paten", reference, "SELESAI");
    expect(noNib.status).toBe(422);
    expect((await noNib.json()).errors[0]).toMatchObject({ field: "nib" });
    const ok = await move("petugas.paten", reference, "SELESAI", { nib: "9120 0012 3456 7" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "SELESAI", nib: "9120001234567", document: null });
  });
});

describe("assisted digital and kiosk", () => {
  it("lets a petugas file for a walk-in citizen (channel loket) and shows them the PIN", async () => {
    const officer = await ctx.client().login("petugas.paten");
    const form = await (await officer.get("/staf/layanan/loket/SKDU")).text();
    const token = /name="_token" value="([^"]+)"/.exec(form)![1]!;
    const fields: Record<string, string> = { _token: token };
    for (const [k, v] of Object.entries(applicant({ kelurahan: "MM.1005" }))) fields[`applicant.${k}`] = v;
    for (const [k, v] of Object.entries(ANSWERS.SKDU!)) fields[`fields.${k}`] = v;
    for (const k of Object.keys(await bringAll(ctx.deps, "SKDU"))) fields[`documents.${k}`] = "bawa";
    const res = await officer.postForm("/staf/layanan/loket/SKDU/kirim", fields);
    expect(res.status).toBe(303);
    const done = await (await officer.get("/staf/layanan/loket/terkirim")).text();
    const reference = /data-testid="reference">([^<]+)</.exec(done)![1]!;
    const [row] = await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.reference, reference));
    expect(row).toMatchObject({ channel: "loket", filedBy: staff.petugasPaten.userId });
    expect((await ctx.client().get("/staf/layanan/loket/SKDU")).status).toBe(303);
  });

  it("serves the kiosk without staff chrome and forgets the last receipt", async () => {
    const kiosk = ctx.client();
    const html = await (await kiosk.get("/kios")).text();
    expect(html).not.toContain("navbar");
    expect(html).toContain('href="/kios/SKD"');
    expect((await kiosk.get("/kios/SKD")).status).toBe(200);
  });
});
