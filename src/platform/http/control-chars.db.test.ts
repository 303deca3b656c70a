import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTestContext, type TestClient, type TestContext } from "../testing/test-app";

let ctx: TestContext;
let camat: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  await createStaff(ctx.deps, {
    username: "pimpinan.uji",
    grants: [
      { role: "pimpinan", unitCode: "MM" },
      { role: "admin_kepegawaian", unitCode: "MM" },
    ],
  });
  camat = await ctx.client().login("pimpinan.uji");
});
afterAll(() => ctx.close());

describe("control characters are refused once, at the platform's validation layer (issue 9)", () => {
  // The eight addresses where a NUL byte in a search term was a 500.
  it.each([
    "/api/v1/employees?q=%00",
    "/api/v1/service-requests?q=%00",
    "/api/v1/umkm?q=%00",
    "/staf/pegawai?q=%00",
    "/staf/layanan?q=%00",
    "/staf/pegawai/ekspor.csv?q=%00",
    "/staf/layanan/ekspor.csv?q=%00",
    "/staf/layanan/umkm?q=%00",
  ])("GET %s → 400 naming the parameter, never 500", async (path) => {
    const res = await camat.get(path, path.startsWith("/api/") ? { accept: "application/json" } : {});
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("karakter kendali");
    if (path.startsWith("/api/"))
      expect(JSON.parse(text).errors).toEqual([{ field: "q", message: expect.any(String) }]);
  });

  it("refuses a JSON body with a control character in any string, naming the field, and writes nothing", async () => {
    const res = await camat.json("POST", "/api/v1/employees", {
      name: "Ani\u0000",
      nested: { note: ["ok", "b\u202eidi"] },
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(["name", "nested.note.1"]);
  });

  it("keeps new lines and tabs in bodies (a textarea), refuses them in the address", async () => {
    // The platform lets them through (a name is then judged by the employees module's own rules).
    const res = await camat.json("POST", "/api/v1/employees", { name: "Baris\nbaru\tdan tab" });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).not.toContain("karakter kendali");
    expect((await camat.get("/staf/pegawai?q=a%0Ab")).status).toBe(400);
  });

  it("refuses a form field with a control character with 422 and an error page in Bahasa Indonesia", async () => {
    const res = await camat.postForm("/staf/pegawai/baru", { name: "Ani\u0007" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("karakter kendali");
  });

  it("answers in English for an English reader", async () => {
    const res = await camat.get("/api/v1/employees?q=%00", {
      accept: "application/json",
      cookie: "sigap_lang=en",
    });
    expect((await res.json()).errors[0].message).toContain("control characters");
  });
});
