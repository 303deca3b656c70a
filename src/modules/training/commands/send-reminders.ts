import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../../platform/http/context";
import { todayJakarta } from "../../../platform/i18n/format";
import { isReminderSeason } from "../domain/jp";
import { jpRows } from "../queries/jp";
import { trainingEnrolments, trainingSessions } from "../schema";
import { claimNotice, findEmployees, findSession, notifyEmployee } from "../training.repository";
import { sessionLink, whenText, whereText } from "./seats";

/**
 * From 1 October (SPEC §3.3: "reminders to those behind in the last quarter"), tells each ASN below their
 * JP target once a month how many JP they still need, with a link to the catalogue. Idempotent per month.
 */
export async function sendJpReminders(deps: Deps): Promise<number> {
  const today = todayJakarta(deps.now());
  if (!isReminderSeason(today)) return 0;
  const year = Number(today.slice(0, 4));
  const behind = (await jpRows(deps.db, { year })).filter((r) => r.state === "tertinggal");
  if (behind.length === 0) return 0;
  const people = new Map(
    (
      await findEmployees(
        deps.db,
        behind.map((b) => b.employeeId),
      )
    ).map((p) => [p.id, p]),
  );
  let sent = 0;
  await deps.db.transaction(async (tx) => {
    for (const r of behind) {
      if (!(await claimNotice(tx, `jp:${r.employeeId}:${today.slice(0, 7)}`))) continue;
      const p = people.get(r.employeeId);
      if (!p) continue;
      await notifyEmployee(tx, p, {
        subject: `Pengingat JP ${year}: kurang ${r.target - r.earned} JP`,
        body:
          `JP pengembangan kompetensi Anda tahun ${year} baru ${r.earned} dari target ${r.target} JP ` +
          `(PP 11/2017 jo. PP 17/2020). Pilih pelatihan yang masih dibuka atau ajukan pelatihan eksternal sebelum 31 Desember.`,
        link: "/staf/pelatihan/katalog",
      });
      sent++;
    }
  });
  return sent;
}

/** The day before a session starts, reminds each registered participant (once per session). */
export async function sendSessionReminders(deps: Deps): Promise<number> {
  const today = todayJakarta(deps.now());
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const sessions = await deps.db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(
      and(eq(trainingSessions.startsOn, tomorrow), inArray(trainingSessions.status, ["dibuka", "ditutup"])),
    );
  let sent = 0;
  for (const { id } of sessions) {
    const s = (await findSession(deps.db, id))!;
    const enrolled = await deps.db
      .select({ id: trainingEnrolments.id, employeeId: trainingEnrolments.employeeId })
      .from(trainingEnrolments)
      .where(and(eq(trainingEnrolments.sessionId, id), eq(trainingEnrolments.status, "terdaftar")));
    const people = new Map(
      (
        await findEmployees(
          deps.db,
          enrolled.map((e) => e.employeeId),
        )
      ).map((p) => [p.id, p]),
    );
    await deps.db.transaction(async (tx) => {
      for (const e of enrolled) {
        if (!(await claimNotice(tx, `session:${e.id}:${s.startsOn}`))) continue;
        const p = people.get(e.employeeId);
        if (!p) continue;
        await notifyEmployee(tx, p, {
          subject: `Pengingat: ${s.courseTitle} besok`,
          body: `${s.courseTitle} dimulai besok, ${whenText(s)}, di ${whereText(s)}. Bawa ponsel untuk presensi dengan kode QR.`,
          link: sessionLink(s.id),
        });
        sent++;
      }
    });
  }
  return sent;
}
