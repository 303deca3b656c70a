import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house rules of ARCHITECTURE §3.1 as a lint: the platform never imports a module, and modules reach
 * each other only through their index.ts.
 */
const root = resolve(__dirname);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)].map((m) =>
    resolve(dirname(file), m[1]!),
  );
const moduleOf = (path: string) => relative(join(root, "modules"), path).split("/")[0];

describe("architecture", () => {
  it("platform/ never imports a module", () => {
    const offenders = files(join(root, "platform")).flatMap((f) =>
      importsOf(f)
        .filter((target) => target.startsWith(join(root, "modules")))
        .map((target) => `${relative(root, f)} → ${relative(root, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it("modules import other modules only through their index.ts", () => {
    const offenders = files(join(root, "modules")).flatMap((f) =>
      importsOf(f)
        .filter(
          (target) =>
            target.startsWith(join(root, "modules")) &&
            moduleOf(target) !== moduleOf(f) &&
            moduleOf(target) !== "index.ts",
        )
        .filter(
          (target) =>
            target !== join(root, "modules", moduleOf(target)!, "index") &&
            target !== join(root, "modules", moduleOf(target)!),
        )
        .map((target) => `${relative(root, f)} → ${relative(root, target)}`),
    );
    expect(offenders).toEqual([]);
  });
});
