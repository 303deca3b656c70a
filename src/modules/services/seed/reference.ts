import { inArray, sql } from "drizzle-orm";
import { queryRows } from "../../../db/client";
import type { Deps } from "../../../platform/http/context";
import { units } from "../../../platform/org/schema";
import { STANDARD_COMPONENTS, type Standard } from "../domain/standard";
import { serviceOffices, serviceTypes } from "../schema";
import { MAKLUMAT, seedOffices, seedServices } from "./catalogue-data";

/**
 * Reference data (runs at every start, writes only into empty tables): the offices of the units that exist
 * and the service catalogue. Afterwards both are admin-edited data.
 */
export async function seedServicesReference(deps: Deps): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [offices] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_offices`);
    if (Number(offices!.n) === 0) {
      const unitRows = await tx
        .select({ id: units.id, code: units.code })
        .from(units)
        .where(
          inArray(
            units.code,
            seedOffices.map((o) => o.unitCode),
          ),
        );
      const idOf = new Map(unitRows.map((u) => [u.code, u.id]));
      const rows = seedOffices
        .filter((o) => idOf.has(o.unitCode))
        .map(({ unitCode, ...o }) => ({
          ...o,
          unitId: idOf.get(unitCode)!,
          maklumat: MAKLUMAT(
            o.letterheadName.startsWith("Kelurahan")
              ? `Kantor Lurah ${o.letterheadName.slice(10)}`
              : "Kantor Camat Medan Marelan",
          ),
        }));
      if (rows.length) await tx.insert(serviceOffices).values(rows);
    }
    const [services] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_types`);
    if (Number(services!.n) > 0) return;
    await tx.insert(serviceTypes).values(
      seedServices.map((s, i) => ({
        code: s.code,
        name: s.name,
        summary: s.summary,
        level: s.level,
        needsCamat: s.needsCamat ?? false,
        businessKind: s.businessKind ?? null,
        producesDocument: s.producesDocument ?? true,
        classificationCode: s.classificationCode,
        slaDays: s.slaDays,
        fee: 0,
        legalBasis: s.legalBasis,
        standard: Object.fromEntries(STANDARD_COMPONENTS.map((k) => [k, s.standard[k] ?? ""])) as Standard,
        fields: s.fields,
        documents: s.documents,
        template: s.template,
        validityDays: s.validityDays,
        sortOrder: (i + 1) * 10,
      })),
    );
  });
}
