import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The house rules of ARCHITECTURE §3 are enforced by tools, not by this file: dependency-cruiser
 * (.dependency-cruiser.cjs, `npm run lint:arch`) for imports, biome's noProcessEnv (biome.json) for the
 * environment. This test proves that each rule fires on a planted violation in a scratch tree, that allowed
 * imports stay allowed, and that the real tree passes with only the recorded known violations.
 */
const repo = resolve(__dirname, "..");
const depcruise = join(repo, "tools/arch/node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const biome = join(repo, "node_modules/@biomejs/biome/bin/biome");

type Violation = { from: string; to: string; rule: { name: string; severity: string } };

function cruise(cwd: string, extra: string[] = []): { violations: Violation[]; modules: number } {
  if (!existsSync(depcruise)) {
    throw new Error("dependency-cruiser is missing: `npm ci` installs it into tools/arch (postinstall)");
  }
  const run = spawnSync(
    process.execPath,
    [depcruise, "src", "--config", join(repo, ".dependency-cruiser.cjs"), "--output-type", "json", ...extra],
    { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser failed:\n${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  // Known violations (--ignore-known) come back with severity "ignore".
  const violations = result.summary.violations.filter((v) => v.rule.severity !== "ignore");
  return { violations, modules: result.summary.totalCruised };
}

/** A scratch repository: the given files under a temp folder, with the real node_modules linked in. */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sigap-arch-"));
  scratchDirs.push(dir);
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** Each planted file and the one rule it must trip (null: an allowed import that must not trip any). */
const PLANTED: Record<string, [rule: string | null, source: string]> = {
  "src/platform/leak.ts": ["platform-not-to-modules", 'export { x } from "../modules/demo";'],
  "src/platform/leak.test.ts": [null, 'export { x } from "../modules/demo";'],
  "src/app.ts": [null, 'export { x } from "./modules/demo";'],
  "src/modules/other/reach.ts": ["module-through-index", 'export { t } from "../demo/schema";'],
  "src/modules/other/door.ts": [null, 'export { x } from "../demo";'],
  "src/modules/other/tables.ts": ["module-not-to-schema-index", 'export * from "../../db/schema";'],
  "src/modules/demo/domain/hono.ts": ["domain-pure", 'export { Hono } from "hono";'],
  "src/modules/demo/domain/hono-jsx.ts": ["domain-pure", 'export type { Child } from "hono/jsx";'],
  "src/modules/demo/domain/zod-openapi.ts": ["domain-pure", 'export { z } from "@hono/zod-openapi";'],
  "src/modules/demo/domain/drizzle.ts": ["domain-pure", 'export type { SQL } from "drizzle-orm";'],
  "src/modules/demo/domain/pg.ts": ["domain-pure", 'export { default } from "pg";'],
  "src/modules/demo/domain/pglite.ts": ["domain-pure", 'export { PGlite } from "@electric-sql/pglite";'],
  "src/modules/demo/domain/http.ts": ["domain-pure", 'export { y } from "../../../platform/http/render";'],
  "src/modules/demo/domain/db.ts": ["domain-pure", 'export type { Db } from "../../../db/client";'],
  "src/modules/demo/domain/ok.ts": [null, 'export { z } from "zod";'],
  "src/modules/demo/views/query.tsx": ["views-no-queries", 'export { find } from "../queries/find";'],
  "src/modules/demo/views/command.tsx": ["views-no-queries", 'export { act } from "../commands/act";'],
  "src/modules/demo/views/repo.tsx": ["views-no-queries", 'export { load } from "../demo.repository";'],
  "src/modules/demo/views/row-type.tsx": [null, 'export type { Row } from "../queries/find";'],
  "src/modules/demo/views/orm.tsx": ["views-no-db", 'export type { SQL } from "drizzle-orm";'],
  "src/modules/demo/views/db.tsx": ["views-no-db", 'export type { Db } from "../../../db/client";'],
  "src/modules/demo/broken.ts": ["not-to-unresolvable", 'export { gone } from "./no-such-file";'],
};
const SUPPORT: Record<string, string> = {
  "src/modules/demo/index.ts": "export const x = 1;",
  "src/modules/demo/schema.ts": "export const t = 1;",
  "src/modules/demo/demo.repository.ts": "export const load = () => 1;",
  "src/modules/demo/queries/find.ts": "export type Row = { id: string };\nexport const find = () => 1;",
  "src/modules/demo/commands/act.ts": "export const act = () => 1;",
  "src/platform/http/render.ts": "export const y = 1;",
  "src/db/client.ts": "export type Db = { id: string };",
  "src/db/schema.ts": 'export * from "../modules/demo/schema";',
};

describe("architecture rules (dependency-cruiser)", () => {
  it("each rule fires on its planted violation, and only there", () => {
    const dir = scratch({
      ...SUPPORT,
      ...Object.fromEntries(Object.entries(PLANTED).map(([p, [, s]]) => [p, s])),
    });
    const { violations } = cruise(dir);
    const fired = new Map<string, string[]>();
    for (const v of violations) fired.set(v.from, [...(fired.get(v.from) ?? []), v.rule.name]);
    const expected = Object.fromEntries(
      Object.entries(PLANTED).map(([path, [rule]]) => [path, rule ? [rule] : []]),
    );
    const actual = Object.fromEntries(Object.keys(PLANTED).map((path) => [path, fired.get(path) ?? []]));
    expect(actual).toEqual(expected);
  });

  it("the real tree has no violation beyond the recorded known ones", () => {
    const { violations, modules } = cruise(repo, [
      "--ignore-known",
      join(repo, ".dependency-cruiser-known-violations.json"),
    ]);
    // A parser that silently reads nothing (dependency-cruiser cannot parse TypeScript with TypeScript 7)
    // would pass every rule: the tree has a few hundred modules.
    expect(modules).toBeGreaterThan(250);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });
});

describe("process.env only in src/config.ts (biome noProcessEnv)", () => {
  it("fires outside config.ts and the exempt test and tooling files", () => {
    const source = "export const port = process.env.PORT;\n";
    const dir = scratch({
      "src/config.ts": source,
      "src/platform/leak.ts": source,
      "src/modules/demo/index.ts": source,
      "src/platform/leak.test.ts": source,
    });
    copyFileSync(join(repo, "biome.json"), join(dir, "biome.json"));
    const run = spawnSync(process.execPath, [biome, "lint", "--max-diagnostics=50", "src"], {
      cwd: dir,
      encoding: "utf8",
    });
    const output = `${run.stdout}\n${run.stderr}`;
    const flagged = [...output.matchAll(/^(\S+\.ts):\d+:\d+ lint\/style\/noProcessEnv/gm)].map((m) => m[1]);
    expect(flagged.sort()).toEqual(["src/modules/demo/index.ts", "src/platform/leak.ts"]);
  });
});
