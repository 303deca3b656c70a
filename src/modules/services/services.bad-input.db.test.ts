import { inflateSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client";
import { createTestContext, type TestContext } from "../../platform/testing/test-app";
import { transitionRequest } from "./commands/transition-request";
import {
  ANSWERS,
  applicant,
  bringAll,
  createServiceStaff,
  insertRequest,
  submitJson,
} from "./testing/factories";

let ctx: TestContext;
let staff: Awaited<ReturnType<typeof createServiceStaff>>;

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await createServiceStaff(ctx.deps);
});
afterAll(() => ctx.close());

const counts = async () =>
  (
    await queryRows<{ r: number; o: number; i: number; h: number }>(
      ctx.db,
      sql`select (select count(*)::int from service_requests) as r, (select count(*)::int from outbox) as o,
        (select count(*)::int from idempotency_keys) as i, (select count(*)::int from service_request_history) as h`,
    )
  )[0]!;

function applyForm(token: string, over: Record<string, string | File> = {}) {
  const data = new FormData();
  data.set("_token", token);
  data.set("_step", "periksa");
  for (const [k, v] of Object.entries(applicant())) data.set(`applicant.${k}`, v);
  for (const [k, v] of Object.entries(ANSWERS.SKD!)) data.set(`fields.${k}`, v);
  data.set("documents.kk", "bawa");
  data.set("documents.pengantar", "bawa");
  for (const [k, v] of Object.entries(over)) data.set(k, v);
  return data;
}
const TOKEN = "tokentokentokentoken01";

