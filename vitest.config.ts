import { defineConfig } from "vitest/config";

/**
 * Three projects: pure unit tests once; database tests (*.db.test.ts) on the embedded PGlite always and on
 * the PostgreSQL server when TEST_DATABASE_URL is set (CI sets it). E2E lives in vitest.e2e.config.ts.
 */
const dbProject = (name: "pglite" | "postgres") => ({
  extends: true as const,
  test: {
    name,
    include: ["src/**/*.db.test.ts"],
    env: { SIGAP_TEST_DB: name },
    globalSetup: ["src/platform/testing/global-setup.ts"],
  },
});

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.db.test.ts"] },
      },
      dbProject("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [dbProject("postgres")] : []),
    ],
  },
});
