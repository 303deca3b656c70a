import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * The compiled SIGAP (dist/, what `npm start` runs) as a process on the embedded database: it starts on an
 * existing data folder, serves its static files, refuses a second process, stops gracefully on SIGTERM, runs
 * the CLI, and reports bad configuration in one message. The data folder is a copy of the migrated template
 * of the test run (a fresh initdb + migrations + seed is what the e2e journeys already cover), so this file
 * costs seconds, not minutes. The PostgreSQL run has nothing to add here.
 */
const onPglite = process.env.SIGAP_TEST_DB !== "postgres";
const root = join(__dirname, "..");
const node = (args: string[]) => [process.execPath, ["--enable-source-maps", ...args]] as const;
const dataDir = mkdtempSync(join(tmpdir(), "sigap-main-"));
const port = 30000 + Math.floor(Math.random() * 20000);
// Vitest sets BASE_URL=/ (a Vite variable) in the environment: override it like an operator would.
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: "127.0.0.1",
  BASE_URL: `http://127.0.0.1:${port}`,
  SIGAP_DEMO: "0",
  LOG_LEVEL: "silent",
  DATABASE_URL: "",
};
let first: ChildProcess | undefined;

beforeAll(() => {
  if (!onPglite) return;
  // Build here rather than in the global setup: only this file (and the e2e run) needs dist/.
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
  cpSync(inject("templateDir"), dataDir, { recursive: true });
});

afterAll(() => {
  first?.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

/** Polls /healthz until it answers; fails as soon as the process has exited. */
async function waitHealthy(): Promise<Response> {
  for (;;) {
    if (first?.exitCode !== null) throw new Error(`the server exited with code ${first?.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return res;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Generous ceilings, not measurements: on a 2-core machine shared with other test runs (load 25 seen) one
// start of the CLI took over 60 s. Every wait below ends as soon as its condition holds.
const PROCESS_MS = 240_000;
const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(...node(args), {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: "utf8",
    timeout: PROCESS_MS,
  });

describe.runIf(onPglite)(
  "the compiled SIGAP process on the embedded database",
  { timeout: PROCESS_MS },
  () => {
    it("starts on an existing data folder and answers /healthz", async () => {
      first = spawn(...node(["dist/main.js"]), { cwd: root, env, stdio: "ignore" });
      const res = await waitHealthy();
      expect(await res.json()).toEqual({ status: "ok" });
    });

    it("serves the files it reads from disk (its own stylesheet, Bootstrap from node_modules)", async () => {
      for (const file of ["sigap.css", "bootstrap.min.css", "favicon.svg"]) {
        const res = await fetch(`http://127.0.0.1:${port}/static/${file}`);
        expect(res.status, file).toBe(200);
        expect((await res.text()).length, file).toBeGreaterThan(100);
      }
    });

    it("refuses a second process on the same data folder with a clear message", () => {
      const second = run(["dist/main.js"], { PORT: String(port + 1) });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain("sedang dipakai oleh proses SIGAP lain");
    });

    it("shuts down gracefully on SIGTERM and releases the lock", async () => {
      const exited = new Promise<number | null>((resolve) => first!.once("exit", (code) => resolve(code)));
      first!.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(existsSync(join(dataDir, "sigap.lock"))).toBe(false);
    });

    it("runs the CLI compiled too: verifies the audit chain", () => {
      const res = run(["dist/cli.js", "verify-audit"]);
      expect(res.stdout).toContain("Rantai audit utuh");
      expect(res.status).toBe(0);
    });

    it("stops with one message listing every configuration problem", () => {
      const res = run(["dist/main.js"], { PORT: "abc", SIGAP_DEMO: "ya" });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain("Konfigurasi tidak valid");
      expect(res.stderr).toContain("PORT");
      expect(res.stderr).toContain("SIGAP_DEMO");
      expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  },
);
