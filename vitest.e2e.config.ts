import { defineConfig } from "vitest/config";

/**
 * Browser journeys (e2e/**\/*.e2e.ts): a real, compiled SIGAP child process per file (dist/, built once by
 * the global setup), driven by Debian's chromium through playwright-core. One file at a time: each file
 * starts its own server and browser, and two cores are not enough to run several side by side without
 * timing noise.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // A journey checks a dozen pages with axe; on a busy 2-core machine that took 90 s at load 9 and 185 s at
    // load 25. The waits inside are on conditions, so a generous ceiling costs nothing when all is well.
    testTimeout: 360_000,
    // beforeAll starts SIGAP on a fresh data folder (initdb, migrations, demo data: over 2 minutes at load 18)
    // and chromium; sigap-process gives the server 5 minutes.
    hookTimeout: 360_000,
    teardownTimeout: 30_000,
  },
});
