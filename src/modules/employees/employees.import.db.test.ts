import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, type TestClient, type TestContext } from "../../platform/testing/test-app";
import { commitInFlight } from "./commands/commit-import";
import {
  auditRows,
  countEmployees,
  createDemoContext,
  csvBytes,
  loginDemo,
  SIASN_HEADERS,
  siasnRows,
  testNip,
} from "./testing/factories";

let ctx: TestContext;
let hr: TestClient;

beforeAll(async () => {
  ctx = await createDemoContext();
  hr = await loginDemo(ctx, "kepegawaian");
});
afterAll(() => ctx.close());

/** Uploads a file; returns the response and (when accepted) the import's page path. */
async function upload(client: TestClient, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  const res = await client.postMultipart("/staf/pegawai/impor", form);
  const location = res.headers.get("location");
  return { res, path: res.status === 303 ? location! : null };
}

/** Guessed mapping page → confirm it as shown. */
async function confirmGuessedMapping(client: TestClient, path: string) {
  const html = await (await client.get(path)).text();
  const values: Record<string, string> = {};
  for (const m of html.matchAll(/<select[^>]*name="(map\.\w+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    values[m[1]!] = m[2]!.match(/<option value="(\d*)" selected/)?.[1] ?? "";
  }
  return client.postForm(`${path}/pemetaan`, values);
}

async function commit(client: TestClient, path: string) {
  const res = await client.postForm(`${path}/simpan`, {});
  await commitInFlight(path.split("/").pop()!);
  return res;
}

describe("CSV import journey", () => {
  it("shows a bad row's error in the preview, refuses the commit, then imports all once fixed", async () => {
    const rows = siasnRows(100, 5);
    rows[2]![0] = "196608011988131001"; // TMT month 13
    const before = await countEmployees(ctx.deps);

    const bad = await upload(hr, csvBytes([SIASN_HEADERS, ...rows]), "siasn.csv");
    expect(bad.res.status).toBe(303);
    const mapping = await (await hr.get(bad.path!)).text();
    expect(mapping).toContain("Pemetaan kolom");
    expect(mapping).toMatch(/name="map\.nip"[\s\S]*?<option value="0" selected/);
    expect((await confirmGuessedMapping(hr, bad.path!)).status).toBe(303);

    const preview = await (await hr.get(bad.path!)).text();
    expect(preview).toContain("1 baris bermasalah");
    expect(preview).toContain("Bulan TMT CPNS pada NIP (digit 13–14: 13) harus 01–12");
    expect(preview).not.toContain(`${bad.path}/simpan`);
    const refused = await hr.postForm(`${bad.path}/simpan`, {});
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain("Impor ditolak");
    expect(await countEmployees(ctx.deps)).toBe(before);

    rows[2]![0] = testNip(102);
    const good = await upload(hr, csvBytes([SIASN_HEADERS, ...rows], ","), "siasn-perbaikan.csv");
    await confirmGuessedMapping(hr, good.path!);
    const ok = await (await hr.get(good.path!)).text();
    expect(ok).toContain("Semua 5 baris benar");
    expect((await commit(hr, good.path!)).status).toBe(303);
    const done = await (await hr.get(good.path!)).text();
    expect(done).toContain("5 pegawai berhasil diimpor.");
    expect(await countEmployees(ctx.deps)).toBe(before + 5);

    const list = await (await hr.get("/api/v1/employees?q=impor%20uji%20101&pageSize=100")).json();
    const imported = list.items.find((e: { name: string }) => e.name === "Impor Uji 101, S.Sos.");
    expect(imported).toMatchObject({ golongan: "III/b", unit: { code: "MM.PATEN" } });
    const detail = await (await hr.get(`/api/v1/employees/${imported.id}`)).json();
    expect(detail.supervisor).not.toBeNull();
    const audit = (await auditRows(ctx.deps, "employees.import")).at(-1);
    expect(audit).toMatchObject({ after: { inserted: 5, fileName: "siasn-perbaikan.csv" } });

    // A second commit of the same import is not possible.
    expect((await hr.postForm(`${good.path}/simpan`, {})).status).toBe(303);
    expect(await countEmployees(ctx.deps)).toBe(before + 5);
  });

  it("rejects formula cells as row errors", async () => {
    const rows = siasnRows(200, 2);
    rows[0]![1] = "=CMD()";
    rows[1]![5] = "@SUM(A1)";
    const { path } = await upload(hr, csvBytes([SIASN_HEADERS, ...rows]), "rumus.csv");
    await confirmGuessedMapping(hr, path!);
    const html = await (await hr.get(path!)).text();
    expect(html).toContain("2 baris bermasalah");
    expect(html.match(/Sel berisi rumus/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses the mapping when a required column is not mapped", async () => {
    const { path } = await upload(hr, csvBytes([SIASN_HEADERS, ...siasnRows(300, 1)]), "x.csv");
    const res = await hr.postForm(`${path}/pemetaan`, { "map.nip": "0", "map.name": "0" });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Kolom ini sudah dipakai untuk data lain.");
    expect(html).toContain("Kolom ini wajib dipetakan.");
  });

  it.each([
    [
      "broken UTF-8 (Windows-1252)",
      new Uint8Array([0x4e, 0x49, 0x50, 0x3b, 0x4e, 0x61, 0x6d, 0x61, 0x0a, 0x31, 0x3b, 0xe9, 0x0a]),
      "Berkas bukan teks UTF-8 yang sah",
    ],
    [
      "an old .xls",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      "Berkas Excel lama (.xls) tidak didukung",
    ],
    [
      "an unclosed quote",
      new TextEncoder().encode('NIP;NAMA\n1;"Budi\n'),
      "tanda kutip yang dibuka pada baris 2 tidak ditutup",
    ],
    ["headers only", new TextEncoder().encode("NIP;NAMA\n"), "tidak berisi baris data"],
    ["a fake zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "Berkas XLSX rusak"],
  ])("refuses %s with a clear message and 422, storing nothing", async (_, bytes, message) => {
    const { res } = await upload(hr, bytes, "berkas.csv");
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(message);
  });

  it("asks for a file when none is sent", async () => {
    const res = await hr.postMultipart("/staf/pegawai/impor", new FormData());
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Pilih berkas CSV atau XLSX.");
  });

  it("refuses uploads over 12 MB with 413", async () => {
    const { res } = await upload(hr, new Uint8Array(13 * 1024 * 1024).fill(0x41), "besar.csv");
    expect(res.status).toBe(413);
  });

  it("keeps imports private to their uploader and closed to non-HR roles", async () => {
    const { path } = await upload(hr, csvBytes([SIASN_HEADERS, ...siasnRows(400, 1)]), "privat.csv");
    await createStaff(ctx.deps, { username: "hr.lain", role: "admin_kepegawaian", unitCode: "MM" });
    const other = await ctx.client().login("hr.lain");
    expect((await other.get(path!)).status).toBe(404);
    expect((await other.postForm(`${path}/simpan`, {})).status).toBe(404);
    const lurah = await loginDemo(ctx, "lurah.terjun");
    expect((await lurah.get("/staf/pegawai/impor")).status).toBe(403);
    const form = new FormData();
    form.set("file", new File([csvBytes([SIASN_HEADERS])], "x.csv"));
    expect((await lurah.postMultipart("/staf/pegawai/impor", form)).status).toBe(403);
    expect((await hr.postForm(`${path}/batal`, {})).status).toBe(303);
    expect((await hr.get(path!)).status).toBe(404);
  });
});

describe("XLSX import", () => {
  async function xlsx(rows: unknown[][]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Data");
    for (const r of rows) sheet.addRow(r);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it("imports an XLSX with dates and rich text", async () => {
    const before = await countEmployees(ctx.deps);
    const bytes = await xlsx([
      ["NIP BARU", "NAMA", "GOL RUANG AKHIR", "UNOR NAMA", "JABATAN NAMA", "TMT JABATAN", "JENIS PEGAWAI"],
      [
        testNip(500),
        "Xlsx Satu",
        "III/c",
        "MM.PATEN",
        "Pengolah Data Pelayanan",
        new Date(Date.UTC(2021, 4, 3)),
        "PNS",
      ],
      [
        testNip(501),
        { richText: [{ text: "Xlsx " }, { text: "Dua" }] },
        "II/a",
        "Kelurahan Paya Pasir",
        "",
        "03-05-2021",
        "PNS",
      ],
    ]);
    const { res, path } = await upload(hr, bytes, "siasn.xlsx");
    expect(res.status).toBe(303);
    await confirmGuessedMapping(hr, path!);
    expect(await (await hr.get(path!)).text()).toContain("Semua 2 baris benar");
    await commit(hr, path!);
    expect(await countEmployees(ctx.deps)).toBe(before + 2);
    const list = await (await hr.get("/api/v1/employees?q=xlsx")).json();
    expect(list.items.map((e: { name: string }) => e.name).sort()).toEqual(["Xlsx Dua", "Xlsx Satu"]);
  });

  it("rejects formula cells and NIPs Excel turned into numbers", async () => {
    const bytes = await xlsx([
      ["NIP BARU", "NAMA", "GOL RUANG AKHIR", "UNOR NAMA"],
      [testNip(600), { formula: 'HYPERLINK("http://x","klik")', result: "klik" }, "III/a", "MM.PATEN"],
      [Number(testNip(601)), "Angka", "III/a", "MM.PATEN"],
    ]);
    const { path } = await upload(hr, bytes, "rumus.xlsx");
    await confirmGuessedMapping(hr, path!);
    const html = await (await hr.get(path!)).text();
    expect(html).toContain("2 baris bermasalah");
    expect(html).toContain("Sel berisi rumus");
    expect(html).toContain("NIP tersimpan sebagai angka");
  });
});

describe("large import", () => {
  it("imports 20,000 rows in one transaction", async () => {
    const before = await countEmployees(ctx.deps);
    const rows = siasnRows(10_000, 20_000);
    const bytes = csvBytes([SIASN_HEADERS, ...rows]);
    const started = performance.now();
    const { path } = await upload(hr, bytes, "besar-20000.csv");
    const uploaded = performance.now();
    expect((await confirmGuessedMapping(hr, path!)).status).toBe(303);
    const checked = performance.now();
    expect(await (await hr.get(path!)).text()).toContain("Semua 20.000 baris benar");
    await hr.postForm(`${path}/simpan`, {});
    const progress = await hr.get(path!);
    expect(progress.headers.get("refresh")).toBe("2");
    await commitInFlight(path!.split("/").pop()!);
    const committed = performance.now();
    expect(await (await hr.get(path!)).text()).toContain("20.000 pegawai berhasil diimpor.");
    expect(await countEmployees(ctx.deps)).toBe(before + 20_000);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.info(
      `[20k import, ${ctx.deps.dbKind}] upload+parse ${s(uploaded - started)}, map+check ${s(checked - uploaded)}, commit ${s(committed - checked)}, total ${s(committed - started)}`,
    );
    // The list stays quick with 20,000 more rows.
    const t0 = performance.now();
    const list = await hr.get("/api/v1/employees?q=impor%20uji&pageSize=100&page=50");
    expect(list.status).toBe(200);
    console.info(
      `[20k import, ${ctx.deps.dbKind}] list search after import: ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }, 120_000);
});
