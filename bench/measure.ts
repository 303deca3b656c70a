import autocannon, { type Request } from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD } from "../src/modules/employees";
import { mulberry32 } from "./generators/random";
import type { BenchFlags, Scenario, ScenarioContext } from "./scenarios";

export type ScenarioResult = {
  scenario: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Exact percentiles (ms) over every answered request of the measured run, whatever its status. */
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** Answers whose status the scenario does not accept (default: not 2xx). */
  unexpectedStatus: number;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  statusCodes: Record<string, number>;
};

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const round = (n: number) => Math.round(n * 100) / 100;

type Run = { latencies: number[]; statuses: number[]; errors: number; seconds: number };

/**
 * One autocannon run. autocannon's own summary has p50/p90/p97.5/p99 but no p95, so every answer's time is
 * recorded from its "response" event and the percentiles are computed exactly from those.
 */
function run(
  baseUrl: string,
  requests: () => Request[],
  opts: { connections: number; duration: number },
): Promise<Run> {
  const latencies: number[] = [];
  const statuses: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: opts.connections,
        duration: opts.duration,
        timeout: 30,
        requests: requests(),
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          latencies,
          statuses,
          errors: result.errors + result.timeouts,
          seconds: result.duration,
        });
      },
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      statuses.push(status);
      latencies.push(ms);
    });
  });
}

/**
 * Waits until the server answers /healthz (one `select 1`) within 100 ms, i.e. requests left over from a
 * run have been served: PGlite runs one query at a time, so a backlog shows up as a slow health check.
 */
async function drain(baseUrl: string, maxMs = 120_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(maxMs) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok && performance.now() - started < 100) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function measure(
  scenario: Scenario,
  baseUrl: string,
  flags: BenchFlags,
  cookie: string | undefined,
): Promise<ScenarioResult> {
  const state: Record<string, unknown> = {};
  const ctx: ScenarioContext = {
    baseUrl,
    flags,
    rand: mulberry32(42),
    state,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      return fetch(new URL(path, baseUrl), { ...init, headers });
    },
  };
  await scenario.prepare?.(ctx);
  const requests = (): Request[] => [
    {
      // Keep autocannon's defaults (host, …) and replace what the scenario decides.
      setupRequest: (defaults: Request) => {
        const r = scenario.request(ctx);
        return {
          ...defaults,
          method: r.method ?? "GET",
          path: r.path,
          headers: { ...(r.headers ?? {}), ...(cookie ? { cookie } : {}) },
          body: r.body,
        };
      },
    },
  ];
  const connections = scenario.connections ?? flags.connections;
  if (flags.warmup > 0) {
    await run(baseUrl, requests, { connections, duration: flags.warmup });
    await drain(baseUrl);
  }
  const measured = await run(baseUrl, requests, {
    connections,
    duration: scenario.duration ?? flags.duration,
  });
  // Requests still queued in the server would slow the next scenario down: let them finish first.
  await drain(baseUrl);

  const isOk = scenario.isOk ?? ((s: number) => s >= 200 && s < 300);
  const statusCodes: Record<string, number> = {};
  for (const s of measured.statuses) statusCodes[s] = (statusCodes[s] ?? 0) + 1;
  const sorted = [...measured.latencies].sort((a, b) => a - b);
  const total = sorted.length;
  return {
    scenario: scenario.name,
    connections,
    seconds: measured.seconds,
    requests: total,
    requestsPerSecond: round(total / measured.seconds),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[total - 1] ?? Number.NaN),
      mean: round(total ? sorted.reduce((a, b) => a + b, 0) / total : Number.NaN),
    },
    unexpectedStatus: measured.statuses.filter((s) => !isOk(s)).length,
    errors: measured.errors,
    statusCodes,
  };
}

/** Signs a demo account in through the JSON API; returns the Cookie header for its session. */
export async function signIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export const PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/** One statement on the PostgreSQL server's maintenance database (CREATE/DROP DATABASE of a bench run). */
export async function adminQuery(query: string) {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}
