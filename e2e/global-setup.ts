import { spawnSync } from "node:child_process";
import { repoRoot } from "./sigap-process";

/** The journeys drive the compiled SIGAP (dist/main.js), as `npm start` runs it: build it once per run. */
export default function setup() {
  const build = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: repoRoot, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
