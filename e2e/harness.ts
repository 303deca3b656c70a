import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe } from "vitest";
import { DEMO_PASSWORD } from "../src/modules/employees";
import { repoRoot, type SigapProcess, type StartOptions, startSigap } from "./sigap-process";

/**
 * E2E harness (ARCHITECTURE §6): one real SIGAP child process per test file (fresh DATA_DIR, demo data),
 * Debian's chromium driven by playwright-core, a fresh browser context per test, and axe on every page.
 *
 *   describeE2E("…", () => {
 *     const e2e = useSigap();
 *     it("…", async () => {
 *       const page = await e2e.newPage({ javaScriptEnabled: false });
 *       await page.goto(e2e.url("/"));
 *       await checkA11y(page);
 *     });
 *   });
 */

export const CHROMIUM_PATH = "/usr/bin/chromium";
export { DEMO_PASSWORD };

/**
 * Without the background-networking flags chromium keeps trying to reach Google's hosts, which this
 * network refuses; --no-sandbox because CI runs as root.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  // CI installs chromium in .ci/run: a missing browser there is a broken pipeline, not a reason to skip.
  if (process.env.CI) throw new Error(`${CHROMIUM_PATH} is missing: .ci/run should have installed chromium`);
  console.warn(
    `[e2e] ${CHROMIUM_PATH} not found: browser journeys are skipped. Install it with ` +
      "`apt-get update && apt-get install -y chromium fonts-dejavu-core`.",
  );
}

/** `describe` that skips (locally, never in CI) when chromium is not installed. */
export const describeE2E = describe.skipIf(!hasChromium);

export type PageOptions = {
  /** Citizen journeys run with JavaScript off, as on a cheap phone with scripts blocked. */
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
};

export type E2E = {
  readonly server: SigapProcess;
  readonly browser: Browser;
  url(path: string): string;
  /** A page in a fresh browser context (no cookies shared with other tests); closed after the test. */
  newPage(opts?: PageOptions): Promise<Page>;
  /**
   * The JSON API, signed in as a demo account (or anonymous without one): how a test sets up the data it
   * needs (a request to process, a claim to verify) without depending on another test having done it.
   */
  api(username?: string): Promise<ApiClient>;
};

export type ApiClient = {
  /** Answers with the parsed JSON body; throws with the problem text when the status is not `expect`. */
  call<T = unknown>(method: string, path: string, body?: unknown, expect?: number): Promise<T>;
};

/** Starts SIGAP and chromium for the enclosing describe block; stops both and removes DATA_DIR after. */
export function useSigap(opts: StartOptions = {}): E2E {
  let server: SigapProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startSigap(opts),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    ]);
  });
  afterEach(async (context) => {
    const open = contexts.splice(0);
    if (context.task.result?.state === "fail") await reportFailure(context.task.name, open, server);
    for (const ctx of open) await ctx.close().catch(() => {});
  });
  afterAll(async () => {
    await browser?.close().catch(() => {});
    await server?.dispose();
  });

  return {
    get server() {
      if (!server) throw new Error("SIGAP is not running (beforeAll failed?)");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("chromium is not running (beforeAll failed?)");
      return browser;
    },
    url(path: string) {
      return new URL(path, this.server.baseUrl).toString();
    },
    async newPage(pageOpts: PageOptions = {}) {
      const ctx = await this.browser.newContext({
        baseURL: this.server.baseUrl,
        javaScriptEnabled: pageOpts.javaScriptEnabled ?? true,
        viewport: pageOpts.viewport ?? { width: 1280, height: 900 },
        locale: "id-ID",
        timezoneId: "Asia/Jakarta",
      });
      ctx.setDefaultTimeout(15_000);
      contexts.push(ctx);
      const page = await ctx.newPage();
      if (pageOpts.javaScriptEnabled === false) scriptlessPages.add(page);
      return page;
    },
    async api(username?: string) {
      const base = this.server.baseUrl;
      let cookie = "";
      const call: ApiClient["call"] = async (method, path, body, expect = 200) => {
        const isForm = body instanceof FormData;
        const res = await fetch(new URL(path, base), {
          method,
          headers: {
            accept: "application/json",
            ...(cookie ? { cookie } : {}),
            ...(body === undefined || isForm ? {} : { "content-type": "application/json" }),
          },
          body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
        });
        if (res.status !== expect) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
        if (path === "/api/v1/auth/login") {
          cookie = res.headers
            .getSetCookie()
            .map((c) => c.split(";")[0])
            .join("; ");
        }
        return (await res.json()) as never;
      };
      if (username) await call("POST", "/api/v1/auth/login", { username, password: DEMO_PASSWORD });
      return { call };
    },
  };
}

