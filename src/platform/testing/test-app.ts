import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import pg from "pg";
import { inject } from "vitest";
import { buildApp } from "../../app";
import { loadConfig } from "../../config";
import { openDatabase } from "../../db/client";
import type { Role } from "../auth/actor";
import { loadActor } from "../auth/sessions";
import { createUser } from "../auth/users";
import type { Deps } from "../http/context";
import { createLogger } from "../logger";
import { units } from "../org/schema";
import { adminUrl, templateDbName } from "./databases";
import { withDb } from "./global-setup";

export const TEST_PASSWORD = "rahasia-uji-2026";

/** A fresh database (copied from the migrated template) and the app on it, for one test file. */
export async function createTestContext(opts: { now?: () => Date; env?: Record<string, string> } = {}) {
  const kind = process.env.SIGAP_TEST_DB === "postgres" ? "postgres" : "pglite";
  let cleanup: () => Promise<void>;
  let database: Awaited<ReturnType<typeof openDatabase>>;
  const dataDir = mkdtempSync(join(tmpdir(), "sigap-test-"));
  if (kind === "postgres") {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `sigap_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject("templateDb") ?? templateDbName()}`);
    await admin.end();
    database = await openDatabase({ databaseUrl: withDb(url, name), dataDir });
    cleanup = async () => {
      const c = new pg.Client({ connectionString: adminUrl(url) });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    cpSync(inject("templateDir"), dataDir, { recursive: true });
    database = await openDatabase({ dataDir });
    cleanup = async () => {};
  }
  const deps: Deps = {
    db: database.db,
    dbKind: database.kind,
    config: loadConfig({ SIGAP_DEMO: "0", DATA_DIR: dataDir, BASE_URL: "http://sigap.test", ...opts.env }),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    secret: "test-secret-".padEnd(64, "x"),
    now: opts.now ?? (() => new Date()),
  };
  const app = buildApp(deps);
  return {
    app,
    deps,
    db: deps.db,
    client: () => new TestClient(app),
    async close() {
      await database.close();
      await cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

/** Finds a unit by its code (reference data is in every test database). */
export async function unitByCode(deps: Deps, code: string) {
  const [u] = await deps.db.select().from(units).where(eq(units.code, code));
  if (!u) throw new Error(`unit ${code} not in reference data`);
  return u;
}

/** A staff account with one role over a unit (by code), optionally linked to an employee. */
export async function createStaff(
  deps: Deps,
  opts: {
    username: string;
    role?: Role;
    unitCode?: string;
    employeeId?: string;
    grants?: { role: Role; unitCode: string }[];
  },
) {
  const grants = opts.grants ?? (opts.role ? [{ role: opts.role, unitCode: opts.unitCode ?? "MM" }] : []);
  const resolved = [];
  for (const g of grants) resolved.push({ role: g.role, unitId: (await unitByCode(deps, g.unitCode)).id });
  const userId = await createUser(deps.db, {
    username: opts.username,
    displayName: opts.username,
    password: TEST_PASSWORD,
    employeeId: opts.employeeId,
    isDemo: true,
    grants: resolved,
  });
  return (await loadActor(deps.db, userId))!;
}

/** A browser-like client: keeps cookies, adds the CSRF token to form posts. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: ReturnType<typeof buildApp>) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size && !headers.has("cookie")) headers.set("cookie", this.cookieHeader());
    const res = await this.app.request(path, { ...init, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i);
      const value = pair!.slice(i + 1);
      if (/max-age=0/i.test(c) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.fetch(path, { headers });
  }

  async csrf(): Promise<string> {
    if (!this.cookies.has("sigap_csrf")) await this.get("/healthz");
    return this.cookies.get("sigap_csrf")!;
  }

  async postForm(path: string, data: Record<string, string | string[]>, withCsrf = true) {
    const body = new URLSearchParams();
    if (withCsrf) body.set("_csrf", await this.csrf());
    for (const [k, v] of Object.entries(data)) for (const x of [v].flat()) body.append(k, x);
    return this.fetch(path, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
  }

  async postMultipart(path: string, form: FormData, withCsrf = true) {
    if (withCsrf) form.set("_csrf", await this.csrf());
    return this.fetch(path, { method: "POST", body: form });
  }

  json(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.fetch(path, {
      method,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
    });
  }

  async login(username: string, password = TEST_PASSWORD) {
    const res = await this.json("POST", "/api/v1/auth/login", { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
    return this;
  }
}
