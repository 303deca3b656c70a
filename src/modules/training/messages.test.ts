import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainingMessages } from "./messages";

/** Keys that name audit actions or registrations (profile section), not interface text. */
const AUDIT =
  /^training\.(jp$|enrolment|attendance\.(checkin|remove)|course|question|session\.(create|update|cancel|complete)|assessment|standard|settings\.jpTargets|external\.(submit|verify|reject)|test\.(start|submit)|survey\.submit)/;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !n.endsWith(".test.ts") ? [p] : [];
  });

describe("training messages", () => {
  it("has every key in both languages", () => {
    expect(Object.keys(trainingMessages.en).sort()).toEqual(Object.keys(trainingMessages.id).sort());
  });

  it("defines every key the pages use", () => {
    const used = new Set<string>();
    for (const f of files(__dirname)) {
      const src = readFileSync(f, "utf8");
      for (const m of src.matchAll(/t\(\s*"(training\.[\w.]+)"/g)) used.add(m[1]!);
      for (const m of src.matchAll(/(?:labelKey|key):\s*"(training\.[\w.]+)"/g)) used.add(m[1]!);
      for (const m of src.matchAll(/\[[^\]]*?"(training\.hr\.[\w.]+)"/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !AUDIT.test(k) && !(k in trainingMessages.id));
    expect(missing).toEqual([]);
  });
});
