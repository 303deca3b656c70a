import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { assertNoHorizontalScroll, checkA11y, describeE2E, type E2E, login, useSigap } from "./harness";

/**
 * Public services (SPEC §3.4, §3.9): a citizen applies and tracks on a cheap phone with and without
 * JavaScript; an officer verifies and processes, the lurah signs, the citizen downloads the letter and its QR
 * page says it is valid. Every page is checked by axe.
 */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a8d60000000049454e44ae426082",
  "hex",
);

async function check(page: Page) {
  await checkA11y(page);
  await assertNoHorizontalScroll(page);
}

/** Applies for a Surat Keterangan Domisili through the public pages; returns the reference and PIN shown. */
async function applyForDomicile(page: Page, name: string) {
  await page.goto("/");
  await page.getByRole("link", { name: "Layanan surat dan izin usaha" }).click();
  await page.getByRole("heading", { level: 1, name: "Layanan Kecamatan Medan Marelan" }).waitFor();
  await check(page);
  await page.getByRole("link", { name: "Surat Keterangan Domisili", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Surat Keterangan Domisili" }).waitFor();
  await check(page);
  await page.getByRole("link", { name: "Ajukan permohonan" }).click();
  await page.getByRole("heading", { level: 1, name: "Ajukan Surat Keterangan Domisili" }).waitFor();
  await check(page);

  // Sending it empty lists every missing field, linked.
  await page.getByRole("button", { name: "Lanjut periksa jawaban" }).click();
  await page.getByRole("alert").filter({ hasText: "NIK wajib diisi." }).waitFor();
  await check(page);

  await page.getByLabel("NIK", { exact: true }).fill("1271 1245 0890 0003");
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Nomor HP/WhatsApp").fill("0812-3456-7890");
  await page.getByLabel("Alamat tempat tinggal").fill("Jl. Marelan Raya No. 5, Lingkungan III");
  await page.getByLabel("Kelurahan", { exact: true }).selectOption({ label: "Terjun" });
  await page.getByLabel("Lingkungan", { exact: true }).fill("Lingkungan III");
  await page.getByLabel("Status tempat tinggal").selectOption({ label: "Milik sendiri/keluarga" });
  await page.getByLabel("Lama tinggal (tahun)").fill("12");
  await page.getByLabel("Keperluan").fill("Membuka rekening bank");
  await page
    .getByLabel("KTP-el pemohon", { exact: true })
    .setInputFiles({ name: "ktp.png", mimeType: "image/png", buffer: PNG });
  await page.getByLabel("Saya akan membawa dokumen asli ke loket: Kartu Keluarga").check();
  await page.getByLabel("Saya akan membawa dokumen asli ke loket: Surat pengantar Kepala Lingkungan").check();
  await page.getByRole("button", { name: "Lanjut periksa jawaban" }).click();

  await page.getByRole("heading", { level: 1, name: "Periksa jawaban Anda" }).waitFor();
  await page.getByText("1271••••••••0003").waitFor();
  // What the citizen typed comes back as text: a name with tags in it is shown as typed, never as markup.
  await page.getByText(name, { exact: true }).waitFor();
  expect(
    await page
      .locator("main b")
      .filter({ hasText: name.replace(/<[^>]+>/g, "") })
      .count(),
  ).toBe(0);
  await check(page);
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await page.getByRole("heading", { name: "Permohonan terkirim" }).waitFor();
  await check(page);
  expect(page.url()).not.toContain("pin");
  const reference = ((await page.getByTestId("reference").textContent()) ?? "").trim();
  const pin = ((await page.getByTestId("pin").textContent()) ?? "").trim();
  expect(reference).toMatch(/^MM-\d{4}-[2-9A-HJKMNP-Z]{4}$/);
  expect(pin).toMatch(/^\d{6}$/);
  return { reference, pin };
}

async function track(page: Page, reference: string, pin: string) {
  await page.goto("/lacak");
  await check(page);
  await page.getByLabel("Nomor permohonan").fill(reference.toLowerCase());
  await page.getByLabel("PIN", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Lihat status" }).click();
  await page.getByRole("alert").filter({ hasText: "Nomor permohonan atau PIN tidak cocok." }).waitFor();
  await check(page);
  await page.getByLabel("PIN", { exact: true }).fill(pin);
  await page.getByRole("button", { name: "Lihat status" }).click();
  await page.waitForURL(`**/lacak/${reference}`);
  await page.getByRole("heading", { level: 1, name: new RegExp(reference) }).waitFor();
  await check(page);
}

/**
 * A Surat Keterangan Domisili filed through the public JSON API (as a kiosk or integration would) for a
 * resident of Kelurahan Terjun, every required original to be brought to the counter: the officer's journey
 * starts from its own request instead of one an earlier test happened to file.
 */
async function fileDomicileByApi(e2e: E2E): Promise<{ reference: string; pin: string }> {
  const api = await e2e.api();
  const service = await api.call<{ documents: { key: string; required: boolean }[] }>(
    "GET",
    "/api/v1/services/SKD",
  );
  return api.call(
    "POST",
    "/api/v1/service-requests",
    {
      serviceCode: "SKD",
      applicant: {
        nik: "1271124508900003",
        name: "Siti Aminah",
        phone: "081234567890",
        address: "Jl. Marelan Raya No. 5, Lingkungan III",
        kelurahan: "MM.1003",
      },
      fields: {
        lingkungan: "Lingkungan III",
        status_tinggal: "milik",
        lama_tinggal: "12",
        keperluan: "Membuka rekening bank",
      },
      documents: Object.fromEntries(service.documents.filter((d) => d.required).map((d) => [d.key, "bawa"])),
    },
    201,
  );
}

describeE2E("public services (PATEN)", () => {
  const e2e = useSigap();

  it("a citizen applies and tracks on a 360 px phone without JavaScript", async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const filed = await applyForDomicile(page, "Siti <b>Aminah</b>");
    await track(page, filed.reference, filed.pin);
    await page.getByText("Permohonan Anda sudah kami terima").waitFor();
  });

  it("a citizen applies with JavaScript on, and the demo's finished letter can be downloaded and verified", async () => {
    const page = await e2e.newPage();
    await applyForDomicile(page, "Budi Santoso");
    await track(page, "MM-2611-DEM2", "246810");
    const download = page.getByRole("link", { name: "Unduh surat (PDF)" });
    const res = await page.request.get((await download.getAttribute("href"))!);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("the kiosk and the maklumat pass axe", async () => {
    const page = await e2e.newPage({ viewport: { width: 800, height: 1280 } });
    for (const path of ["/kios", "/kios/SKTM", "/layanan/maklumat"]) {
      await page.goto(path);
      await checkA11y(page);
    }
  });

  it("officer verifies and processes, the lurah signs, the citizen downloads, the QR page says valid", async () => {
    const filed = await fileDomicileByApi(e2e);
    const officer = await e2e.newPage({ javaScriptEnabled: false });
    await login(officer, "petugas.terjun");
    await officer
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Layanan", exact: true })
      .click();
    await officer.getByRole("heading", { level: 1, name: "Antrean layanan" }).waitFor();
    await check(officer);
    await officer.getByLabel("Cari nomor atau nama").fill(filed.reference);
    await officer.getByRole("button", { name: "Terapkan" }).click();
    await officer.getByRole("link", { name: filed.reference }).click();
    await officer.getByRole("heading", { level: 1, name: new RegExp(filed.reference) }).waitFor();
    await check(officer);
    for (const action of ["Berkas lengkap — verifikasi", "Mulai proses", "Ajukan untuk tanda tangan"]) {
      await officer.getByRole("button", { name: action }).click();
      await officer.getByRole("status").filter({ hasText: "Status permohonan telah diperbarui." }).waitFor();
    }
    await check(officer);
    const detailUrl = officer.url().replace(/\?.*$/, "");

    const lurah = await e2e.newPage();
    await login(lurah, "lurah.terjun");
    await lurah.goto(detailUrl);
    await lurah.getByRole("button", { name: "Tanda tangani dan terbitkan surat" }).click();
    await lurah.getByText(/Surat nomor 470\/\d{4}\/TRJ\/[IVX]+\/\d{4} telah terbit/).waitFor();
    await check(lurah);
    await lurah.getByRole("link", { name: "Halaman verifikasi" }).click();
    await lurah.getByText("SAH — dokumen ini diterbitkan melalui SIGAP dan masih berlaku.").waitFor();
    await lurah.getByText("1271••••••••0003").waitFor();
    await check(lurah);

    const citizen = await e2e.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await track(citizen, filed.reference, filed.pin);
    await citizen.getByText("Layanan Anda sudah selesai.").waitFor();
    const href = await citizen.getByRole("link", { name: "Unduh surat (PDF)" }).getAttribute("href");
    const pdf = await citizen.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
  });

  it("a correction request reaches the citizen, who fixes it on the tracking page", async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false });
    await track(page, "MM-2611-DEM3", "135790");
    await page.getByText("Foto Kartu Keluarga tidak terbaca").first().waitFor();
    await page.getByRole("link", { name: "Perbaiki permohonan" }).click();
    await page.getByRole("heading", { level: 1, name: "Perbaiki permohonan" }).waitFor();
    await check(page);
    await page
      .getByLabel("Kartu Keluarga", { exact: true })
      .setInputFiles({ name: "kk.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: "Kirim perbaikan" }).click();
    await page.getByRole("status").filter({ hasText: "Perbaikan terkirim." }).waitFor();
    await check(page);
  });

  it.each([
    ["petugas.terjun", ["/staf/layanan?status=all", "/staf/layanan/umkm", "/staf/layanan/katalog/SKAW"]],
    ["admin", ["/staf/layanan/katalog", "/staf/layanan/katalog/IUMK"]],
    ["petugas", ["/staf/layanan/loket", "/staf/layanan/loket/NIB", "/staf/layanan?tenggat=terlambat"]],
  ] as const)("the other staff pages of %s pass axe at 360 px without JavaScript", async (user, paths) => {
    const page = await e2e.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await login(page, user);
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await check(page);
    }
  });
});