describe("hostile uploads", () => {
  it.each([
    [
      "a PDF that is really HTML",
      new File(["<html><script>alert(1)</script></html>"], "surat.pdf", { type: "application/pdf" }),
    ],
    [
      "an SVG",
      new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], "ktp.svg", {
        type: "image/svg+xml",
      }),
    ],
    [
      "an empty file named with a path",
      new File([new Uint8Array(0)], "../../../etc/passwd", { type: "image/png" }),
    ],
  ])("refuses %s on the form with a field message and writes nothing", async (_name, file) => {
    const before = await counts();
    const res = await ctx
      .client()
      .postMultipart("/layanan/SKD/ajukan", applyForm(TOKEN, { "upload.ktp": file }));
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(html).toMatch(/Isi berkas bukan PDF, JPG, PNG yang sah|KTP-el pemohon: unggah berkasnya/);
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(await counts()).toEqual(before);
  });

  it("refuses a 6 MB file with a size message, and a 50 MB body with 413", async () => {
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const res = await ctx
      .client()
      .postMultipart("/layanan/SKD/ajukan", applyForm(TOKEN, { "upload.ktp": new File([big], "besar.pdf") }));
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("maksimal 5 MB");
    const huge = new Uint8Array(50 * 1024 * 1024);
    const tooBig = await ctx
      .client()
      .postMultipart("/layanan/SKD/ajukan", applyForm(TOKEN, { "upload.ktp": new File([huge], "x.pdf") }));
    expect(tooBig.status).toBe(413);
  });

  it("refuses hostile files on the API (multipart) with 422 problem+json naming the document", async () => {
    const data = new FormData();
    data.set(
      "payload",
      JSON.stringify({
        serviceCode: "SKD",
        applicant: applicant(),
        fields: ANSWERS.SKD,
        documents: { kk: "bawa", pengantar: "bawa" },
      }),
    );
    data.set("documents.ktp", new File(["<html>bukan pdf</html>"], "ktp.pdf", { type: "application/pdf" }));
    const res = await ctx.client().fetch("/api/v1/service-requests", { method: "POST", body: data });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0]).toMatchObject({ field: "documents.ktp" });
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    data.set("documents.ktp", new File([big], "ktp.pdf", { type: "application/pdf" }));
    const tooBig = await ctx.client().fetch("/api/v1/service-requests", { method: "POST", body: data });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).errors[0].message).toContain("maksimal 5 MB");
  });

  it("accepts a real PNG named with a path, stored by content hash, served under a name of our own", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    const data = new FormData();
    data.set(
      "payload",
      JSON.stringify({
        serviceCode: "SKD",
        applicant: applicant(),
        fields: ANSWERS.SKD,
        documents: { kk: "bawa", pengantar: "bawa" },
      }),
    );
    data.set("documents.ktp", new File([png], "../../etc/passwd", { type: "image/png" }));
    const res = await ctx.client().fetch("/api/v1/service-requests", { method: "POST", body: data });
    expect(res.status).toBe(201);
    const { reference } = await res.json();
    const [att] = await queryRows<{ id: string; request_id: string }>(
      ctx.db,
      sql`select a.id, a.request_id from service_request_attachments a join service_requests r on r.id = a.request_id where r.reference = ${reference} and a.mode = 'unggah'`,
    );
    const officer = await ctx.client().login("petugas.terjun");
    const file = await officer.get(`/staf/layanan/permohonan/${att!.request_id}/lampiran/${att!.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="${reference}-ktp.png"`);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("invalid answers", () => {
  it("answers an invalid NIK and missing fields with 422 listing every field, and writes nothing", async () => {
    const before = await counts();
    const res = await ctx.client().json("POST", "/api/v1/service-requests", {
      serviceCode: "SKD",
      applicant: { nik: "1271124508900000", name: "", phone: "12", kelurahan: "MM.1003" },
      fields: { lama_tinggal: "seratus" },
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const fields = body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        "applicant.nik",
        "applicant.name",
        "applicant.phone",
        "applicant.address",
        "fields.lingkungan",
        "fields.lama_tinggal",
        "documents.ktp",
      ]),
    );
    expect(body.errors.find((e: { field: string }) => e.field === "applicant.nik").message).toContain("0000");
    expect(await counts()).toEqual(before);
  });

  it.each([
    ["malformed JSON", "{nope", 400],
    ["wrong types", JSON.stringify({ serviceCode: 5, applicant: "x" }), 422],
    ["an unknown service", JSON.stringify({ serviceCode: "XYZ", applicant: applicant(), fields: {} }), 422],
  ])("answers %s with a 4xx problem", async (_n, body, status) => {
    const res = await ctx.client().json("POST", "/api/v1/service-requests", body);
    expect(res.status).toBe(status);
    expect((await res.json()).title).toBeTruthy();
  });

  it("refuses an unusable Idempotency-Key with 400", async () => {
    const res = await submitJson(ctx.client(), ctx.deps, "SKD", { key: "short" });
    expect(res.status).toBe(400);
  });

  it("re-renders the form with every error linked, keeping the typed values", async () => {
    const res = await ctx
      .client()
      .postMultipart(
        "/layanan/SKD/ajukan",
        applyForm(TOKEN, { "applicant.nik": "123", "applicant.name": "Budi <b>Tebal</b>" }),
      );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('href="#f-applicant-nik"');
    expect(html).toContain("NIK harus 16 digit angka");
    expect(html).toContain('value="Budi &lt;b&gt;Tebal&lt;/b&gt;"');
  });

  it("refuses a form post without its CSRF token", async () => {
    const res = await ctx.client().postForm("/lacak", { reference: "MM-2611-7K3Q", pin: "123456" }, false);
    expect(res.status).toBe(403);
  });
});

describe("markup in text stays text everywhere, the PDF included", () => {
  it("draws <script> literally in the letter and never as markup on pages", async () => {
    const r = await insertRequest(ctx.deps, {
      status: "MENUNGGU_TTD",
      applicantName: "<script>alert('x')</script>",
    });
    await transitionRequest(
      ctx.deps,
      { kind: "staff", actor: staff.lurahTerjun },
      { requestId: r.id, to: "SELESAI" },
    );
    const officer = await ctx.client().login("petugas.terjun");
    const page = await (await officer.get(`/staf/layanan/permohonan/${r.id}`)).text();
    expect(page).not.toContain("<script>alert(");
    expect(page).toContain("&lt;script&gt;");
    const queue = await (await officer.get("/staf/layanan?status=all")).text();
    expect(queue).not.toContain("<script>alert(");
    const pdf = Buffer.from(
      await (await officer.get(`/staf/layanan/permohonan/${r.id}/surat.pdf`)).arrayBuffer(),
    );
    const text = [...pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
        } catch {
          return "";
        }
      })
      .join("\n");
    // pdfkit writes text as hex glyph strings: "<scr" is 3c736372.
    expect(text.toLowerCase()).toContain("3c736372");
    expect(pdf.toString("latin1")).not.toMatch(/\/JavaScript|\/JS\b|\/OpenAction/);
  });
});

