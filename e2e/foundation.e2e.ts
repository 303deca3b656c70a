import { expect, it } from "vitest";
import { assertNoHorizontalScroll, checkA11y, describeE2E, fillLogin, login, useSigap } from "./harness";

/**
 * Foundation journeys: the public home on a cheap phone, staff sign-in (and a wrong password), finding an
 * employee, and a CSV import with one bad row whose error shows in the preview. Every page is checked by axe.
 */
describeE2E("foundation journeys", () => {
  const e2e = useSigap();

  it("public home works at 360 px without JavaScript and leads to the staff sign-in", async () => {
    const page = await e2e.newPage({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const res = await page.goto("/");
    expect(res?.status()).toBe(200);
    await page.getByRole("heading", { level: 1, name: "SIGAP Kecamatan Medan Marelan" }).waitFor();
    await checkA11y(page);
    await assertNoHorizontalScroll(page);

    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Masuk Staf" })
      .click();
    await page.waitForURL("**/login");
    await page.getByRole("heading", { level: 1, name: "Masuk Staf" }).waitFor();
    await checkA11y(page);
    await assertNoHorizontalScroll(page);
  });

  it("sign-in page: empty form lists every error, a wrong password says so", async () => {
    const page = await e2e.newPage();
    await page.goto("/login");
    await checkA11y(page);

    // GOV.UK pattern: a summary linking to each field, and the fields' own messages.
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Ada isian yang perlu diperbaiki" });
    await summary.waitFor();
    expect(await summary.getByRole("link").allInnerTexts()).toEqual([
      "Nama pengguna atau NIP wajib diisi.",
      "Kata sandi wajib diisi.",
    ]);
    await checkA11y(page);

    await fillLogin(page, "auditor", "bukan-kata-sandinya");
    await page.getByRole("alert").filter({ hasText: "Nama pengguna/NIP atau kata sandi salah." }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
    expect(await page.getByLabel("Nama pengguna atau NIP").inputValue()).toBe("auditor");
    expect(await page.getByLabel("Kata sandi").inputValue()).toBe("");
    await checkA11y(page);
  });

  it("kepegawaian signs in and lands on the staff home", async () => {
    const page = await e2e.newPage();
    await login(page, "kepegawaian");
    expect(new URL(page.url()).pathname).toBe("/staf");
    await page.getByRole("heading", { level: 1, name: "Beranda Staf" }).waitFor();
    // The demo kepegawaian account is Dewi Anggraini Lubis (her academic titles may follow the name).
    await page.getByText(/^Selamat datang, Dewi Anggraini Lubis\b/).waitFor();
    await checkA11y(page);
  });

  it("finds an employee by name and opens the profile", async () => {
    const page = await e2e.newPage();
    await login(page, "kepegawaian");
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Pegawai", exact: true })
      .click();
    await page.waitForURL("**/staf/pegawai");
    await page.getByRole("heading", { level: 1, name: "Pegawai" }).waitFor();
    await checkA11y(page);

    const search = page.getByRole("search");
    await search.getByLabel("Cari nama atau NIP").fill("Rina");
    await search.getByRole("button", { name: "Cari", exact: true }).click();
    await page.waitForURL(/[?&]q=Rina(&|$)/);
    // Rina Wulandari is the demo petugas (SPEC §5); academic titles may follow her name.
    const rina = page.getByRole("link", { name: /Rina Wulandari/ }).first();
    await rina.waitFor();
    await checkA11y(page);

    await rina.click();
    await page.waitForURL(/\/staf\/pegawai\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: /Rina Wulandari/ }).waitFor();
    await checkA11y(page);
  });

  it("imports a small CSV: the bad row's error shows in the preview", async () => {
    const page = await e2e.newPage();
    await login(page, "kepegawaian");
    await page.goto("/staf/pegawai");
    await page.getByRole("link", { name: "Impor dari CSV/XLSX" }).click();
    await page.getByRole("heading", { level: 1, name: "Impor pegawai" }).waitFor();
    await checkA11y(page);

    // Step 1 of 3: upload.
    await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({
      name: "pegawai-baru.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(SMALL_CSV, "utf8"),
    });
    await page.getByRole("button", { name: "Unggah dan lanjutkan" }).click();

    // Step 2: column mapping, guessed from the header names.
    await page.getByRole("heading", { level: 1, name: "Pemetaan kolom" }).waitFor();
    expect(await page.getByLabel(/^NIP \/ NI PPPK/).inputValue()).toBe("0");
    expect(await page.getByLabel(/^Unit kerja/).inputValue()).toBe("4");
    await checkA11y(page);
    await page.getByRole("button", { name: "Periksa semua baris" }).click();

    // Step 3: preview. Row 3 (the header is row 1) has the NIP error; nothing saved, nothing to save yet.
    await page.getByRole("heading", { level: 1, name: "Pratinjau impor" }).waitFor();
    await page.getByText("1 baris bermasalah; belum ada yang disimpan.").waitFor();
    const problems = page.getByRole("region", { name: "Kesalahan per baris" });
    const badRow = problems.getByRole("row").filter({ hasText: "NIP harus 18 digit angka" });
    expect(await badRow.count()).toBe(1);
    expect(await badRow.getByRole("cell").first().textContent()).toBe("3");
    expect(await page.getByRole("button", { name: /^Impor \d+ pegawai/ }).count()).toBe(0);
    await checkA11y(page);
  });

  it("admin pages with wide tables scroll inside a named, keyboard-reachable region and pass axe", async () => {
    const page = await e2e.newPage();
    await login(page, "admin");
    for (const [path, region] of [
      ["/staf/admin/hari-libur", /^Kalender hari libur \d{4}$/],
      ["/staf/admin/kotak-keluar", /.+/],
      ["/api/docs", /^SIGAP JSON API$/],
    ] as const) {
      await page.goto(path);
      const box = page.getByRole("region", { name: region }).filter({ has: page.getByRole("table") });
      await box
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => {
          throw new Error(`${path}: no named region around a table`);
        });
      expect(await box.first().getAttribute("tabindex"), path).toBe("0");
      await checkA11y(page);
    }
  });
});

/**
 * Two good rows and one with a 17-digit NIP. Headers as the import recognises them (SIASN-style names);
 * sex and birth date come from the NIP itself.
 */
const SMALL_CSV = [
  "NIP,Nama,Jenis ASN,Golongan,Kode Unit",
  "199001152015031001,Andi Saputra Nasution,PNS,III/a,MM.UMPEG",
  "19920322201803200,Putri Handayani,PNS,III/a,MM.UMPEG",
  "199205102019032001,Sri Wahyuni Lubis,PNS,III/b,MM.UMPEG",
].join("\n");
