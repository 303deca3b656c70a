import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import { queryRows } from "./db/client";
import { modules } from "./modules";
import { seedHolidayTable } from "./platform/calendar/calendar-store";
import type { Deps } from "./platform/http/context";

/** Reference data every installation needs; each step is idempotent. */
export async function seedReference(deps: Deps): Promise<void> {
  await seedHolidayTable(deps.db);
  for (const m of modules) await m.seedReference?.(deps);
}

async function isEmpty(deps: Deps): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from users`);
  return Number(row!.n) === 0;
}

/**
 * SIGAP_DEMO (SPEC §5): demo data never appears unless the operator asked for it (1) or the database is
 * the embedded default and still empty (auto).
 */
export async function seedIfWanted(deps: Deps, log: Logger): Promise<void> {
  await seedReference(deps);
  const mode = deps.config.demo;
  const wanted = mode === "1" || (mode === "auto" && deps.dbKind === "pglite");
  if (!wanted || !(await isEmpty(deps))) return;
  log.info("mengisi data demo Kecamatan Medan Marelan…");
  await seedDemo(deps);
  log.info("data demo siap");
}

export async function seedDemo(deps: Deps): Promise<void> {
  for (const m of modules) await m.seedDemo?.(deps);
}
