import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { assertNoHorizontalScroll, checkA11y, describeE2E, type E2E, login, useSigap } from "./harness";

/**
 * Training (SPEC §3.3) in a real browser on the demo data: an ASN asks for a seat, checks in by the rotating
 * QR code on the facilitator's screen, takes the pre-test and claims external training; the supervisor
 * approves; HR reads the 20-JP dashboard, verifies a claim and records attendance by hand. Every page is
 * checked by axe; the ASN's pages also at 360 px.
 */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PHONE = { width: 360, height: 740 };

async function check(page: Page, phone = false) {
  await checkA11y(page);
  if (phone) await assertNoHorizontalScroll(page);
}

const TODAYS_COURSE = "Penggunaan SIGAP untuk Pelayanan dan Kepegawaian";
const REQUESTED_COURSE = "Teknologi Informasi untuk Pelayanan Publik";

/** The path of today's demo session, in which the demo petugas (Rina Wulandari) is enrolled. */
async function todaysSessionPath(e2e: E2E): Promise<string> {
  const page = await e2e.newPage();
  await login(page, "petugas");
  await page.goto("/staf/pelatihan");
  const href = await page.getByRole("link", { name: TODAYS_COURSE }).first().getAttribute("href");
  expect(href).toMatch(/\/staf\/pelatihan\/sesi\/[0-9a-f-]{36}$/);
  return href!;
}

/**
 * Rina asks (through the API) for a seat in an open session of a course other than the ones the other tests
 * use; returns that course's title. The first session that accepts the request is taken.
 */
async function requestSeatByApi(e2e: E2E): Promise<string> {
  const rina = await e2e.api("petugas");
  const sessions = await rina.call<{ items: { id: string; courseTitle: string; status: string }[] }>(
    "GET",
    "/api/v1/training-sessions?pageSize=100",
  );
  const candidates = sessions.items.filter(
    (s) => s.status === "dibuka" && ![TODAYS_COURSE, REQUESTED_COURSE].includes(s.courseTitle),
  );
  for (const session of candidates) {
    const accepted = await rina
      .call("POST", `/api/v1/training-sessions/${session.id}/enrolments`, { note: "Uji e2e" }, 201)
      .then(() => true)
      .catch(() => false);
    if (accepted) return session.courseTitle;
  }
  throw new Error(`no open session took Rina's request among ${candidates.length} candidates`);
}

/** Rina claims an external training (through the API) with a PDF certificate; returns its title. */
async function claimExternalByApi(e2e: E2E, title: string): Promise<string> {
  const form = new FormData();
  for (const [k, v] of Object.entries({
    title,
    provider: "Lembaga Administrasi Negara",
    mode: "e_learning",
    startDate: "2026-11-02",
    endDate: "2026-11-02",
    hours: "4",
  }))
    form.set(k, v);
  form.set("file", new Blob([PDF], { type: "application/pdf" }), "sertifikat.pdf");
  await (await e2e.api("petugas")).call("POST", "/api/v1/external-trainings", form, 201);
  return title;
}

