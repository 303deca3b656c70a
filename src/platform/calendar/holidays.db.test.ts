import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTestContext, type TestContext } from "../testing/test-app";
import { loadCalendar } from "./calendar-store";
import { addWorkingDays } from "./working-days";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createStaff(ctx.deps, { username: "it", role: "admin_sistem" });
  await createStaff(ctx.deps, { username: "pet", role: "petugas", unitCode: "MM.PATEN" });
});
afterAll(() => ctx.close());

describe("holiday calendar (SPEC §4.5)", () => {
  it("is seeded so the SPEC example holds with the default setting", async () => {
    expect(addWorkingDays(await loadCalendar(ctx.db), "2026-03-13", 5)).toBe("2026-03-27");
  });

  it("lets admin sistem switch cuti bersama off, changing deadlines", async () => {
    const admin = await ctx.client().login("it");
    expect(
      (await admin.postForm("/staf/admin/hari-libur/pengaturan", { cutiBersamaIsHoliday: "0" })).status,
    ).toBe(303);
    expect(addWorkingDays(await loadCalendar(ctx.db), "2026-03-13", 5)).toBe("2026-03-23");
    await admin.postForm("/staf/admin/hari-libur/pengaturan", { cutiBersamaIsHoliday: "1" });
  });

  it("adds and deletes a holiday, audited", async () => {
    const admin = await ctx.client().login("it");
    const res = await admin.postForm("/staf/admin/hari-libur", {
      date: "2026-12-31",
      name: "Libur <b>akhir</b> tahun",
      kind: "cuti_bersama",
    });
    expect(res.status).toBe(303);
    const html = await (await admin.get("/staf/admin/hari-libur?tahun=2026")).text();
    expect(html).toContain("Libur &lt;b&gt;akhir&lt;/b&gt; tahun");
    expect((await admin.postForm("/staf/admin/hari-libur/2026-12-31/hapus", {})).status).toBe(303);
    expect((await admin.postForm("/staf/admin/hari-libur/2026-12-30/hapus", {})).status).toBe(404);
    const log = await (await admin.get("/staf/audit?entity=holiday")).text();
    expect(log).toContain("holiday.create");
    expect(log).toContain("holiday.delete");
  });

  it("rejects bad input field by field without saving", async () => {
    const admin = await ctx.client().login("it");
    const res = await admin.postForm("/staf/admin/hari-libur", {
      date: "2026-02-30",
      name: "x",
      kind: "pesta",
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Tanggal tidak valid.");
    expect(html).toContain("Nama hari libur minimal 3 karakter.");
    expect(html).toContain("Pilih jenis");
  });

  it("is closed to other roles", async () => {
    const petugas = await ctx.client().login("pet");
    expect((await petugas.get("/staf/admin/hari-libur")).status).toBe(403);
    expect(
      (
        await petugas.postForm("/staf/admin/hari-libur", {
          date: "2026-12-31",
          name: "Libur",
          kind: "cuti_bersama",
        })
      ).status,
    ).toBe(403);
  });
});
