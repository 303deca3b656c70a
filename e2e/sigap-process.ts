import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A real SIGAP server in a child process, as an operator runs it (the compiled `dist/main.js`: build it
 * first, `npm run build`; the e2e global setup does), on a free loopback port with its own temporary
 * DATA_DIR. Shared by the e2e harness and the benchmark, so both measure and exercise the same start-up path
 * (config parsing, migrations, seeding, graceful shutdown).
 * Deliberately free of vitest imports.
 */

export const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));

export type SigapProcess = {
  baseUrl: string;
  /** The server's process id (its RSS is in /proc/<pid>/status). */
  pid: number;
  port: number;
  dataDir: string;
  /** The exit code once it has exited (-1 when killed by a signal), undefined while it runs. */
  exitCode(): number | undefined;
  /** What the server printed so far (stdout and stderr interleaved), for failure messages. */
  output(): string;
  /** SIGTERM, wait for the graceful shutdown (SIGKILL after `graceMs`). Keeps DATA_DIR. */
  stop(graceMs?: number): Promise<void>;
  /** stop() and remove DATA_DIR when this launcher created it. */
  dispose(): Promise<void>;
};

export type StartOptions = {
  /** Extra environment for the server (overrides the defaults below). */
  env?: Record<string, string>;
  /** Reuse a data folder (e.g. a second start after inserting rows); default: a fresh temp folder. */
  dataDir?: string;
  /** PostgreSQL instead of the embedded PGlite. */
  databaseUrl?: string;
  /**
   * How long to wait for /healthz (first PGlite start runs initdb, migrations and the demo seed): 5 minutes
   * by default, a ceiling for a busy 2-core machine (over 2 minutes seen at load 18), not an expectation.
   */
  startTimeoutMs?: number;
  /** How often /healthz is polled during start-up (the start-up benchmark polls more often). */
  pollMs?: number;
  /** `tsx`: run src/main.ts through tsx (how SIGAP ran before it was compiled; kept for comparisons). */
  entry?: "tsx";
  /** Another checkout to run (e.g. an older commit, for a before/after benchmark); default this one. */
  root?: string;
};

/** Asks the kernel for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

const running = new Set<ChildProcess>();
// A crashed test run must not leave servers holding ports and data folders.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startSigap(opts: StartOptions = {}): Promise<SigapProcess> {
  const port = await freePort();
  const ownsDataDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), "sigap-e2e-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: baseUrl,
    DATA_DIR: dataDir,
    // Empty means "not set" to config.ts: never inherit a DATABASE_URL from the caller's shell by accident.
    DATABASE_URL: opts.databaseUrl ?? "",
    SIGAP_DEMO: "1",
    WORKERS: "1",
    LOG_LEVEL: "warn",
    COOKIE_SECURE: "0",
    ...opts.env,
  };
  // The same node binary as the caller (so a Node 24 run starts a Node 24 server), one process (tsx as a
  // loader, not its CLI), so a signal reaches the server itself.
  const args =
    opts.entry === "tsx" ? ["--import", "tsx", "src/main.ts"] : ["--enable-source-maps", "dist/main.js"];
  const child = spawn(process.execPath, args, {
    cwd: opts.root ?? repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  let exitCode: number | undefined;
  const exited = new Promise<void>((done) =>
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? -1 : 0);
      running.delete(child);
      done();
    }),
  );

  const stop = async (graceMs = 15_000) => {
    if (exitCode !== undefined) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const handle: SigapProcess = {
    baseUrl,
    pid: child.pid!,
    exitCode: () => exitCode,
    port,
    dataDir,
    output: () => output,
    stop,
    async dispose() {
      await stop();
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };

  const startTimeoutMs = opts.startTimeoutMs ?? 300_000;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exitCode !== undefined) {
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`SIGAP exited during start-up (code ${exitCode}):\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return handle;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.dispose();
      throw new Error(`SIGAP did not answer /healthz within ${startTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 250));
  }
}
