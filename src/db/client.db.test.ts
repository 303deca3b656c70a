import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase, queryRows } from "./client";

const url = process.env.SIGAP_TEST_DB === "postgres" ? process.env.TEST_DATABASE_URL : undefined;

describe.runIf(url)("PostgreSQL connection pool", () => {
  it("survives idle connections being terminated by the server, and answers the next query", async () => {
    const lost: string[] = [];
    // Named, so the test kills only its own connections (other test files share this server).
    const app = `sigap_pool_test_${process.pid}`;
    const databaseUrl = `${url}${url!.includes("?") ? "&" : "?"}application_name=${app}`;
    const database = await openDatabase({
      databaseUrl,
      dataDir: "",
      onConnectionLost: (e) => lost.push(e.message),
    });
    try {
      // Two connections open and go idle; then the server kills every one but the asker's own.
      await Promise.all([
        database.db.execute(sql`select pg_sleep(0.05)`),
        database.db.execute(sql`select pg_sleep(0.05)`),
      ]);
      const [{ n }] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
            where application_name = ${app} and pid <> pg_backend_pid()`,
      );
      expect(n).toBeGreaterThan(0);
      await expect.poll(() => lost.length).toBeGreaterThan(0);
      expect(lost[0]).toContain("terminating connection");
      const rows = await queryRows<{ one: number }>(database.db, sql`select 1 as one`);
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
