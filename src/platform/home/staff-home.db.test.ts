import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMessages } from "../i18n";
import { registerWaitingWork } from "../nav/waiting";
import { createStaff, createTestContext, type TestContext } from "../testing/test-app";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createStaff(ctx.deps, { username: "penanda", role: "pimpinan", unitCode: "MM" });
  await createStaff(ctx.deps, { username: "tanpa.tugas", role: "auditor", unitCode: "MM" });
});
afterAll(() => ctx.close());

addMessages({
  id: { "uji.toSign": "{count} surat menunggu tanda tangan", "uji.late": "{count} lewat tenggat" },
  en: { "uji.toSign": "{count} letters to sign", "uji.late": "{count} past the deadline" },
});
registerWaitingWork({
  key: "uji",
  order: 1,
  items: async (actor) =>
    actor.username === "penanda"
      ? [
          { href: "/staf/layanan?status=MENUNGGU_TTD", labelKey: "uji.toSign", count: 3 },
          { href: "/staf/layanan?lewat=1", labelKey: "uji.late", count: 0, urgent: true },
        ]
      : [],
});

describe("the staff home says what is waiting (issue 10)", () => {
  it("lists each waiting kind with its count as a link, and leaves out what is at zero", async () => {
    const html = await (await (await ctx.client().login("penanda")).get("/staf")).text();
    expect(html).toContain('href="/staf/layanan?status=MENUNGGU_TTD"');
    expect(html).toContain("3 surat menunggu tanda tangan");
    expect(html).not.toContain("lewat tenggat");
  });

  it("says so when nothing waits", async () => {
    const html = await (await (await ctx.client().login("tanpa.tugas")).get("/staf")).text();
    expect(html).toContain("Tidak ada pekerjaan yang menunggu.");
  });
});
