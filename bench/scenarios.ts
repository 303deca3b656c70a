import type { Db } from "../src/db/client";
import { insertEmployees } from "./generators/employees";
import { servicesDataset, servicesScenarios } from "./services";

/**
 * What the benchmark loads and what it measures. Add to the two lists below (bench/README.md explains how);
 * run.ts needs no change for a new dataset or scenario.
 */

export type BenchFlags = {
  /** Which databases to run on. */
  db: "pglite" | "postgres" | "both";
  /** Size of the employee register (--employees=N). */
  employees: number;
  /** Seconds each scenario is measured (--duration=S). */
  duration: number;
  /** Seconds of unmeasured warm-up per scenario (--warmup=S). */
  warmup: number;
  /** Concurrent connections (--connections=C). */
  connections: number;
  /** Only scenarios whose name contains one of these texts (--only=TEXT,TEXT). */
  only?: string[];
  /** Only these datasets, by name (--datasets=employees,service-requests); default: all. */
  datasets?: string[];
  /** Every --key=value given, for datasets and scenarios with knobs of their own. */
  raw: Record<string, string>;
};

/** Bulk data written straight into the database while the server is stopped (after its first start). */
export type Dataset = {
  name: string;
  /** Inserts the rows; returns a short description ("20000 employees") for the report. */
  generate(db: Db, flags: BenchFlags): Promise<string>;
};

export type ScenarioContext = {
  baseUrl: string;
  flags: BenchFlags;
  /** Seeded random numbers in [0, 1), for varying requests reproducibly. */
  rand: () => number;
  /** What prepare() found or created, for request(). */
  state: Record<string, unknown>;
  /** fetch() against the running server, signed in as the scenario's account (cookie header set). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
};

export type BenchRequest = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

export type Scenario = {
  name: string;
  /** Demo account whose session cookie goes on every request (password demo-sigap-2026); omit: anonymous. */
  signInAs?: string;
  /** Once per database, server running, before the warm-up: find ids, create records to read, … */
  prepare?(ctx: ScenarioContext): Promise<void>;
  /** Called for every request, so paths and bodies can vary (no flattering cache hits on one URL). */
  request(ctx: ScenarioContext): BenchRequest;
  /** Which statuses count as success (default: 2xx). Everything else is reported as non-2xx/unexpected. */
  isOk?(status: number): boolean;
  /** Overrides of the global flags for this scenario. */
  connections?: number;
  duration?: number;
};

// ------------------------------------------------------------------------------------------- datasets
export const datasets: Dataset[] = [
  {
    name: "employees",
    async generate(db, flags) {
      const n = await insertEmployees(db, flags.employees);
      return `${n} employees`;
    },
  },
  // Services module (bench/services.ts): 100,000 requests (--requests=N) for the staff queue.
  servicesDataset,
];

// ------------------------------------------------------------------------------------------ scenarios
/** Search terms that hit a few to a few hundred rows of the generated register: names, marga, a NIP prefix. */
const SEARCH_TERMS = [
  "rina",
  "siregar",
  "nasution",
  "wulandari",
  "ahmad",
  "lubis",
  "br",
  "1985",
  "19900",
  "dewi",
];

const pageCount = (ctx: ScenarioContext) => Math.max(1, Math.floor(ctx.flags.employees / 20));

export const scenarios: Scenario[] = [
  {
    name: "employees API: list page N",
    signInAs: "kepegawaian",
    request: (ctx) => ({
      path: `/api/v1/employees?page=${1 + Math.floor(ctx.rand() * pageCount(ctx))}&pageSize=20`,
      headers: { accept: "application/json" },
    }),
  },
  {
    name: "employees API: search q=",
    signInAs: "kepegawaian",
    request: (ctx) => ({
      path: `/api/v1/employees?q=${SEARCH_TERMS[Math.floor(ctx.rand() * SEARCH_TERMS.length)]}&page=1&pageSize=20`,
      headers: { accept: "application/json" },
    }),
  },
  {
    name: "sign-in page GET /login",
    request: () => ({ path: "/login" }),
  },
  // Services module (bench/services.ts): tracking, catalogue, submission with a 200 KB attachment, staff queue.
  ...servicesScenarios,
];
