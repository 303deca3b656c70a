import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDataDirLock, type DataDirLock } from "./lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A query runner: the database or an open transaction. Repositories take either. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tarball (backup). */
  dumpDataDir(): Promise<Blob>;
  close(): Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

/** Opens PostgreSQL when a URL is given, else the embedded PGlite in `dataDir` (exclusively locked). */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  /** PostgreSQL only: an idle connection was lost (server restart, terminated backend). */
  onConnectionLost?: (err: Error) => void;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // pg reports a dead idle connection as an "error" event on the pool, and an unheard "error" event
    // crashes the process. The pool has already dropped that connection and opens a new one for the next
    // query, so a restart of the database server costs SIGAP nothing but this log line.
    pool.on("error", (err) => opts.onConnectionLost?.(err));
    // Fail fast with a readable error instead of at the first request.
    const probe = await pool.connect();
    probe.release();
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePg(db as never, { migrationsFolder }),
      dumpDataDir: () => Promise.reject(new Error("backup of a PostgreSQL server: use pg_dump")),
      close: () => pool.end(),
    };
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const lock: DataDirLock = acquireDataDirLock(opts.dataDir);
  try {
    const client = await PGlite.create(`${opts.dataDir}/pg`);
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      migrate: () => migratePglite(db as never, { migrationsFolder }),
      dumpDataDir: () => client.dumpDataDir("gzip"),
      close: async () => {
        await client.close();
        lock.release();
      },
    };
  } catch (err) {
    lock.release();
    throw err;
  }
}

/** Raw SQL rows, typed by the caller: both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Text to match literally inside a LIKE/ILIKE pattern: `%`, `_` and the escape `\` lose their meaning. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A unique-key violation from either driver (pg, PGlite), possibly wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === "23505") return true;
    e = e.cause as typeof e;
  }
  return false;
}