/**
 * On a failed test: where each page was and what it said (screenshots in test-results/e2e/, gitignored),
 * and what the server logged (warn and above), so a red CI log explains itself.
 */
async function reportFailure(testName: string, contexts: BrowserContext[], server?: SigapProcess) {
  const dir = join(repoRoot, "test-results", "e2e");
  mkdirSync(dir, { recursive: true });
  const slug = testName.replace(/[^a-zA-Z0-9]+/g, "-").slice(0, 80);
  const lines: string[] = [];
  let n = 0;
  for (const ctx of contexts) {
    for (const page of ctx.pages()) {
      const file = join(dir, `${slug}-${++n}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      const heading = await page
        .locator("h1")
        .first()
        .textContent({ timeout: 1_000 })
        .catch(() => "(no h1)");
      lines.push(`  page ${n}: ${page.url()} — h1: ${heading} — screenshot ${file}`);
    }
  }
  const log = server?.output().trim();
  if (log) lines.push(`  server output (last 3000 characters):\n${log.slice(-3000)}`);
  console.error(`[e2e] "${testName}" failed:\n${lines.join("\n")}`);
}

/** Pages opened with JavaScript disabled: axe cannot run inside them (see checkA11y). */
const scriptlessPages = new WeakSet<Page>();

const FAILING_IMPACTS = new Set(["serious", "critical"]);

/**
 * axe with WCAG 2.0/2.1 A and AA rules; fails on serious or critical violations and prints each one with
 * the offending elements.
 *
 * axe needs timers, and chromium runs no timers in a page with scripts disabled (not even for code
 * injected over the DevTools protocol), so a no-JS page is checked through a twin: its exact DOM served at
 * the same URL into a scripts-allowed page whose page scripts a CSP blocks. Stylesheets still come from the
 * server, so colour contrast is measured on the real styles.
 */
export async function checkA11y(page: Page, opts: { exclude?: string[] } = {}): Promise<void> {
  if (!scriptlessPages.has(page)) return analyze(page, page.url(), opts);
  const url = page.url().replace(/#.*$/, "");
  const html = await page.content();
  const twin = await page
    .context()
    .browser()!
    .newContext({ viewport: page.viewportSize() ?? undefined, locale: "id-ID" });
  try {
    const twinPage = await twin.newPage();
    await twinPage.route(
      (u) => u.href.replace(/#.*$/, "") === url,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: "text/html; charset=utf-8",
          headers: { "content-security-policy": "script-src 'none'" },
          body: html,
        }),
      { times: 1 },
    );
    await twinPage.goto(url);
    await analyze(twinPage, `${url} (JavaScript off)`, opts);
  } finally {
    await twin.close();
  }
}

async function analyze(page: Page, label: string, opts: { exclude?: string[] }): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  const result = await builder.analyze();
  const serious = result.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ""));
  if (serious.length === 0) return;
  const lines = serious.flatMap((v) => [
    `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(" ")}\n        ${n.failureSummary?.replace(/\n/g, "\n        ")}`),
    ...(v.nodes.length > 5 ? [`      … and ${v.nodes.length - 5} more`] : []),
  ]);
  throw new Error(`Accessibility violations on ${label}:\n${lines.join("\n")}`);
}

/** The page is not wider than the viewport (checked at 360 px: a cheap phone). */
export async function assertNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) {
    throw new Error(
      `${page.url()} scrolls sideways: ${scrollWidth}px of content in a ${clientWidth}px viewport`,
    );
  }
}

/** Signs in through the real form at /login and waits to leave it. Throws with the page's alert on failure. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await fillLogin(page, username, password);
  await page
    .waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 15_000 })
    .catch(async () => {
      const alert = await page
        .getByRole("alert")
        .allInnerTexts()
        .catch(() => []);
      throw new Error(`sign-in as ${username} failed; page says: ${alert.join(" | ") || "(no alert)"}`);
    });
}

/** Fills and submits the sign-in form on the current page. */
export async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Nama pengguna atau NIP").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}