describeE2E("training journeys", () => {
  const e2e = useSigap();

  it("ASN: my training, the catalogue, asking for a seat, claiming external training", async () => {
    const page = await e2e.newPage({ viewport: PHONE });
    await login(page, "petugas");
    await page.goto("/staf/pelatihan");
    await page.getByRole("heading", { level: 1, name: "Pelatihan saya" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^JP saya tahun \d{4}$/ }).waitFor();
    await page.getByRole("progressbar").waitFor();
    await check(page, true);

    // Today's session is in her active enrolments.
    await page.getByRole("link", { name: TODAYS_COURSE }).first().waitFor();

    await page.getByRole("link", { name: "Cari pelatihan" }).click();
    await page.getByRole("heading", { level: 1, name: "Katalog pelatihan" }).waitFor();
    await check(page, true);
    await page.getByRole("link", { name: REQUESTED_COURSE }).first().click();
    await page.getByRole("heading", { level: 1, name: REQUESTED_COURSE }).waitFor();
    await check(page, true);
    await page.getByLabel("Catatan untuk atasan").fill("Untuk mempercepat input berkas di loket PATEN.");
    await page.getByRole("button", { name: "Minta ikut" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "Permintaan terkirim ke atasan langsung Anda." })
      .waitFor();
    await page.getByText("Menunggu persetujuan").first().waitFor();
    await check(page, true);

    await page.goto("/staf/pelatihan/eksternal");
    await page.getByRole("heading", { level: 1, name: "Pelatihan eksternal" }).waitFor();
    await check(page, true);
    await page.getByLabel("Pelatihan", { exact: true }).fill("Webinar Keamanan Data Pribadi");
    await page.getByLabel("Penyelenggara").fill("Kementerian Komunikasi dan Digital");
    await page.getByLabel("Tanggal mulai").fill("2026-11-02");
    await page.getByLabel("Tanggal selesai").fill("2026-11-02");
    await page.getByLabel("Jumlah jam pelajaran").fill("3");
    // An HTML page renamed to .pdf is refused by its content.
    await page.getByLabel("Sertifikat", { exact: true }).setInputFiles({
      name: "sertifikat.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>bukan pdf</html>"),
    });
    await page.getByRole("button", { name: "Ajukan" }).click();
    await page.getByRole("alert").filter({ hasText: "bukan PDF, JPG, atau PNG" }).waitFor();
    await check(page, true);
    await page
      .getByLabel("Sertifikat", { exact: true })
      .setInputFiles({ name: "sertifikat.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Ajukan" }).click();
    await page.getByRole("status").filter({ hasText: "Pengajuan terkirim" }).waitFor();
    await page.getByText("Webinar Keamanan Data Pribadi", { exact: true }).first().waitFor();
    await check(page, true);
  });

  it("ASN checks in with the code on the facilitator's screen, then takes the pre-test", async () => {
    const sessionPath = await todaysSessionPath(e2e);
    const sessionId = sessionPath.split("/").pop()!;

    // Sign the phone in first: the code on the screen is only good for 30–60 seconds.
    const phone = await e2e.newPage({ viewport: PHONE });
    await login(phone, "petugas");
    const screen = await e2e.newPage();
    await login(screen, "kepegawaian");
    await screen.goto(`/staf/pelatihan/kelola/sesi/${sessionId}`);
    await screen
      .getByRole("heading", { level: 1, name: "Penggunaan SIGAP untuk Pelayanan dan Kepegawaian" })
      .waitFor();
    await check(screen);
    // The screen reloads itself when the code changes (HTTP Refresh); hold it still while axe reads it.
    await screen.route("**/layar/**", async (route) => {
      const response = await route.fetch();
      const { refresh: _refresh, ...headers } = response.headers();
      await route.fulfill({ response, headers });
    });
    await screen.getByRole("link", { name: "Buka layar QR presensi" }).first().click();
    await screen.getByRole("img", { name: "Kode QR presensi" }).waitFor();
    await check(screen);
    const dayId = screen.url().split("/").pop()!;
    const code = ((await screen.locator("p.display-5 span[aria-hidden]").textContent()) ?? "").replace(
      /\s/g,
      "",
    );
    expect(code).toMatch(/^[A-Z2-7]{8}$/);

    // What the phone's camera opens from the QR code.
    await phone.goto(`/staf/pelatihan/hadir?c=${code}&d=${dayId}`);
    await phone.getByRole("heading", { level: 1, name: "Presensi pelatihan" }).waitFor();
    await check(phone, true);
    await phone.getByRole("button", { name: "Catat kehadiran saya" }).click();
    await phone.getByRole("status").filter({ hasText: "Kehadiran Anda tercatat" }).waitFor();
    await check(phone, true);

    // A forged code typed by hand is refused with the field's message.
    await phone.goto("/staf/pelatihan/hadir");
    await phone.getByLabel("Kode presensi").fill("AAAA BBBB");
    await phone.getByRole("button", { name: "Catat kehadiran saya" }).click();
    await phone.getByRole("alert").filter({ hasText: "Kode presensi tidak sah" }).waitFor();
    await check(phone, true);

    await phone.goto(sessionPath);
    await phone.getByRole("link", { name: "Kerjakan pre-test" }).click();
    await phone.getByRole("button", { name: "Mulai" }).click();
    await phone.getByText("Kirim sebelum").waitFor();
    await check(phone, true);
    await phone.getByLabel("Hari kerja (HK)").check();
    await phone.getByLabel("Agar foto kode yang dibagikan lewat WhatsApp tidak bisa dipakai").check();
    await phone.getByLabel("NIK lengkap").check();
    await phone.getByLabel("Nomor KK").check();
    await phone.getByLabel("PERLU_PERBAIKAN").check();
    await phone.getByRole("button", { name: "Kirim jawaban" }).click();
    await phone.getByText("Nilai Anda 100 (4 dari 4 benar).").waitFor();
    await check(phone, true);
  });

  it("supervisor approves a request from the team", async () => {
    const course = await requestSeatByApi(e2e);
    const page = await e2e.newPage();
    await login(page, "kasi.pelayanan");
    await page.getByRole("link", { name: "Persetujuan" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Persetujuan pelatihan" }).waitFor();
    await check(page);
    // Declining without a reason is refused and says why.
    await page
      .getByRole("button", { name: /^Tolak / })
      .first()
      .click();
    await page.getByRole("alert").filter({ hasText: "Tulis alasan penolakan" }).waitFor();
    await check(page);
    await page
      .getByRole("listitem")
      .filter({ hasText: course })
      .getByRole("button", { name: "Setujui Rina Wulandari, A.Md." })
      .click();
    await page.getByRole("status").filter({ hasText: "Permintaan disetujui" }).waitFor();
    await check(page);
  });

  it("HR: 20-JP dashboard with charts and tables, verification queue, manual attendance", async () => {
    const claim = await claimExternalByApi(e2e, "Literasi Digital ASN (uji verifikasi)");
    const sessionPath = await todaysSessionPath(e2e);
    const page = await e2e.newPage();
    await login(page, "kepegawaian");
    await page.getByRole("link", { name: "Kelola pelatihan" }).first().click();
    await page.getByRole("heading", { level: 1, name: /Kepatuhan 20 JP tahun/ }).waitFor();
    await page.getByRole("img", { name: "Kepatuhan JP per unit (%)" }).waitFor();
    await page.getByRole("table", { name: "Kepatuhan JP per unit (%)" }).waitFor();
    await check(page);

    await page.getByRole("link", { name: "Verifikasi eksternal" }).click();
    await page.getByRole("heading", { level: 1, name: "Verifikasi pelatihan eksternal" }).waitFor();
    await check(page);
    await page.getByRole("button", { name: `Verifikasi ${claim}` }).click();
    await page.getByRole("status").filter({ hasText: "JP dicatat" }).waitFor();
    await check(page);

    await page.goto(`/staf/pelatihan/kelola/sesi/${sessionPath.split("/").pop()}`);
    await page.getByLabel("Alasan", { exact: true }).fill("Ponsel peserta mati; hadir sejak 08.15");
    await page.getByRole("button", { name: "Simpan" }).first().click();
    await page.getByRole("status").filter({ hasText: "Presensi tersimpan" }).waitFor();
    await check(page);

    for (const path of [
      "/staf/pelatihan/kelola/kebutuhan",
      "/staf/pelatihan/kelola/kompetensi",
      "/staf/pelatihan/kelola/kursus",
      "/staf/pelatihan/kelola/sesi/baru",
      "/staf/pelatihan/kelola/pengaturan",
    ]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await check(page);
    }
  });
});
