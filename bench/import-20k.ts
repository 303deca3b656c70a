/**
 * Times the employee import of 20,000 rows end to end through its commands (upload → mapping and check of
 * every row → commit in one transaction): `npx tsx bench/import-20k.ts [--db=pglite|postgres|both]
 * [--rows=20000]`. Each run uses a fresh database (PGlite in a temp folder; PostgreSQL `sigap_import_bench`
 * on 127.0.0.1, dropped afterwards) with reference and demo data, and prints one line per phase.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { loadConfig } from "../src/config";
import { openDatabase, queryRows } from "../src/db/client";
import { commitInFlight, startCommit } from "../src/modules/employees/commands/commit-import";
import { mapImport } from "../src/modules/employees/commands/map-import";
import { stageImport } from "../src/modules/employees/commands/stage-import";
import { guessMapping } from "../src/modules/employees/domain/column-mapping";
import { seedDemoEmployees } from "../src/modules/employees/seed/insert";
import { csvBytes, SIASN_HEADERS, siasnRows } from "../src/modules/employees/testing/factories";
import { loadActor } from "../src/platform/auth/sessions";
import { createLogger } from "../src/platform/logger";
import { seedReference } from "../src/seed";

const PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const PG_URL = "postgres://postgres@127.0.0.1:5432/sigap_import_bench";

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const rows = Number(args.rows ?? 20_000);
const kinds = args.db === "pglite" || args.db === "postgres" ? [args.db] : ["pglite", "postgres"];

async function adminQuery(q: string) {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(q);
  await admin.end();
}

async function run(kind: string) {
  const dataDir = mkdtempSync(join(tmpdir(), "sigap-import-bench-"));
  if (kind === "postgres") {
    await adminQuery("drop database if exists sigap_import_bench with (force)");
    await adminQuery("create database sigap_import_bench");
  }
  const database = await openDatabase({ databaseUrl: kind === "postgres" ? PG_URL : undefined, dataDir });
  try {
    await database.migrate();
    const log = createLogger("warn");
    const deps = {
      db: database.db,
      dbKind: database.kind,
      config: loadConfig({ SIGAP_DEMO: "0", DATA_DIR: dataDir }),
      log,
      secret: "x".repeat(64),
      now: () => new Date(),
    };
    await seedReference(deps);
    await seedDemoEmployees(deps);
    const [user] = await queryRows<{ id: string }>(
      database.db,
      sql`select id from users where username = 'kepegawaian'`,
    );
    const actor = (await loadActor(database.db, user!.id))!;
    const ctx = { deps, actor, locale: "id" as const, now: new Date() };
    const bytes = csvBytes([SIASN_HEADERS, ...siasnRows(10_000, rows)]);
    const time = async <T>(label: string, f: () => Promise<T>) => {
      const started = performance.now();
      const result = await f();
      console.log(
        `${kind.padEnd(8)} ${label.padEnd(26)} ${((performance.now() - started) / 1000).toFixed(2)} s`,
      );
      return result;
    };
    const id = await time(`upload + parse (${(bytes.length / 1e6).toFixed(1)} MB)`, () =>
      stageImport(ctx, { name: "bench.csv", bytes }),
    );
    const mapping = guessMapping(SIASN_HEADERS);
    const form = Object.fromEntries(Object.entries(mapping).map(([k, v]) => [`map.${k}`, String(v)]));
    await time(`map + check ${rows} rows`, () => mapImport(ctx, id, form));
    await time("commit (one transaction)", async () => {
      await startCommit(ctx, id);
      await commitInFlight(id);
    });
    const [done] = await queryRows<{ status: string; inserted_rows: number }>(
      database.db,
      sql`select status, inserted_rows from employee_imports where id = ${id}`,
    );
    console.log(`${kind.padEnd(8)} result: ${done!.status}, ${done!.inserted_rows} rows`);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (kind === "postgres") await adminQuery("drop database if exists sigap_import_bench with (force)");
  }
}

for (const kind of kinds) await run(kind);
