import { randomInt } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { type Executor, queryRows } from "../../../db/client";
import { users } from "../../../platform/auth/schema";
import { loadActor } from "../../../platform/auth/sessions";
import { loadCalendar } from "../../../platform/calendar/calendar-store";
import { documents } from "../../../platform/documents/schema";
import type { Deps } from "../../../platform/http/context";
import { todayJakarta } from "../../../platform/i18n/format";
import { buildNip } from "../../../platform/identifiers";
import { submitRequest } from "../commands/submit-request";
import { transitionRequest } from "../commands/transition-request";
import { newPin, pinHash } from "../domain/reference";
import type { Status } from "../domain/workflow";
import {
  serviceBusinesses,
  serviceNumberCounters,
  serviceRequestAttachments,
  serviceRequestHistory,
  serviceRequests,
} from "../schema";
import { listOffices, listServices, type OfficeRow, officersFor } from "../services.repository";
import { ANSWERS_FOR_DEMO } from "./demo-answers";
import { generateRequests, mulberry32, type Person, type Signer } from "./generate";

/** Requests of the demo year (SPEC §5). ~2,000 rows insert in a few seconds on PGlite. */
export const DEMO_REQUESTS = 2_000;

/**
 * Fixed demo requests with known references and PINs, documented in docs/services.md so the tracking page can
 * be tried at once: a finished letter, one waiting for the citizen's correction, one waiting for the lurah's
 * signature and an ahli waris letter waiting for the camat.
 */
export const DEMO_TRACKING: {
  reference: string;
  pin: string;
  code: string;
  path: [string, Status, string?][];
}[] = [
  {
    reference: "MM-2611-DEM2",
    pin: "246810",
    code: "SKD",
    path: [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
      ["lurah.terjun", "SELESAI"],
    ],
  },
  {
    reference: "MM-2611-DEM3",
    pin: "135790",
    code: "SKTM",
    path: [
      [
        "petugas.terjun",
        "PERLU_PERBAIKAN",
        "Foto Kartu Keluarga tidak terbaca. Mohon unggah ulang yang jelas.",
      ],
    ],
  },
  {
    reference: "MM-2611-DEM4",
    pin: "112233",
    code: "SKU",
    path: [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
    ],
  },
  {
    reference: "MM-2611-DEM5",
    pin: "445566",
    code: "SKAW",
    path: [
      ["petugas.terjun", "DIVERIFIKASI"],
      ["petugas.terjun", "DIPROSES"],
      ["petugas.terjun", "MENUNGGU_TTD"],
      ["lurah.terjun", "SELESAI"],
    ],
  },
];

