import QRCode from "qrcode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../auth/actor";
import { createTestContext, type TestContext } from "../testing/test-app";
import { issueDocument, readDocumentPdf, renderCertificate, renderLetter, revokeDocument } from "./index";

let ctx: TestContext;
let issued: { id: string; verifyUrl: string };
beforeAll(async () => {
  ctx = await createTestContext();
  issued = await ctx.db.transaction((tx) =>
    issueDocument(
      tx,
      systemActor,
      ctx.deps,
      {
        kind: "surat",
        title: "Surat Keterangan Domisili",
        number: "470/0001/PATEN/XI/2026",
        subjectName: "Siti <script>alert(1)</script> Aminah",
        subjectNik: "1271124508900003",
        issuerName: "Kecamatan Medan Marelan",
        unitPath: "/x/",
        signerName: "Rahmat Hidayat Siregar, S.STP, M.Si.",
        signerNip: "197605141999031003",
        signerTitle: "Camat Medan Marelan",
        issuedOn: "2026-11-27",
        keyFacts: [{ label: "Alamat", value: "Lingkungan III, Terjun" }],
        sourceEntity: "test",
        sourceId: "1",
      },
      ({ qrPng }) =>
        renderLetter({
          letterhead: { unitName: "Kecamatan Medan Marelan", address: "Jl. Marelan Raya" },
          title: "Surat Keterangan Domisili",
          number: "470/0001/PATEN/XI/2026",
          paragraphs: ["Yang bertanda tangan di bawah ini menerangkan bahwa:", "Demikian surat ini dibuat."],
          fields: [{ label: "Nama", value: "Siti <script>alert(1)</script> Aminah" }],
          place: "Medan",
          dateText: "27 November 2026",
          signer: { title: "Camat Medan Marelan", name: "Rahmat", nip: "197605141999031003" },
          qrPng,
        }),
    ),
  );
});
afterAll(() => ctx.close());

describe("issued documents", () => {
  it("stores a real PDF", async () => {
    const pdf = await readDocumentPdf(ctx.deps, issued.id);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("shows the verification page with the NIK masked and HTML escaped", async () => {
    const path = new URL(issued.verifyUrl).pathname;
    const res = await ctx.app.request(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("SAH");
    expect(html).toContain("1271••••••••0003");
    expect(html).not.toContain("1271124508900003");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;");
  });

  it("answers 404 for forged, truncated and unknown tokens", async () => {
    const path = new URL(issued.verifyUrl).pathname;
    for (const bad of [
      path.slice(0, -4),
      `${path.slice(0, -1)}Z`,
      "/verify/abc",
      "/verify/AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA",
    ]) {
      const res = await ctx.app.request(bad);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain("kode verifikasi tidak sah");
    }
  });

  it("shows a revoked document as revoked, with the reason, and refuses a second revocation", async () => {
    await ctx.db.transaction((tx) => revokeDocument(tx, systemActor, issued.id, "Data pemohon keliru"));
    const html = await (await ctx.app.request(new URL(issued.verifyUrl).pathname)).text();
    expect(html).toContain("DICABUT");
    expect(html).toContain("Data pemohon keliru");
    await expect(
      ctx.db.transaction((tx) => revokeDocument(tx, systemActor, issued.id, "lagi dicabut")),
    ).rejects.toThrow("sudah dicabut");
  });

  it("renders a certificate", async () => {
    const pdf = await renderCertificate({
      title: "Sertifikat",
      recipientName: "Rina Wulandari, A.Md.",
      courseTitle: "Pelayanan Prima",
      dateText: "3–4 Maret 2026",
      jp: 16,
      issuerName: "Kecamatan Medan Marelan",
      signer: { title: "Camat", name: "Rahmat", nip: "197605141999031003" },
      qrPng: await QRCode.toBuffer("https://sigap.test/verify/x"),
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
