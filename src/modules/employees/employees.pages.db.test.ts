import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, type TestClient, type TestContext } from "../../platform/testing/test-app";
import {
  auditRows,
  createDemoContext,
  employeeBody,
  employeeIdOf,
  loginDemo,
  testNip,
  unitIdByCode,
} from "./testing/factories";

let ctx: TestContext;
let hr: TestClient;
let lurahTerjun: TestClient;
let payaEmployee: string;
let hostileId: string;

beforeAll(async () => {
  ctx = await createDemoContext();
  hr = await loginDemo(ctx, "kepegawaian");
  lurahTerjun = await loginDemo(ctx, "lurah.terjun");
  payaEmployee = await employeeIdOf(ctx.deps, "petugas.payapasir");
  const res = await hr.json(
    "POST",
    "/api/v1/employees",
    await employeeBody(ctx.deps, 1, { name: "=CMD() <img src=x onerror=alert(1)> Budi" }),
  );
  hostileId = ((await res.json()) as { id: string }).id;
});
afterAll(() => ctx.close());

describe("employee list page", () => {
  it("shows the register with search, filters, export links and actions for HR", async () => {
    const res = await hr.get("/staf/pegawai");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1");
    expect(html).toContain('name="q"');
    expect(html).toContain('href="/staf/pegawai/baru"');
    expect(html).toContain('href="/staf/pegawai/ekspor.csv"');
    expect(html).toContain("Halaman 1 dari");
    expect(html).toContain('href="/staf/pegawai"'); // the nav entry
  });

  it("searches and keeps the filters in export and page links", async () => {
    const unit = await unitIdByCode(ctx.deps, "MM.1003");
    const html = await (await hr.get(`/staf/pegawai?q=zulkifli&unit=${unit}`)).text();
    expect(html).toContain("Zulkifli Batubara");
    expect(html).toContain(`/staf/pegawai/ekspor.xlsx?q=zulkifli&amp;unit=${unit}`);
    expect(html).toContain("1 pegawai");
  });

  it("ignores malformed filters instead of failing", async () => {
    const res = await hr.get("/staf/pegawai?page=-3&pageSize=9999&unit=%27%3B&asnType=x");
    expect(res.status).toBe(200);
  });

  it("escapes HTML typed into names", async () => {
    const html = await (await hr.get("/staf/pegawai?q=budi")).text();
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    const res = await ctx.client().get("/staf/pegawai");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("/login");
  });
});

describe("profile page", () => {
  it("shows data, the NIP's parts, supervisor, history and the sections other modules fill", async () => {
    const res = await hr.get(`/staf/pegawai/${payaEmployee}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Yohana Christina Sinaga, S.E.");
    expect(html).toContain("25 November 1990");
    expect(html).toContain("Perempuan");
    expect(html).toContain("Maret 2014"); // TMT CPNS from the NIP
    expect(html).toContain("Riwayat jabatan dan unit");
    for (const title of ["Pelatihan &amp; JP", "Kinerja", "Layanan"]) expect(html).toContain(title);
    expect(html).toMatch(/Atasan langsung<\/dt><dd[^>]*><a href="\/staf\/pegawai\/[0-9a-f-]{36}"/);
  });

  it("escapes HTML in the name", async () => {
    const html = await (await hr.get(`/staf/pegawai/${hostileId}`)).text();
    expect(html).toContain("=CMD() &lt;img src=x onerror=alert(1)&gt; Budi");
    expect(html).not.toContain("<img src=x");
  });

  it("answers 404 outside the scope: the Lurah of Terjun cannot open a Paya Pasir employee", async () => {
    expect((await lurahTerjun.get(`/staf/pegawai/${payaEmployee}`)).status).toBe(404);
    expect((await lurahTerjun.get(`/staf/pegawai/${payaEmployee}/ubah`)).status).toBe(404);
    expect((await hr.get("/staf/pegawai/not-a-uuid")).status).toBe(404);
  });

  it("lets every employee open their own profile through /staf/profil, read-only", async () => {
    const petugas = await loginDemo(ctx, "petugas.payapasir");
    const res = await petugas.get("/staf/profil");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/staf/pegawai/${payaEmployee}`);
    const html = await (await petugas.get(`/staf/pegawai/${payaEmployee}`)).text();
    expect(html).toContain("Yohana");
    expect(html).not.toContain("/ubah");
    expect((await petugas.get(`/staf/pegawai/${payaEmployee}/ubah`)).status).toBe(403);
    const admin = await loginDemo(ctx, "admin").catch(() => null);
    if (admin) expect((await admin.get("/staf/profil")).status).toBe(404);
  });
});