describe("out-of-order and late steps", () => {
  it.each([
    ["DIAJUKAN", "SELESAI", 409, "tidak tersedia"],
    ["DIAJUKAN", "MENUNGGU_TTD", 409, "tidak tersedia"],
    ["MENUNGGU_TTD", "SELESAI", 403, "tidak berwenang"],
    ["DIAJUKAN", "PERLU_PERBAIKAN", 422, "alasan"],
    ["SELESAI", "DIPROSES", 409, "tidak dapat diubah"],
  ] as const)("%s → %s by a petugas answers %i", async (from, to, status, text) => {
    const r = await insertRequest(ctx.deps, { status: from });
    const client = await ctx.client().login("petugas.terjun");
    const res = await client.json("POST", `/api/v1/service-requests/${r.reference}/transitions`, { to });
    expect(res.status).toBe(status);
    expect((await res.json()).detail.toLowerCase()).toContain(text);
    const history = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from service_request_history where request_id = ${r.id}`,
    );
    expect(history[0]!.n).toBe(0);
  });

  it("refuses an unknown status name with 422", async () => {
    const r = await insertRequest(ctx.deps);
    const client = await ctx.client().login("petugas.terjun");
    expect(
      (await client.json("POST", `/api/v1/service-requests/${r.reference}/transitions`, { to: "HACKED" }))
        .status,
    ).toBe(422);
  });

  it("refuses a resubmission after cancellation", async () => {
    const r = await insertRequest(ctx.deps, { status: "PERLU_PERBAIKAN", dueDate: null });
    const citizen = ctx.client();
    await citizen.postForm("/lacak", { reference: r.reference, pin: r.pin });
    expect((await citizen.postForm(`/lacak/${r.reference}/batal`, { confirm: "ya" })).status).toBe(303);
    const fix = new FormData();
    for (const [k, v] of Object.entries(ANSWERS.SKD!)) fix.set(`fields.${k}`, v);
    const res = await citizen.postMultipart(`/lacak/${r.reference}/perbaikan`, fix);
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("tidak sedang menunggu perbaikan");
    const pin = await ctx
      .client()
      .json(
        "POST",
        `/api/v1/service-requests/${r.reference}/transitions`,
        { to: "DIAJUKAN" },
        { "x-tracking-pin": r.pin },
      );
    expect(pin.status).toBe(403);
  });

  it("shows a refused step on the officer's page with the message and status", async () => {
    const r = await insertRequest(ctx.deps, { status: "DIAJUKAN" });
    const officer = await ctx.client().login("petugas.terjun");
    const stale = await officer.postForm(`/staf/layanan/permohonan/${r.id}/status`, {
      to: "DIVERIFIKASI",
      version: "99",
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain("baru saja diubah");
    const noNote = await officer.postForm(`/staf/layanan/permohonan/${r.id}/status`, {
      to: "DITOLAK",
      version: "1",
    });
    expect(noNote.status).toBe(422);
    expect(await noNote.text()).toContain('href="#f-note-DITOLAK"');
  });
});

describe("forged verification tokens", () => {
  it("answers 404 with a clear page for a forged or truncated token", async () => {
    for (const path of ["/verify/abc", "/verify/AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"]) {
      const res = await ctx.app.request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("kode verifikasi tidak sah");
    }
  });

  it("keeps bringAll helper honest", async () =>
    expect(await bringAll(ctx.deps, "SKD")).toEqual({ ktp: "bawa", kk: "bawa", pengantar: "bawa" }));
});
