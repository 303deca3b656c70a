/**
 * Start-up benchmark: `npm run bench:startup -- [--db=pglite|postgres|both] [--runs=5] [--entry=dist|tsx]`.
 *
 * Per database: one start creates, migrates and seeds the database (not measured) and is stopped; then
 * `--runs` times: start SIGAP on that existing database and time spawn → first 200 from /healthz (cold start:
 * Node start, module loading, migration check, seeding check, listen), read the server's resident memory
 * (VmRSS), send 100 requests (public pages, a staff session's list, dashboard with charts and CSV export),
 * read VmRSS again, and stop it with SIGTERM (the exit code must be 0). Prints medians and every run.
 * `--entry=tsx` runs src/main.ts through tsx, as `npm start` did before SIGAP was compiled (decision 007);
 * `--root=DIR` runs another checkout (e.g. `git clone . /tmp/old && git -C /tmp/old checkout <commit>` and
 * `npm ci` there) with this benchmark, for before/after figures.
 * Requests go to 127.0.0.1 only; the run is bounded (5 × 100 requests per database by default).
 */
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { type StartOptions, startSigap } from "../e2e/sigap-process";
import { adminQuery, PG_ADMIN_URL, signIn } from "./measure";

const PG_DB = `sigap_startup_${process.pid}`;

const flags = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const m = /^--([\w-]+)=(.*)$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg} (expected --name=value)`);
    return [m[1], m[2]];
  }),
);
const runs = Number(flags.runs ?? 5);
const entry = (flags.entry ?? "dist") as "dist" | "tsx";
const tsxOrDist = entry === "tsx" ? "tsx" : undefined;
const root = flags.root;
const dbs = flags.db === "pglite" || flags.db === "postgres" ? [flags.db] : ["pglite", "postgres"];

/** Public pages, and pages of a signed-in kepegawaian officer: 10 paths, 10 rounds = 100 requests. */
const PUBLIC = ["/", "/login", "/layanan", "/lacak", "/static/sigap.css"];
const STAFF = [
  "/staf",
  "/staf/pegawai",
  "/staf/pegawai?q=Rina",
  "/staf/pelatihan/kelola",
  "/staf/pegawai/ekspor.csv",
];

const rssMb = (pid: number) => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Run = { startMs: number; rssAfterStartMb: number; rssAfter100Mb: number; exitCode?: number };

async function once(opts: StartOptions): Promise<Run> {
  const started = performance.now();
  const server = await startSigap({ ...opts, pollMs: 20, entry: tsxOrDist, root });
  const startMs = Math.round(performance.now() - started);
  const rssAfterStartMb = rssMb(server.pid);
  const cookie = await signIn(server.baseUrl, "kepegawaian");
  for (let round = 0; round < 10; round++) {
    for (const path of [...PUBLIC, ...STAFF]) {
      const res = await fetch(server.baseUrl + path, {
        headers: STAFF.includes(path) ? { cookie } : {},
        redirect: "manual",
      });
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      await res.arrayBuffer();
    }
  }
  const rssAfter100Mb = rssMb(server.pid);
  await server.stop();
  return { startMs, rssAfterStartMb, rssAfter100Mb, exitCode: server.exitCode() };
}

async function bench(db: string): Promise<Run[]> {
  let opts: StartOptions;
  let cleanup: () => Promise<void>;
  if (db === "postgres") {
    await adminQuery(`drop database if exists ${PG_DB}`);
    await adminQuery(`create database ${PG_DB}`);
    opts = { databaseUrl: PG_ADMIN_URL.replace(/\/postgres$/, `/${PG_DB}`) };
    cleanup = () => adminQuery(`drop database if exists ${PG_DB}`);
  } else {
    // The first start creates the data folder; later starts reuse it, as an installed SIGAP does.
    const first = await startSigap({ startTimeoutMs: 300_000, entry: tsxOrDist, root });
    await first.stop();
    opts = { dataDir: first.dataDir };
    cleanup = async () => rmSync(first.dataDir, { recursive: true, force: true });
  }
  try {
    if (db === "postgres")
      await (await startSigap({ ...opts, startTimeoutMs: 300_000, entry: tsxOrDist, root })).stop();
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(opts));
    return results;
  } finally {
    await cleanup();
  }
}

console.log(
  `start-up benchmark: ${root ?? "this checkout"}, entry ${entry}, ${runs} runs per database, load ${loadavg()[0]!.toFixed(2)}`,
);
for (const db of dbs) {
  const results = await bench(db);
  console.log(
    `${db.padEnd(8)} start ${median(results.map((r) => r.startMs))} ms · RSS after start ` +
      `${median(results.map((r) => r.rssAfterStartMb))} MB · after 100 requests ` +
      `${median(results.map((r) => r.rssAfter100Mb))} MB (medians) · exit codes ` +
      `${results.map((r) => r.exitCode).join(",")}`,
  );
  for (const r of results) console.log(`         ${JSON.stringify(r)}`);
}
console.log(`load average after: ${loadavg()[0]!.toFixed(2)}`);
