/**
 * Load benchmark: `npm run bench -- [--db=pglite|postgres|both] [--employees=20000] [--duration=10]
 * [--warmup=2] [--connections=10] [--only=TEXT,…] [--datasets=NAME,…] [--keep]`; --keep leaves the
 * databases for EXPLAIN ANALYZE.
 *
 * Per database: start a fresh SIGAP once (migrations, reference and demo data), stop it, write the
 * datasets straight into its database, start it again, sign in the scenarios' accounts, run every scenario
 * with autocannon, print a table and write everything to bench/results/<timestamp>.json (gitignored).
 * Traffic goes to 127.0.0.1 only; every run is bounded in time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { repoRoot, startSigap } from "../e2e/sigap-process";
import { openDatabase } from "../src/db/client";
import { adminQuery, measure, type ScenarioResult, signIn } from "./measure";
import { type BenchFlags, datasets, scenarios } from "./scenarios";

const PG_BENCH_URL = "postgres://postgres@127.0.0.1:5432/sigap_bench";

function parseFlags(argv: string[]): BenchFlags {
  const raw: Record<string, string> = {};
  for (const arg of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg} (expected --name=value)`);
    raw[m[1]] = m[2] ?? "true";
  }
  const num = (key: string, fallback: number) => {
    const value = raw[key] === undefined ? fallback : Number(raw[key]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${key} must be a number, got ${raw[key]}`);
    return value;
  };
  const db = (raw.db ?? "both") as BenchFlags["db"];
  if (!["pglite", "postgres", "both"].includes(db)) throw new Error("--db must be pglite, postgres or both");
  return {
    db,
    employees: num("employees", 20_000),
    duration: num("duration", 10),
    warmup: num("warmup", 2),
    connections: num("connections", 10),
    only: raw.only?.split(",").map((t) => t.trim()),
    datasets: raw.datasets?.split(",").map((d) => d.trim()),
    raw,
  };
}

type DbReport = {
  db: "pglite" | "postgres";
  datasets: string[];
  setupSeconds: { firstStart: number; generate: number; restart: number };
  loadAverageBefore: number[];
  results: ScenarioResult[];
};

const elapsed = (since: number) => Math.round((performance.now() - since) / 100) / 10;

async function benchDatabase(kind: "pglite" | "postgres", flags: BenchFlags): Promise<DbReport> {
  console.log(`\n## ${kind}: preparing (${flags.employees} employees)…`);
  const dataDir = mkdtempSync(join(tmpdir(), `sigap-bench-${kind}-`));
  const databaseUrl = kind === "postgres" ? PG_BENCH_URL : undefined;
  if (kind === "postgres") {
    await adminQuery("drop database if exists sigap_bench with (force)");
    await adminQuery("create database sigap_bench");
  }
  const env = { LOG_LEVEL: "warn", SIGAP_DEMO: "1" };
  try {
    let t = performance.now();
    const first = await startSigap({ dataDir, databaseUrl, env, startTimeoutMs: 180_000 });
    await first.stop();
    const firstStart = elapsed(t);

    t = performance.now();
    const database = await openDatabase({ dataDir, databaseUrl });
    const described: string[] = [];
    try {
      for (const dataset of datasets) {
        if (flags.datasets && !flags.datasets.includes(dataset.name)) continue;
        described.push(await dataset.generate(database.db, flags));
      }
      // What autovacuum gives a real installation a little after a bulk load (PostgreSQL 13+ vacuums after
      // inserts too): fresh statistics, and the visibility map that makes index-only scans index-only.
      await database.db.execute(sql`vacuum (analyze)`);
    } finally {
      await database.close();
    }
    const generate = elapsed(t);
    console.log(`   data: ${described.join(", ")} in ${generate} s`);

    t = performance.now();
    const server = await startSigap({ dataDir, databaseUrl, env, startTimeoutMs: 180_000 });
    const restart = elapsed(t);
    const report: DbReport = {
      db: kind,
      datasets: described,
      setupSeconds: { firstStart, generate, restart },
      loadAverageBefore: loadavg().map((l) => Math.round(l * 100) / 100),
      results: [],
    };
    try {
      const cookies = new Map<string, string>();
      for (const scenario of scenarios) {
        if (flags.only && !flags.only.some((text) => scenario.name.includes(text))) continue;
        let cookie: string | undefined;
        if (scenario.signInAs) {
          cookie = cookies.get(scenario.signInAs) ?? (await signIn(server.baseUrl, scenario.signInAs));
          cookies.set(scenario.signInAs, cookie);
        }
        process.stdout.write(`   ${scenario.name} … `);
        const result = await measure(scenario, server.baseUrl, flags, cookie);
        console.log(`${result.requestsPerSecond} req/s`);
        report.results.push(result);
      }
    } finally {
      await server.stop();
      const problems = server
        .output()
        .split("\n")
        .filter((l) => /"level":(50|60)/.test(l));
      if (problems.length) console.log(`   server logged ${problems.length} error(s), first: ${problems[0]}`);
    }
    return report;
  } finally {
    if (flags.raw.keep) {
      console.log(`   kept for inspection (--keep): ${databaseUrl ?? `PGlite in ${dataDir}/pg`}`);
    } else {
      rmSync(dataDir, { recursive: true, force: true });
      if (kind === "postgres")
        await adminQuery("drop database if exists sigap_bench with (force)").catch(() => {});
    }
  }
}

function printTable(report: DbReport) {
  const header = [
    "scenario",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "max ms",
    "answered",
    "non-2xx",
    "errors",
  ];
  const rows = report.results.map((r) => [
    r.scenario,
    r.requestsPerSecond.toFixed(0),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    r.latencyMs.max.toFixed(0),
    String(r.requests),
    r.unexpectedStatus ? `${r.unexpectedStatus} ${JSON.stringify(r.statusCodes)}` : "0",
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(
    `\n${report.db} — ${report.datasets.join(", ")}; load average before: ${report.loadAverageBefore.join(" ")}`,
  );
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const flags = parseFlags(process.argv.slice(2));
  const kinds: ("pglite" | "postgres")[] = flags.db === "both" ? ["pglite", "postgres"] : [flags.db];
  const startedAt = new Date();
  console.log(
    `SIGAP bench: ${kinds.join(" + ")}, ${flags.employees} employees, ${flags.duration} s per scenario ` +
      `(+${flags.warmup} s warm-up), ${flags.connections} connections; node ${process.version}, ` +
      `${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}. Latency percentiles are exact over all answered requests.`,
  );
  const reports: DbReport[] = [];
  for (const kind of kinds) reports.push(await benchDatabase(kind, flags));
  for (const r of reports) printTable(r);

  const dir = join(repoRoot, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model };
  writeFileSync(file, `${JSON.stringify({ startedAt, flags, machine, reports }, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    // Driver errors carry the whole statement and its parameters (thousands of rows for a bulk insert):
    // keep the head of each message and the database's own reason (the cause).
    const clip = (text: string) =>
      text.length > 1500 ? `${text.slice(0, 1500)} … (${text.length} chars)` : text;
    for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
      console.error(e instanceof Error ? clip(`${e.name}: ${e.message}`) : clip(String(e)));
      if (e instanceof Error && e.stack) console.error(e.stack.split("\n").slice(1, 6).join("\n"));
    }
    process.exit(1);
  },
);
