import { eq, sql } from "drizzle-orm";
import { queryRows } from "../../../db/client";
import { users } from "../../../platform/auth/schema";
import { csvLines } from "../../../platform/export/spreadsheet";
import type { Deps } from "../../../platform/http/context";
import { buildNiPppk, buildNip } from "../../../platform/identifiers";
import { createTestContext, type TestContext, unitByCode } from "../../../platform/testing/test-app";
import { positions } from "../schema";
import { DEMO_PASSWORD, seedDemoEmployees } from "../seed/insert";

/** A fresh test database holding the demo roster and its accounts. */
export async function createDemoContext(): Promise<TestContext> {
  const ctx = await createTestContext();
  await seedDemoEmployees(ctx.deps);
  return ctx;
}

/** A client logged in as a demo account (they all share the demo password). */
export const loginDemo = (ctx: TestContext, username: string) => ctx.client().login(username, DEMO_PASSWORD);

/**
 * A valid, unique PNS NIP per index: births from 1960-01-01 (999 sequence numbers per day) with a TMT of
 * 1999-11 — a combination the demo roster (CPNS at age 22–35) never produces.
 */
export function testNip(i: number, sex: "L" | "P" = i % 2 ? "P" : "L"): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 999) * 86400_000).toISOString().slice(0, 10);
  return buildNip({ birthDate: birth, tmt: "1999-11", sex, sequence: (i % 999) + 1 });
}

export function testNiPppk(i: number, sex: "L" | "P" = "P"): string {
  const birth = new Date(Date.UTC(1961, 0, 1) + Math.floor(i / 999) * 86400_000).toISOString().slice(0, 10);
  return buildNiPppk({ birthDate: birth, appointmentYear: 2023, code: 21, sex, sequence: (i % 999) + 1 });
}

export async function positionIdByCode(deps: Deps, code: string): Promise<string> {
  const [p] = await deps.db.select({ id: positions.id }).from(positions).where(eq(positions.code, code));
  if (!p) throw new Error(`position ${code} not in reference data`);
  return p.id;
}

export const unitIdByCode = async (deps: Deps, code: string) => (await unitByCode(deps, code)).id;

/** The employee behind a demo account (seedDemoEmployees). */
export async function employeeIdOf(deps: Deps, username: string): Promise<string> {
  const [u] = await deps.db.select({ id: users.employeeId }).from(users).where(eq(users.username, username));
  if (!u?.id) throw new Error(`demo account ${username} has no employee`);
  return u.id;
}

/** A valid create body for the API (a PNS staff member of the PATEN seksi unless overridden). */
export async function employeeBody(deps: Deps, i: number, overrides: Record<string, unknown> = {}) {
  return {
    nip: testNip(i),
    asnType: "PNS",
    name: `Pegawai Uji ${i}`,
    golongan: "III/a",
    unitId: await unitIdByCode(deps, "MM.PATEN"),
    positionId: await positionIdByCode(deps, "MM.PATEN.PDP"),
    tmtJabatan: "2020-01-02",
    education: "S1 Ilmu Pemerintahan",
    email: `uji${i}@medanmarelan.go.id`,
    phone: "081234567890",
    ...overrides,
  };
}

/** Excel-style CSV bytes: UTF-8 with BOM, `;`-separated. */
export const csvBytes = (rows: string[][], delimiter: ";" | "," = ";") =>
  new TextEncoder().encode(`\uFEFF${csvLines(rows, delimiter)}`);

export const SIASN_HEADERS = [
  "NIP BARU",
  "NAMA",
  "GELAR DEPAN",
  "GELAR BELAKANG",
  "GOL RUANG AKHIR",
  "UNOR NAMA",
  "JABATAN NAMA",
];

/** Import rows in SIASN's layout, spread over the PATEN seksi and Kelurahan Terjun. */
export function siasnRows(from: number, count: number): string[][] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return i % 2
      ? [testNip(i), `Impor Uji ${i}`, "", "S.Sos.", "III/b", "MM.PATEN", "Pengolah Data Pelayanan"]
      : [testNip(i), `Impor Uji ${i}`, "Drs.", "", "II/c", "Kelurahan Terjun", ""];
  });
}

export async function countEmployees(deps: Deps): Promise<number> {
  const [r] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from employees`);
  return Number(r!.n);
}

export async function auditRows(deps: Deps, action: string) {
  return queryRows<{ entity_id: string | null; before: unknown; after: unknown }>(
    deps.db,
    sql`select entity_id, before, after from audit_log where action = ${action} order by seq`,
  );
}
