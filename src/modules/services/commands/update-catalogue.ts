import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { Actor } from "../../../platform/auth/actor";
import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { parseOrThrow } from "../../../platform/http/validation";
import { units } from "../../../platform/org/schema";
import { can } from "../domain/policy";
import { STANDARD_COMPONENTS, type Standard } from "../domain/standard";
import { serviceOffices, serviceTypes } from "../schema";
import { forgetSnapshot } from "../services.repository";

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(3, `${label} wajib diisi.`)
    .max(max, `${label} paling banyak ${max} karakter.`);

export const ZServiceEdit = z.object({
  name: text("Nama layanan", 120),
  summary: text("Ringkasan", 300),
  slaDays: z.coerce
    .number({ error: "Jangka waktu harus berupa angka." })
    .int("Jangka waktu harus bilangan bulat hari kerja.")
    .min(0, "Jangka waktu paling kecil 0 hari kerja.")
    .max(60, "Jangka waktu paling lama 60 hari kerja."),
  fee: z.coerce
    .number({ error: "Biaya harus berupa angka." })
    .int("Biaya dalam rupiah tanpa desimal.")
    .min(0, "Biaya tidak boleh negatif.")
    .max(100_000_000, "Biaya terlalu besar."),
  legalBasis: text("Dasar hukum", 2000),
  isActive: z.boolean(),
  standard: z.object(
    Object.fromEntries(
      STANDARD_COMPONENTS.map((k) => [k, text("Komponen standar pelayanan", 3000)]),
    ) as Record<keyof Standard, ReturnType<typeof text>>,
  ),
});
export type ServiceEdit = z.infer<typeof ZServiceEdit>;

/** Admin edits a service's standar pelayanan, SLA, fee, legal basis and whether it is open (SPEC §3.4, §4.6). */
export async function updateService(deps: Pick<Deps, "db">, actor: Actor, code: string, raw: unknown) {
  if (!can(actor, "catalogue.edit"))
    throw new AppError("FORBIDDEN", "Hanya admin sistem yang dapat mengubah katalog layanan.");
  const input = parseOrThrow(ZServiceEdit, raw);
  await deps.db.transaction(async (tx) => {
    const [before] = await tx.select().from(serviceTypes).where(eq(serviceTypes.code, code)).for("update");
    if (!before) throw new AppError("NOT_FOUND", "Layanan tidak ditemukan.");
    await tx
      .update(serviceTypes)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(serviceTypes.id, before.id));
    await audit(tx, actor, {
      action: "service_type.update",
      entity: "service_type",
      entityId: before.id,
      before: { slaDays: before.slaDays, fee: before.fee, isActive: before.isActive, name: before.name },
      after: { slaDays: input.slaDays, fee: input.fee, isActive: input.isActive, name: input.name },
    });
  });
  forgetSnapshot(deps.db);
}

export const ZOfficeEdit = z.object({
  maklumat: text("Maklumat pelayanan", 3000),
  address: text("Alamat kantor", 300),
  signerTitle: text("Jabatan penandatangan", 120),
});

/** The office's maklumat pelayanan and letterhead details: admin sistem or the office's own leader. */
export async function updateOffice(deps: Pick<Deps, "db">, actor: Actor, officeId: string, raw: unknown) {
  const input = parseOrThrow(ZOfficeEdit, raw);
  await deps.db.transaction(async (tx) => {
    const [office] = await tx
      .select()
      .from(serviceOffices)
      .where(eq(serviceOffices.id, officeId))
      .for("update");
    if (!office) throw new AppError("NOT_FOUND", "Kantor pelayanan tidak ditemukan.");
    const path = await unitPathOf(tx, office.unitId);
    if (!can(actor, "maklumat.edit", { unitPath: path }))
      throw new AppError("FORBIDDEN", "Anda tidak berwenang mengubah maklumat kantor ini.");
    await tx
      .update(serviceOffices)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(serviceOffices.id, officeId));
    await audit(tx, actor, {
      action: "service_office.update",
      entity: "service_office",
      entityId: officeId,
      unitPath: path,
      before: { maklumat: office.maklumat, address: office.address, signerTitle: office.signerTitle },
      after: input,
    });
  });
  forgetSnapshot(deps.db);
}

async function unitPathOf(tx: Tx, unitId: string) {
  const [u] = await tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  return u?.path ?? "/";
}
