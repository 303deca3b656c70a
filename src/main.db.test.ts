import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Process-level behaviour of the embedded database (PGlite); the PostgreSQL run has nothing to add here.
const onPglite = process.env.SIGAP_TEST_DB !== "postgres";
const tsx = join(process.cwd(), "node_modules/.bin/tsx");
const dataDir = mkdtempSync(join(tmpdir(), "sigap-main-"));
const port = 30000 + Math.floor(Math.random() * 20000);
// Vitest sets BASE_URL=/ (a Vite variable) in the environment: override it like an operator would.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  BASE_URL: `http://127.0.0.1:${port}`,
  SIGAP_DEMO: "0",
  LOG_LEVEL: "silent",
  DATABASE_URL: "",
};
let first: ChildProcess | undefined;

afterAll(() => {
  first?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitHealthy(): Promise<Response> {
  for (let i = 0; i < 900 && first?.exitCode === null; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy");
}

describe.runIf(onPglite)("the SIGAP process on the embedded database", () => {
  it("starts, migrates and answers /healthz", { timeout: 200_000 }, async () => {
    first = spawn(tsx, ["src/main.ts"], { env, stdio: "ignore" });
    const res = await waitHealthy();
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("refuses a second process on the same data folder with a clear message", () => {
    const second = spawnSync(tsx, ["src/main.ts"], {
      env: { ...env, PORT: String(port + 1) },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain("sedang dipakai oleh proses SIGAP lain");
  });

  it("shuts down gracefully on SIGTERM and releases the lock", async () => {
    const exited = new Promise<number | null>((resolve) => first!.once("exit", (code) => resolve(code)));
    first!.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(existsSync(join(dataDir, "sigap.lock"))).toBe(false);
  });

  it("verifies the audit chain from the CLI", () => {
    const res = spawnSync(tsx, ["src/cli.ts", "verify-audit"], { env, encoding: "utf8", timeout: 60_000 });
    expect(res.stdout).toContain("Rantai audit utuh");
    expect(res.status).toBe(0);
  });

  it("stops with one message listing every configuration problem", () => {
    const res = spawnSync(tsx, ["src/main.ts"], {
      env: { ...env, PORT: "abc", SIGAP_DEMO: "ya" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain("Konfigurasi tidak valid");
    expect(res.stderr).toContain("PORT");
    expect(res.stderr).toContain("SIGAP_DEMO");
    expect(res.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
