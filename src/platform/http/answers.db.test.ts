import { Agent, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, createTestContext, type TestContext } from "../testing/test-app";

let ctx: TestContext;
let server: ReturnType<typeof serve>;
let port: number;
beforeAll(async () => {
  ctx = await createTestContext();
  await createStaff(ctx.deps, { username: "hr", role: "admin_kepegawaian", unitCode: "MM" });
  server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await ctx.close();
});

/** One request on the given agent; resolves with the status (the body is read to the end). */
function send(agent: Agent, method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: body ? { "content-type": "application/json" } : {},
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

describe("answers of the platform (issue 9)", () => {
  it("answers an oversized body with 413 and the next request on a keep-alive connection still works", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = JSON.stringify({ username: "a".repeat(3 * 1024 * 1024), password: "x" });
      expect(await send(agent, "POST", "/api/v1/auth/login", big)).toBe(413);
      expect(await send(agent, "GET", "/healthz")).toBe(200);
      expect(await send(agent, "GET", "/healthz")).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("gives a client error its own title, never the 500 title (415)", async () => {
    const res = await ctx.client().fetch("/api/v1/auth/login", {
      method: "POST",
      body: "username=a",
      headers: { "content-type": "text/plain" },
    });
    expect(res.status).toBe(415);
    expect((await res.json()).title).toBe("Jenis isi tidak didukung");
  });

  it("answers a broken multipart body with 400, not 500", async () => {
    const res = await ctx.client().fetch("/staf/pegawai/impor", {
      method: "POST",
      body: "--x\r\nbroken",
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
    });
    expect(res.status).toBe(400);
  });

  it("keeps staff pages and API answers with personal data out of every cache", async () => {
    const hr = await ctx.client().login("hr");
    for (const path of ["/staf/pegawai", "/api/v1/employees", "/staf"]) {
      const res = await hr.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
    }
    const css = await ctx.app.request("/static/sigap.css");
    expect(css.headers.get("cache-control")).not.toBe("no-store");
  });
});
