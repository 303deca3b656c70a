import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTestContext, type TestContext } from "../testing/test-app";
import { users } from "./schema";
import { actorFromSession, createSession } from "./sessions";
import { currentTotp, newTotpSecret } from "./totp";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await createStaff(ctx.deps, { username: "petugas", role: "petugas", unitCode: "MM" });
  await createStaff(ctx.deps, { username: "kunci", role: "petugas", unitCode: "MM" });
});
afterAll(() => ctx.close());

const userId = async (username: string) =>
  (await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;

describe("health", () => {
  it("answers ok when the database answers", async () => {
    const res = await ctx.app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("sign-in API", () => {
  it("gives a session cookie for good credentials and /me works with it", async () => {
    const client = ctx.client();
    await client.login("petugas");
    expect(client.cookies.get("sigap_session")).toBeTruthy();
    const me = await client.get("/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect((await me.json()).username).toBe("petugas");
  });

  it("answers 401 problem+json for a wrong password or unknown user, without saying which", async () => {
    for (const username of ["petugas", "tidak-ada"]) {
      const res = await ctx
        .client()
        .json("POST", "/api/v1/auth/login", { username, password: "salah-sekali" });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect((await res.json()).detail).toBe("Nama pengguna/NIP atau kata sandi salah.");
    }
  });

  it("rejects malformed bodies with field errors in Bahasa Indonesia", async () => {
    const res = await ctx.client().json("POST", "/api/v1/auth/login", { username: 42 });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(["username", "password"]);
    const broken = await ctx.client().json("POST", "/api/v1/auth/login", "{not json");
    expect(broken.status).toBe(400);
  });

  it("locks the account after 5 failures, even for the right password", async () => {
    const client = ctx.client();
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.json("POST", "/api/v1/auth/login", { username: "kunci", password: "salah" })).status,
      ).toBe(401);
    }
    const res = await client.json("POST", "/api/v1/auth/login", {
      username: "kunci",
      password: "rahasia-uji-2026",
    });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
  });

  it("requires the TOTP code when the user enabled it", async () => {
    await createStaff(ctx.deps, { username: "duafaktor", role: "auditor" });
    const secret = newTotpSecret();
    await ctx.db
      .update(users)
      .set({ totpSecret: secret, totpEnabled: true })
      .where(eq(users.username, "duafaktor"));
    const without = await ctx
      .client()
      .json("POST", "/api/v1/auth/login", { username: "duafaktor", password: "rahasia-uji-2026" });
    expect(without.status).toBe(401);
    expect((await without.json()).errors[0].field).toBe("totp");
    const withCode = await ctx.client().json("POST", "/api/v1/auth/login", {
      username: "duafaktor",
      password: "rahasia-uji-2026",
      totp: currentTotp(secret),
    });
    expect(withCode.status).toBe(200);
  });
});

describe("session → actor", () => {
  it("loads the grants in one query, marks a grant over the whole kecamatan, and refuses dead sessions", async () => {
    await createStaff(ctx.deps, { username: "seksi", role: "petugas", unitCode: "MM.PATEN" });
    const now = ctx.deps.now();
    const whole = await actorFromSession(
      ctx.db,
      await createSession(ctx.db, await userId("petugas"), now),
      now,
    );
    expect(whole?.grants).toEqual([expect.objectContaining({ role: "petugas", wholeOrganisation: true })]);
    const part = await actorFromSession(ctx.db, await createSession(ctx.db, await userId("seksi"), now), now);
    expect(part?.grants).toEqual([expect.objectContaining({ role: "petugas", wholeOrganisation: false })]);
    expect(part?.username).toBe("seksi");

    const pending = await createSession(ctx.db, await userId("seksi"), now, true);
    expect(await actorFromSession(ctx.db, pending, now)).toBeNull();
    const later = new Date(now.getTime() + 13 * 3600_000);
    expect(
      await actorFromSession(ctx.db, await createSession(ctx.db, await userId("seksi"), now), later),
    ).toBeNull();
    const token = await createSession(ctx.db, await userId("seksi"), now);
    await ctx.db.update(users).set({ isActive: false }).where(eq(users.username, "seksi"));
    expect(await actorFromSession(ctx.db, token, now)).toBeNull();
  });
});

describe("sign-in page", () => {
  it("signs in through the form and signs out", async () => {
    const client = ctx.client();
    expect((await client.get("/login")).status).toBe(200);
    const res = await client.postForm("/login", {
      username: "petugas",
      password: "rahasia-uji-2026",
      next: "/staf",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/staf");
    expect((await client.get("/staf")).status).toBe(200);
    expect((await client.postForm("/logout", {})).status).toBe(303);
    const after = await client.get("/staf");
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toContain("/login");
  });

  it("refuses a form without the CSRF token", async () => {
    const res = await ctx.client().postForm("/login", { username: "petugas", password: "x" }, false);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Formulir sudah kedaluwarsa");
  });

  it("re-renders with field errors and 400 for an empty form", async () => {
    const res = await ctx.client().postForm("/login", { username: "", password: "" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Nama pengguna atau NIP wajib diisi.");
    expect(html).toContain('href="#f-password"');
  });

  it("never redirects off-site after sign-in", async () => {
    const res = await ctx
      .client()
      .postForm("/login", { username: "petugas", password: "rahasia-uji-2026", next: "//evil.example" });
    expect(res.headers.get("location")).toBe("/staf");
  });

  it("switches the language and returns only to a path on this site (issue 9: open redirect)", async () => {
    const location = async (next: string) =>
      (await ctx.app.request(`/lang/en?next=${next}`)).headers.get("location");
    expect(await location("%2Flacak%3Fnomor%3DMM-2611-7K3Q")).toBe("/lacak?nomor=MM-2611-7K3Q");
    for (const hostile of ["/%5Cevil.example", "//evil.example", "https://evil.example"]) {
      expect(await location(hostile), hostile).toBe("/");
    }
    // A tab never gets that far: control characters in the address are refused outright.
    expect((await ctx.app.request("/lang/en?next=/%09/evil.example")).status).toBe(400);
  });

  it("sends security headers", async () => {
    const res = await ctx.app.request("/");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-frame-options")).toBeTruthy();
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a 10 MB body with 413", async () => {
    const res = await ctx
      .client()
      .json(
        "POST",
        "/api/v1/auth/login",
        JSON.stringify({ username: "a".repeat(10 * 1024 * 1024), password: "x" }),
      );
    expect(res.status).toBe(413);
  });
});
