import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/client";
import { employees, positions } from "../../src/modules/employees/schema";
import { searchTextOf } from "../../src/modules/employees/search-text";
import {
  BACK_TITLES,
  buildPersonName,
  FRONT_TITLES,
  withTitles,
} from "../../src/modules/employees/seed/names";
import { buildNip } from "../../src/platform/identifiers";
import { mulberry32 } from "./random";

const GOLONGAN = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"];
const EDUCATION = ["SMA", "D3", "D4", "S1", "S1", "S1", "S2"];
/** Rows per INSERT: 1,000 rows × ~15 parameters stays well under PostgreSQL's 65,535 bind parameters. */
const BATCH = 1_000;

/**
 * Inserts `count` synthetic PNS into non-head positions of the seeded org tree: realistic names (the demo
 * name builder), valid unique NIPs (buildNip), deterministic for a given seed. Runs while the server is
 * stopped (PGlite allows one process) or beside it (PostgreSQL).
 */
export async function insertEmployees(db: Db, count: number, seed = 20_000): Promise<number> {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pad = (n: number) => String(n).padStart(2, "0");
  const slots = await db
    .select({ id: positions.id, unitId: positions.unitId })
    .from(positions)
    .where(eq(positions.isHead, false));
  if (slots.length === 0) throw new Error("no positions: start the server once so reference data is seeded");
  const taken = new Set((await db.select({ nip: employees.nip }).from(employees)).map((r) => r.nip));

  let inserted = 0;
  while (inserted < count) {
    const rows: (typeof employees.$inferInsert)[] = [];
    while (rows.length < Math.min(BATCH, count - inserted)) {
      const sex = rand() < 0.5 ? "L" : "P";
      const birthYear = int(1966, 2000);
      const birthDate = `${birthYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
      const tmt = `${int(birthYear + 20, Math.min(birthYear + 35, 2025))}-${pad(int(1, 12))}`;
      const nip = buildNip({ birthDate, tmt, sex, sequence: int(1, 999) });
      if (taken.has(nip)) continue;
      taken.add(nip);
      const person = buildPersonName(rand, sex);
      const name = withTitles(
        person.fullName,
        rand() < 0.05 ? [FRONT_TITLES[int(0, FRONT_TITLES.length - 1)]] : [],
        rand() < 0.6 ? [BACK_TITLES[int(0, BACK_TITLES.length - 1)]] : [],
      );
      const slot = slots[int(0, slots.length - 1)];
      rows.push({
        nip,
        asnType: "PNS",
        name,
        sex,
        birthDate,
        golongan: GOLONGAN[int(0, GOLONGAN.length - 1)],
        positionId: slot.id,
        unitId: slot.unitId,
        tmtJabatan: `${int(2015, 2025)}-${pad(int(1, 12))}-01`,
        education: EDUCATION[int(0, EDUCATION.length - 1)],
        searchText: searchTextOf(name, nip),
      });
    }
    await db.insert(employees).values(rows);
    inserted += rows.length;
  }
  return inserted;
}
