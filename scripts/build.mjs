/**
 * Production build (decision 007): `npm run build` bundles src/main.ts and src/cli.ts into dist/main.js and
 * dist/cli.js with esbuild, and copies the migrations beside them. `npm start` and `npm run cli` build first.
 *
 * - Packages stay external: Node loads them from node_modules as usual (pdfkit, PGlite, argon2 read their
 *   own files next to their code, which a bundle would break).
 * - Our imports are extensionless (moduleResolution "Bundler"), which Node's ESM loader cannot resolve, so
 *   per-file transpiling (tsc emit) would need every import rewritten; bundling resolves them once.
 * - Files read at run time: dist/ sits one folder below the repository root like src/, so `../public/…`
 *   resolves the same from src/app.ts and dist/main.js; `./migrations` (src/db/client.ts) is relative to
 *   the code, hence the copy into dist/migrations.
 */
import { cpSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = `${root}dist`;

rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ["src/main.ts", "src/cli.ts"],
  outdir: "dist",
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20.19",
  sourcemap: "linked",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
  metafile: true,
});
cpSync(`${root}src/db/migrations`, `${dist}/migrations`, { recursive: true });

const bytes = Object.values(result.metafile.outputs)
  .filter((o) => o.entryPoint)
  .reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/: main.js, cli.js (${Math.round(bytes / 1024)} KiB), migrations`);
