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
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionLost: (err) => log.warn({ reason: err.message }, "koneksi database terputus; dibuka lagi"),
  });
  await database.migrate();
  const deps = {
    db: database.db,
    dbKind: database.kind,
    config,
    log,
    secret: resolveSecret(config.secret, config.dataDir),
    now: () => new Date(),
  };
  await seedIfWanted(deps, log);
  const stopBackground = config.runWorkers ? startBackground(deps) : async () => {};
  const app = buildApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info({ port: info.port, db: database.kind }, `SIGAP berjalan di ${config.baseUrl}`);
  });

  // Graceful shutdown: stop taking requests, let in-flight ones finish, stop workers, close the database
  // (PGlite must be closed cleanly to keep its files consistent).
  let stopping = false;
  const shutdown = async (signal: string) => {
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
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error(`SIGAP gagal dijalankan: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exit(1);
});
