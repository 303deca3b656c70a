import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../../db/client";
import { audit } from "../../audit/audit";
import type { Actor } from "../../auth/actor";
import { parseOrThrow } from "../../http/validation";
import { canPlatform } from "../../platform-policy";
import { assertAllowed } from "../../policy";
import { holidays } from "../schema";

export const ZHoliday = z.object({
  date: z
    .string({ error: "Tanggal wajib diisi." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berformat TTTT-BB-HH.")
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      "Tanggal tidak valid.",
    )
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", "Tahun harus antara 2000 dan 2100."),
  name: z
    .string({ error: "Nama hari libur wajib diisi." })
    .trim()
    .min(3, "Nama hari libur minimal 3 karakter.")
    .max(120, "Nama hari libur maksimal 120 karakter."),
  kind: z.enum(["libur_nasional", "cuti_bersama"], {
    error: "Pilih jenis: libur nasional atau cuti bersama.",
  }),
});

/** Adds or renames a holiday (SPEC §4.5: the calendar is admin-editable data). Audited. */
export async function saveHoliday(db: Db, actor: Actor, input: unknown): Promise<void> {
  assertAllowed(canPlatform(actor, "holidays.manage"));
  const h = parseOrThrow(ZHoliday, input);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(holidays).where(eq(holidays.date, h.date));
    await tx
      .insert(holidays)
      .values(h)
      .onConflictDoUpdate({
        target: holidays.date,
        set: { name: h.name, kind: h.kind, updatedAt: new Date() },
      });
    await audit(tx, actor, {
      action: before ? "holiday.update" : "holiday.create",
      entity: "holiday",
      entityId: h.date,
      before: before ?? null,
      after: h,
    });
  });
}