/** Who signs each office's letters in the demo: its leader's account, or a generated lurah with a valid NIP. */
async function signersOf(db: Executor, offices: OfficeRow[]): Promise<Map<string, Signer>> {
  const rand = mulberry32(77);
  const out = new Map<string, Signer>();
  for (const o of offices) {
    const leaderPath = o.unitKind === "kelurahan" ? o.unitPath : `/${o.unitPath.split("/")[1]}/`;
    const [leader] = await queryRows<{ name: string; nip: string | null }>(
      db,
      sql`select u.display_name as name, u.nip from users u join user_roles r on r.user_id = u.id and r.role = 'pimpinan'
          join units un on un.id = r.unit_id where un.path = ${leaderPath} and u.is_active limit 1`,
    );
    const nip =
      leader?.nip ??
      buildNip({
        birthDate: `197${Math.floor(rand() * 10)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
        tmt: "2000-03",
        sex: "L",
        sequence: 1 + Math.floor(rand() * 9),
      });
    out.set(o.id, {
      name:
        leader?.name ??
        `${["Ahmad", "Syahrul", "Hendra", "Fauzi", "Rizal"][Math.floor(rand() * 5)]} ${["Nasution", "Lubis", "Harahap", "Siregar", "Daulay"][Math.floor(rand() * 5)]}, S.STP`,
      nip,
      title: o.signerTitle,
    });
  }
  return out;
}

async function insertChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Bulk insert of generated requests (demo and benchmark); documents first, their rows point to them. */
export async function insertGenerated(db: Executor, g: ReturnType<typeof generateRequests>) {
  await insertChunks(g.documents, 500, (c) => db.insert(documents).values(c));
  await insertChunks(g.requests, 400, (c) => db.insert(serviceRequests).values(c));
  await insertChunks(g.history, 1000, (c) => db.insert(serviceRequestHistory).values(c));
  await insertChunks(g.attachments, 1000, (c) => db.insert(serviceRequestAttachments).values(c));
  await insertChunks(g.businesses, 500, (c) => db.insert(serviceBusinesses).values(c));
  for (const [key, last] of g.counters) {
    const [classification, letterCode, year] = key.split("|");
    await db
      .insert(serviceNumberCounters)
      .values({ classification: classification!, letterCode: letterCode!, year: Number(year), last })
      .onConflictDoUpdate({
        target: [
          serviceNumberCounters.classification,
          serviceNumberCounters.letterCode,
          serviceNumberCounters.year,
        ],
        set: { last: sql`greatest(${serviceNumberCounters.last}, ${last})` },
      });
  }
}

/** Inputs of the generator read from the database: catalogue, offices, officers and signers. */
export async function generatorInputs(db: Executor) {
  const [services, offices] = await Promise.all([listServices(db, { activeOnly: false }), listOffices(db)]);
  const officers = new Map<string, Person[]>();
  for (const o of offices) officers.set(o.id, await officersFor(db, o.unitPath));
  return { services, offices, officers, signers: await signersOf(db, offices), cal: await loadCalendar(db) };
}

export async function seedServicesDemo(deps: Deps): Promise<void> {
  const [existing] = await queryRows<{ n: number }>(
    deps.db,
    sql`select count(*)::int as n from service_requests`,
  );
  if (Number(existing!.n) > 0) return;
  const inputs = await generatorInputs(deps.db);
  const today = todayJakarta(deps.now());
  const generated = generateRequests({
    ...inputs,
    today,
    count: DEMO_REQUESTS,
    seed: 2026,
    // Generated requests get PINs nobody knows; the fixed ones below are for trying tracking.
    pinHashOf: (reference) => pinHash(deps.secret, reference, newPin(randomInt)),
    taken: new Set(DEMO_TRACKING.map((d) => d.reference)),
  });
  await deps.db.transaction((tx) => insertGenerated(tx, generated));

  for (const demo of DEMO_TRACKING) {
    const submitted = await submitRequest(deps, null, {
      serviceCode: demo.code,
      applicant: {
        nik: "1271124508900003",
        name: "Siti Aminah",
        phone: "081234567890",
        email: "siti.aminah@contoh.id",
        address: "Jl. Marelan Raya No. 5, Lingkungan III",
        kelurahan: "MM.1003",
      },
      fields: ANSWERS_FOR_DEMO[demo.code]!,
      documents: {
        ktp: "bawa",
        kk: "bawa",
        pengantar: "bawa",
        akta_kematian: "bawa",
        kk_pewaris: "bawa",
        ktp_ahli_waris: "bawa",
        pernyataan: "bawa",
      },
      uploads: [],
      channel: "web",
      idempotencyKey: null,
    });
    await deps.db
      .update(serviceRequests)
      .set({ reference: demo.reference, pinHash: pinHash(deps.secret, demo.reference, demo.pin) })
      .where(eq(serviceRequests.id, submitted.requestId));
    for (const [username, to, note] of demo.path) {
      const [user] = await deps.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      const actor = user ? await loadActor(deps.db, user.id) : null;
      if (!actor) break;
      await transitionRequest(
        deps,
        { kind: "staff", actor },
        { requestId: submitted.requestId, to, note: note ?? null },
      );
    }
  }
}
