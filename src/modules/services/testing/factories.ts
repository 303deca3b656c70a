import { eq } from "drizzle-orm";
import type { Role } from "../../../platform/auth/actor";
import { users } from "../../../platform/auth/schema";
import type { Deps } from "../../../platform/http/context";
import { todayJakarta } from "../../../platform/i18n/format";
import { createStaff, type TestClient } from "../../../platform/testing/test-app";
import { pinHash } from "../domain/reference";
import type { Status } from "../domain/workflow";
import { serviceRequests } from "../schema";
import { ANSWERS_FOR_DEMO as ANSWERS } from "../seed/demo-answers";
import { findServiceByCode, listOffices, officeFor } from "../services.repository";

export { ANSWERS };

/** Test data for the services module: valid applicants and answers, staff of each kind, requests in any state. */

export const NIK = "1271124508900003";

export const applicant = (over: Record<string, string> = {}) => ({
  nik: NIK,
  name: "Siti Aminah",
  phone: "081234567890",
  email: "siti@contoh.id",
  address: "Jl. Marelan Raya No. 5, Lingkungan III",
  kelurahan: "MM.1003",
  ...over,
});

/** Every required document of a service marked "bawa" (original at the counter). */
export async function bringAll(deps: Deps, code: string) {
  const s = (await findServiceByCode(deps.db, code))!;
  return Object.fromEntries(s.documents.filter((d) => d.required).map((d) => [d.key, "bawa"]));
}

export async function submitJson(
  client: TestClient,
  deps: Deps,
  code: string,
  opts: { applicant?: Record<string, string>; fields?: Record<string, string>; key?: string } = {},
) {
  const res = await client.json(
    "POST",
    "/api/v1/service-requests",
    {
      serviceCode: code,
      applicant: applicant(opts.applicant),
      fields: opts.fields ?? ANSWERS[code],
      documents: await bringAll(deps, code),
    },
    opts.key ? { "idempotency-key": opts.key } : {},
  );
  return res;
}

/** The demo-like staff: officers and leaders of Terjun, Paya Pasir, PATEN and the camat, with NIPs. */
export async function createServiceStaff(deps: Deps) {
  const mk = async (username: string, role: Role, unitCode: string, nip?: string) => {
    const actor = await createStaff(deps, { username, role, unitCode });
    if (nip)
      await deps.db.update(users).set({ nip, displayName: username }).where(eq(users.id, actor.userId));
    return actor;
  };
  return {
    petugasTerjun: await mk("petugas.terjun", "petugas", "MM.1003"),
    lurahTerjun: await mk("lurah.terjun", "pimpinan", "MM.1003", "197811022005011002"),
    petugasPayaPasir: await mk("petugas.payapasir", "petugas", "MM.1005"),
    petugasPaten: await mk("petugas.paten", "petugas", "MM.PATEN"),
    camat: await mk("camat", "pimpinan", "MM", "197605141999031003"),
  };
}

/** A request written straight into the table in any status (for scope, queue and concurrency tests). */
export async function insertRequest(
  deps: Deps,
  opts: {
    code?: string;
    kelurahan?: string;
    status?: Status;
    pin?: string;
    reference?: string;
    dueDate?: string | null;
    applicantName?: string;
    assignedTo?: string | null;
  } = {},
) {
  const code = opts.code ?? "SKD";
  const service = (await findServiceByCode(deps.db, code))!;
  const office = officeFor(
    await listOffices(deps.db),
    service.level as "kelurahan",
    opts.kelurahan ?? "MM.1003",
  )!;
  const today = todayJakarta(deps.now());
  const reference =
    opts.reference ??
    `MM-${today.slice(2, 4)}${today.slice(5, 7)}-${Array.from({ length: 4 }, () => "23456789ABCDEFGHJKMNPQRSTUVWXYZ"[Math.floor(Math.random() * 31)]).join("")}`;
  const pin = opts.pin ?? "123456";
  const [row] = await deps.db
    .insert(serviceRequests)
    .values({
      reference,
      pinHash: pinHash(deps.secret, reference, pin),
      serviceId: service.id,
      officeId: office.id,
      unitPath: office.unitPath,
      currentUnitPath: office.unitPath,
      stage: service.level as "kelurahan",
      status: opts.status ?? "DIAJUKAN",
      channel: "web",
      applicantNik: NIK,
      applicantName: opts.applicantName ?? "Siti Aminah",
      applicantPhone: "081234567890",
      applicantAddress: "Jl. Marelan Raya No. 5",
      applicantKelurahan: opts.kelurahan ?? "MM.1003",
      answers: ANSWERS[code]!,
      submittedOn: today,
      slaDays: service.slaDays,
      dueDate: opts.dueDate === undefined ? today : opts.dueDate,
      assignedTo: opts.assignedTo ?? null,
    })
    .returning();
  return { ...row!, pin };
}
