import { serve } from "@hono/node-server";
import { buildApp } from "./app";
import { startBackground } from "./background";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/client";
import { DataDirLockedError } from "./db/lock";
import { createLogger } from "./platform/logger";
import { resolveSecret } from "./platform/secret";
import { seedIfWanted } from "./seed";

async function main() {
  // Signals are taken from the first line on: a SIGTERM during migrations or seeding waits for the step
  // in progress and then stops cleanly (database closed, data-folder lock released, exit 0) instead of
  // killing the process halfway through a PGlite write.
  let stopRequested = false;
  let shutdown = async (_signal: string) => {
    stopRequested = true;
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionLost: (err) => log.warn({ reason: err.message }, "koneksi database terputus; dibuka lagi"),
  });
  const stopIfAsked = async () => {
    if (!stopRequested) return false;
    log.info("dihentikan sebelum selesai dijalankan");
    await database.close();
    process.exit(0);
  };
  await database.migrate();
  if (await stopIfAsked()) return;
  const deps = {
    db: database.db,
    dbKind: database.kind,
    config,
    log,
    secret: resolveSecret(config.secret, config.dataDir),
    now: () => new Date(),
  };
  await seedIfWanted(deps, log);
  if (await stopIfAsked()) return;
  const stopBackground = config.runWorkers ? startBackground(deps) : async () => {};
  const app = buildApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info({ port: info.port, db: database.kind }, `SIGAP berjalan di ${config.baseUrl}`);
  });

  // Graceful shutdown: stop taking requests, let in-flight ones finish, stop workers, close the database
  // (PGlite must be closed cleanly to keep its files consistent).
  let stopping = false;
  shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "menghentikan SIGAP");
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stopBackground();
    await database.close();
    process.exit(0);
  };
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error(`SIGAP gagal dijalankan: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exit(1);
});
