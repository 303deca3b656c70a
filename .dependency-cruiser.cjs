/**
 * The house rules of ARCHITECTURE §3 that an import can break, checked by dependency-cruiser on resolved
 * paths (not on import strings). Run: `npm run lint:arch`; `.ci/run` runs it as its own stage.
 * `src/architecture.test.ts` plants one violation of each rule in a scratch tree and expects the rule to fire.
 * `process.env` outside src/config.ts is biome's `noProcessEnv` (biome.json), not a rule here.
 *
 * Paths are relative to the repository root. Test files (`*.test.ts(x)`) and the test helpers under
 * `testing/` folders are exempt from the platform rule only: tests may wire a module in, as src/app.ts does.
 * Known violations (work in progress elsewhere) are listed in .dependency-cruiser-known-violations.json
 * and ignored with `--ignore-known`; the list should only shrink.
 */

const TESTS = ["\\.test\\.tsx?$", "(^|/)testing/"];

module.exports = {
  forbidden: [
    {
      name: "platform-not-to-modules",
      comment:
        "src/platform is domain-free: it never imports a module. The wiring that puts modules together lives " +
        "outside src/platform (src/app.ts, main.ts, cli.ts, seed.ts, background.ts, modules/index.ts, and " +
        "db/schema.ts, the all-tables index) and is therefore not covered by this rule; tests are exempt.",
      severity: "error",
      from: { path: "^src/platform/", pathNot: TESTS },
      to: { path: "^src/modules/" },
    },
    {
      name: "module-through-index",
      comment:
        "A module reaches another module only through that module's index.ts (its public door), never its " +
        "tables, commands, queries or views.",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.tsx?$"] },
    },
    {
      name: "module-not-to-schema-index",
      comment:
        "src/db/schema.ts gathers every table of every module for Drizzle; a module imports its own schema.ts " +
        "and the platform's, not the index (which would give it every other module's tables).",
      severity: "error",
      from: { path: "^src/modules/" },
      to: { path: "^src/db/schema\\.ts$" },
    },
    {
      name: "domain-pure",
      comment:
        "domain/ holds pure rules (ARCHITECTURE §3.5): no HTTP framework, no database driver or ORM, no " +
        "platform HTTP helpers, nothing from src/db.",
      severity: "error",
      from: { path: "(^|/)domain/" },
      to: {
        path: [
          "(^|/)node_modules/(hono|drizzle-orm|pg|@electric-sql/[^/]+|@hono/[^/]+)/",
          "^src/platform/http/",
          "^src/db/",
        ],
      },
    },
    {
      name: "views-no-queries",
      comment:
        "views/ render plain view models and run no queries: no repository, query or command is imported " +
        "(a type-only import of a query's view-model type is fine: it runs nothing).",
      severity: "error",
      from: { path: "(^|/)views/" },
      to: {
        path: ["\\.repository\\.tsx?$", "(^|/)queries/", "(^|/)commands/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "views-no-db",
      comment: "views/ know nothing of the database: neither the ORM nor src/db, not even their types.",
      severity: "error",
      from: { path: "(^|/)views/" },
      to: { path: ["(^|/)node_modules/drizzle-orm/", "^src/db/"] },
    },
    {
      name: "not-to-unresolvable",
      comment:
        "An import the cruiser cannot resolve would escape every rule above (and is a broken import anyway).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count: a domain file importing a type from drizzle-orm is coupled to it too.
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|src/db/migrations)/" },
    // Node built-ins ("node:fs") resolve to core modules; resolve .ts/.tsx like the TypeScript compiler does.
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "types", "default"],
      mainFields: ["module", "main", "types"],
    },
  },
};
