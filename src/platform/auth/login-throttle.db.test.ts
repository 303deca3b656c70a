import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTestContext, TEST_PASSWORD, type TestContext } from "../testing/test-app";
import { throttles } from "../throttle/schema";
import { clearLoginThrottles, login } from "./commands/login";

// A clock the test moves: waits are checked against it, not against the machine's time.
let now = new Date("2026-12-04T02:00:00Z");
const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ now: () => now });
  await createStaff(ctx.deps, { username: "ani", role: "petugas", unitCode: "MM" });
  await createStaff(ctx.deps, { username: "budi", role: "petugas", unitCode: "MM" });
  await createStaff(ctx.deps, { username: "admin.uji", role: "admin_sistem", unitCode: "MM" });
});
afterAll(() => ctx.close());

const attempt = (username: string, password: string, ip: string) =>
  login(ctx.db, { username, password, ip }, now).then(
    () => 200,
    (err: { status: number; retryAfterSeconds?: number; message: string }) => err,
  );

describe("sign-in after failures: progressive delays, not locks anyone can trigger (issue 9)", () => {
  it("delays guessing from one address, while the right person elsewhere signs in at once", async () => {
    for (let i = 0; i < 4; i++)
      expect(await attempt("ani", "salah", "10.0.0.66")).toMatchObject({ status: 401 });
    const fifth = await attempt("ani", "salah", "10.0.0.66");
    expect(fifth).toMatchObject({ status: 401 });
    // From the guessing address, even the right password waits 30 s, then 60 s after another failure…
    expect(await attempt("ani", TEST_PASSWORD, "10.0.0.66")).toMatchObject({
      status: 429,
      retryAfterSeconds: 30,
    });
    // …but Ani at her own desk is not locked out.
    expect(await attempt("ani", TEST_PASSWORD, "10.0.0.7")).toBe(200);
    later(31);
    expect(await attempt("ani", "salah", "10.0.0.66")).toMatchObject({ status: 401 });
    expect(await attempt("ani", "salah", "10.0.0.66")).toMatchObject({ status: 429, retryAfterSeconds: 60 });
    later(61);
    expect(await attempt("ani", TEST_PASSWORD, "10.0.0.66")).toBe(200);
  });

  it("answers an unknown name exactly like a known one, delays included", async () => {
    const answers = async (username: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await ctx.app.request("/api/v1/auth/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username, password: "salah" }),
        });
        out.push([res.status, res.headers.get("retry-after"), (await res.json()).detail]);
      }
      return out;
    };
    const known = await answers("budi");
    await ctx.db.delete(throttles);
    const unknown = await answers("tidak.ada");
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toEqual([
      429,
      "30",
      "Terlalu banyak percobaan yang gagal. Coba lagi dalam 1 menit.",
    ]);
  });

  it("slows guessing spread over many addresses to one try a minute, without shutting the person out", async () => {
    await ctx.db.delete(throttles);
    for (let i = 0; i < 20; i++)
      expect(await attempt("budi", "salah", `10.1.0.${i}`)).toMatchObject({ status: 401 });
    expect(await attempt("budi", "salah", "10.1.0.200")).toMatchObject({ status: 401 });
    expect(await attempt("budi", TEST_PASSWORD, "10.1.0.201")).toMatchObject({
      status: 429,
      retryAfterSeconds: 60,
    });
    later(61);
    expect(await attempt("budi", TEST_PASSWORD, "10.1.0.201")).toBe(200);
  });

  it("starts a name afresh from every address after an admin's password reset", async () => {
    await ctx.db.delete(throttles);
    for (let i = 0; i < 5; i++) await attempt("budi", "salah", "10.2.0.1");
    for (let i = 0; i < 21; i++) await attempt("budi", "salah", `10.3.0.${i}`);
    await clearLoginThrottles(ctx.db, "Budi ");
    expect(await attempt("budi", TEST_PASSWORD, "10.2.0.1")).toBe(200);
    expect(await attempt("budi", TEST_PASSWORD, "10.3.0.99")).toBe(200);
  });

  it("shows the delays to the admin sistem, who can clear one (audited); others may not see the page", async () => {
    await ctx.db.delete(throttles);
    for (let i = 0; i < 6; i++) await attempt("ani", "salah", "10.9.9.9");
    const admin = await ctx.client().login("admin.uji");
    const page = await (await admin.get("/staf/admin/penundaan")).text();
    expect(page).toContain("ani dari 10.9.9.9");
    expect(page).not.toContain("salah"); // never a password
    const res = await admin.postForm("/staf/admin/penundaan/hapus", { key: "login:pair:ani|10.9.9.9" });
    expect(res.status).toBe(303);
    expect(await attempt("ani", TEST_PASSWORD, "10.9.9.9")).toBe(200);
    const petugas = await ctx.client().login("budi");
    expect((await petugas.get("/staf/admin/penundaan")).status).toBe(403);
  });
});
