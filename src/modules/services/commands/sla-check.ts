import { sql } from "drizzle-orm";
import { queryRows } from "../../../db/client";
import type { Deps } from "../../../platform/http/context";
import { formatDate } from "../../../platform/i18n/format";
import { queueNotification } from "../../../platform/outbox/outbox";
import { dueSoonLimit } from "../domain/sla";
import { closestLeaders, officersFor } from "../services.repository";
import { clockOf } from "./context";

type Due = {
  id: string;
  reference: string;
  due_date: string;
  assigned_to: string | null;
  current_unit_path: string;
  service_name: string;
};

const BATCH = 200;

/**
 * The SLA job (SPEC §3.4, every 5 minutes): requests due today or on the next working day get a warning,
 * overdue ones a breach flag; each is told once (the flag is set in the same transaction as the messages)
 * to the assigned officer (or the unit's officers) and, for a breach, to the unit's leader. Small batches
 * keep each transaction short on the embedded database.
 */
export async function runSlaCheck(
  deps: Pick<Deps, "db" | "now">,
): Promise<{ warned: number; breached: number }> {
  const { cal, today } = await clockOf(deps.db, deps.now());
  const limit = dueSoonLimit(cal, today);
  const open = sql`status in ('DIAJUKAN','DIVERIFIKASI','DIPROSES','MENUNGGU_TTD') and due_date is not null`;
  const pick = (flag: string, range: ReturnType<typeof sql>) =>
    deps.db.transaction(async (tx) => {
      const rows = await queryRows<Due>(
        tx,
        sql`
        update service_requests r set ${sql.raw(flag)} = now()
        from service_types s
        where s.id = r.service_id and r.id in (
          select id from service_requests where ${open} and ${sql.raw(flag)} is null and ${range}
          order by due_date limit ${BATCH} for update skip locked)
        returning r.id, r.reference, r.due_date::text as due_date, r.assigned_to, r.current_unit_path, s.name as service_name`,
      );
      const breach = flag === "sla_breached_at";
      for (const r of rows) {
        const to = r.assigned_to
          ? [{ id: r.assigned_to }]
          : (await officersFor(tx, r.current_unit_path)).map((o) => ({ id: o.id }));
        const leaders = breach ? await closestLeaders(tx, r.current_unit_path) : [];
        if (to.length + leaders.length === 0) continue;
        const emails = await queryRows<{ id: string; email: string | null }>(
          tx,
          sql`select id, email from users where id in (${sql.join(
            [...to, ...leaders].map((u) => sql`${u.id}`),
            sql`, `,
          )})`,
        );
        for (const u of emails) {
          await queueNotification(
            tx,
            { userId: u.id, email: u.email },
            {
              subject: `${breach ? "Lewat batas waktu" : "Mendekati batas waktu"}: ${r.reference}`,
              body: `${r.service_name} ${breach ? "melewati" : "harus selesai paling lambat"} batas waktu ${formatDate(r.due_date)}.`,
              link: `/staf/layanan/permohonan/${r.id}`,
            },
          );
        }
      }
      return rows.length;
    });
  let warned = 0;
  let breached = 0;
  for (;;) {
    const n = await pick("sla_breached_at", sql`due_date < ${today}`);
    breached += n;
    if (n < BATCH) break;
  }
  for (;;) {
    const n = await pick("sla_warned_at", sql`due_date >= ${today} and due_date <= ${limit}`);
    warned += n;
    if (n < BATCH) break;
  }
  return { warned, breached };
}