describe("create and edit forms", () => {
  it("re-renders with an error summary, inline messages, the values and 422", async () => {
    const res = await hr.postForm("/staf/pegawai/baru", {
      asnType: "PNS",
      nip: "196608011988131001",
      name: "<b>Tebal</b>",
      unitId: "",
      email: "x@",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Ada isian yang perlu diperbaiki");
    expect(html).toContain('href="#f-nip"');
    expect(html).toContain("Bulan TMT CPNS pada NIP (digit 13–14: 13) harus 01–12");
    expect(html).toContain("Pilih unit kerja.");
    expect(html).toContain("Alamat email tidak valid");
    expect(html).toContain('value="&lt;b&gt;Tebal&lt;/b&gt;"');
  });

  it("creates through the form and redirects to the profile", async () => {
    const res = await hr.postForm("/staf/pegawai/baru", {
      asnType: "PNS",
      nip: testNip(50),
      name: "Rudi Formulir",
      golongan: "II/a",
      unitId: await unitIdByCode(ctx.deps, "MM.1005"),
      positionId: "",
      supervisorNip: "",
      tmtJabatan: "",
      education: "",
      email: "",
      phone: "",
    });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(/^\/staf\/pegawai\/[0-9a-f-]{36}\?tersimpan=1$/);
    const html = await (await hr.get(location)).text();
    expect(html).toContain("Perubahan tersimpan.");
    expect(html).toContain("Rudi Formulir");
  });

  it("edits through the form: deactivating is audited", async () => {
    const form = await (await hr.get(`/staf/pegawai/${hostileId}/ubah`)).text();
    expect(form).toContain('name="isActive"');
    const res = await hr.postForm(`/staf/pegawai/${hostileId}/ubah`, {
      asnType: "PNS",
      nip: testNip(1),
      name: "Budi Tenang",
      golongan: "III/a",
      unitId: await unitIdByCode(ctx.deps, "MM.PATEN"),
      positionId: "",
      supervisorNip: "",
    });
    expect(res.status).toBe(303);
    const last = (await auditRows(ctx.deps, "employees.update")).at(-1)!;
    expect(last).toMatchObject({ entity_id: hostileId, after: { name: "Budi Tenang", isActive: false } });
  });

  it("refuses a form without the CSRF token, and the form for readers", async () => {
    expect((await hr.postForm("/staf/pegawai/baru", { name: "x" }, false)).status).toBe(403);
    expect((await lurahTerjun.get("/staf/pegawai/baru")).status).toBe(403);
    expect((await lurahTerjun.postForm("/staf/pegawai/baru", { name: "x" })).status).toBe(403);
  });

  it("refuses a 10 MB form post with 413", async () => {
    const res = await hr.postForm("/staf/pegawai/baru", { name: "a".repeat(10 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});

describe("export", () => {
  it("exports CSV for Indonesian Excel (BOM, `;`), neutralising formula-like cells", async () => {
    await hr.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 60, { name: "=SUM(1+1) Ani Ekspor", phone: "+6281234567890" }),
    );
    const res = await hr.get("/staf/pegawai/ekspor.csv?q=ekspor");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="pegawai-\d{8}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, row] = text.split("\r\n");
    expect(header!.startsWith("NIP;Nama;Jenis ASN;")).toBe(true);
    expect(row).toContain(";'=SUM(1+1) Ani Ekspor;");
    expect(row).toContain(";'+6281234567890;");
    expect((await auditRows(ctx.deps, "employees.export")).at(-1)).toMatchObject({
      after: { format: "csv", count: 1 },
    });
  });

  it("neutralises a name starting with = in the XLSX export and keeps NIPs as text", async () => {
    await hr.json("PATCH", `/api/v1/employees/${hostileId}`, { name: "=CMD() Budi" });
    const res = await hr.get("/staf/pegawai/ekspor.xlsx?q=budi");
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("NIP");
    expect(sheet.getRow(2).getCell(1).value).toBe(testNip(1));
    expect(sheet.getRow(2).getCell(2).value).toBe("'=CMD() Budi");
  });

  it("exports only what the actor can read", async () => {
    const text = await (await lurahTerjun.get("/staf/pegawai/ekspor.csv")).text();
    const rows = text.trim().split("\r\n").slice(1);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.split(";")[9]!.startsWith("MM.1003"))).toBe(true);
  });
});

describe("scoped HR admin", () => {
  it("an HR admin of Terjun sees only Terjun units in the form", async () => {
    await createStaff(ctx.deps, { username: "hr.terjun", role: "admin_kepegawaian", unitCode: "MM.1003" });
    const client = await ctx.client().login("hr.terjun");
    const html = await (await client.get("/staf/pegawai/baru")).text();
    expect(html).toContain("Kelurahan Terjun");
    expect(html).not.toContain("Kelurahan Paya Pasir");
  });
});
