import { and, eq, sql } from "drizzle-orm";
import { queryRows, type Tx } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import { issueDocument, renderCertificate } from "../../../platform/documents";
import { AppError } from "../../../platform/errors";
import { type CompletionReason, evaluateCompletion } from "../domain/completion";
import { can } from "../domain/policy";
import { trainingEnrolments, trainingJpCredits, trainingSessions } from "../schema";
import {
  certificateSigner,
  findEmployees,
  lockSession,
  nextCounter,
  notifyEmployee,
  type SessionRow,
  sessionDays,
  type TrainingEmployee,
} from "../training.repository";
import { type Ctx, nowOf, todayOf } from "./context";
import { sessionLink, whenText } from "./seats";

const REASON_TEXT: Record<CompletionReason, string> = {
  kehadiran_kurang: "kehadiran di bawah syarat",
  post_test_belum: "post-test tidak dikerjakan",
  post_test_kurang: "nilai post-test di bawah batas lulus",
};

/** The NIP on the public verification page, partly hidden (it carries the birth date; UU 27/2022). */
export const maskNip = (nip: string) =>
  `${nip.slice(0, 4)}${"•".repeat(Math.max(0, nip.length - 8))}${nip.slice(-4)}`;

/** Certificate numbers: 800.2 (kepegawaian — pendidikan dan pelatihan) / yearly sequence / PLT / year. */
export async function nextCertificateNumber(tx: Tx, year: number): Promise<string> {
  const n = await nextCounter(tx, `certificate:${year}`);
  return `800.2/${String(n).padStart(4, "0")}/PLT/${year}`;
}

/** Issues one training certificate (PDF with a QR to /verify, SPEC §3.9) inside the caller's transaction. */
export async function issueCertificate(
  tx: Tx,
  ctx: Ctx,
  s: SessionRow,
  person: TrainingEmployee,
  signer: Awaited<ReturnType<typeof certificateSigner>>,
  enrolmentId: string,
  number: string,
) {
  const dateText = whenText(s);
  return issueDocument(
    tx,
    ctx.actor,
    ctx.deps,
    {
      kind: "sertifikat_pelatihan",
      title: `Sertifikat Pelatihan ${s.courseTitle}`,
      number,
      subjectName: person.name,
      issuerName: signer.issuerName,
      unitPath: person.unitPath,
      signerName: signer.name,
      signerNip: signer.nip,
      signerTitle: signer.title,
      issuedOn: s.endsOn,
      keyFacts: [
        { label: "NIP", value: maskNip(person.nip) },
        { label: "Pelatihan", value: s.courseTitle },
        { label: "Tanggal pelatihan", value: dateText },
        { label: "Jam pelajaran", value: `${s.courseJp} JP` },
        { label: "Penyelenggara", value: s.courseProvider },
      ],
      sourceEntity: "training_enrolment",
      sourceId: enrolmentId,
    },
    ({ qrPng }) =>
      renderCertificate({
        title: "Sertifikat",
        number,
        recipientName: person.name,
        recipientNip: person.nip,
        courseTitle: s.courseTitle,
        dateText,
        jp: s.courseJp,
        issuerName: signer.issuerName,
        signer: { title: signer.title, name: signer.name, nip: signer.nip },
        qrPng,
      }),
  );
}

/**
 * Closes a session (SPEC §3.3 issue 7): each participant is judged by the course's rule (attendance ≥ x %,
 * post-test ≥ y when the course has questions); those who pass get the course's JP in the ledger and a
 * certificate with a verification QR; the rest are told why. Pending requests and the waitlist are closed.
 * One transaction: either the whole session is completed or nothing is.
 */
export async function completeSession(ctx: Ctx, input: { sessionId: string }) {
  return ctx.deps.db.transaction(async (tx) => {
    const s = await lockSession(tx, input.sessionId);
    if (!can(ctx.actor, "session.manage", { unitPath: s.unitPath }))
      throw new AppError("FORBIDDEN", "Anda tidak mengelola sesi ini.");
    if (s.status === "selesai") throw new AppError("CONFLICT", "Sesi ini sudah dinyatakan selesai.");
    if (s.status === "dibatalkan") throw new AppError("CONFLICT", "Sesi ini dibatalkan.");
    if (todayOf(ctx) < s.endsOn)
      throw new AppError("CONFLICT", "Sesi belum berakhir; kelulusan dihitung setelah hari terakhir.");
    const days = await sessionDays(tx, s.id);
    const rows = await queryRows<{
      id: string;
      employee_id: string;
      attended: number;
      post: number | null;
      questions: number;
    }>(
      tx,
      sql`select e.id, e.employee_id,
        (select count(*)::int from training_attendance a where a.enrolment_id = e.id) as attended,
        (select t.score from training_test_attempts t where t.enrolment_id = e.id and t.phase = 'post' and t.submitted_at is not null) as post,
        (select count(*)::int from training_questions q where q.course_id = ${s.courseId} and q.is_active) as questions
      from training_enrolments e where e.session_id = ${s.id} and e.status = 'terdaftar'
      order by e.created_at`,
    );
    const people = new Map(
      (
        await findEmployees(
          tx,
          rows.map((r) => r.employee_id),
        )
      ).map((p) => [p.id, p]),
    );
    const signer = await certificateSigner(tx, s.unitPath);
    const now = nowOf(ctx);
    const year = Number(s.endsOn.slice(0, 4));
    let passed = 0;
    for (const r of rows) {
      const person = people.get(r.employee_id)!;
      const rule = {
        minAttendancePct: s.minAttendancePct,
        minPostScore: Number(r.questions) > 0 ? s.minPostScore : null,
      };
      const result = evaluateCompletion(rule, {
        attendedDays: Number(r.attended),
        totalDays: days.length,
        postScore: r.post === null ? null : Number(r.post),
      });
      if (result.passed) {
        passed++;
        const number = await nextCertificateNumber(tx, year);
        const doc = await issueCertificate(tx, ctx, s, person, signer, r.id, number);
        await tx.insert(trainingJpCredits).values({
          employeeId: person.id,
          year,
          jp: s.courseJp,
          source: "internal",
          enrolmentId: r.id,
          title: s.courseTitle,
          provider: s.courseProvider,
          mode: s.courseMode,
          startDate: s.startsOn,
          endDate: s.endsOn,
          certificateNumber: number,
        });
        await tx
          .update(trainingEnrolments)
          .set({
            status: "lulus",
            attendancePct: result.attendancePct,
            completedAt: now,
            jpCredited: s.courseJp,
            certificateDocumentId: doc.id,
            certificateNumber: number,
          })
          .where(eq(trainingEnrolments.id, r.id));
        await notifyEmployee(tx, person, {
          subject: `Selamat, Anda lulus ${s.courseTitle}`,
          body: `${s.courseJp} JP telah dicatat untuk tahun ${year}. Sertifikat nomor ${number} dapat diunduh dari halaman Pelatihan saya.`,
          link: sessionLink(s.id),
        });
      } else {
        await tx
          .update(trainingEnrolments)
          .set({ status: "tidak_lulus", attendancePct: result.attendancePct, completedAt: now })
          .where(eq(trainingEnrolments.id, r.id));
        await notifyEmployee(tx, person, {
          subject: `Hasil pelatihan ${s.courseTitle}`,
          body: `Anda belum memenuhi syarat kelulusan: ${result.reasons.map((x) => REASON_TEXT[x]).join(", ")}. JP tidak dicatat untuk sesi ini.`,
          link: sessionLink(s.id),
        });
      }
    }
    await tx
      .update(trainingEnrolments)
      .set({
        status: "ditolak",
        decisionReason: "Sesi telah selesai sebelum permintaan diputuskan.",
        decidedAt: now,
      })
      .where(and(eq(trainingEnrolments.sessionId, s.id), eq(trainingEnrolments.status, "menunggu")));
    await tx
      .update(trainingEnrolments)
      .set({
        status: "batal",
        withdrawReason: "Sesi telah selesai; tidak mendapat kursi.",
        withdrawnAt: now,
        waitlistedAt: null,
      })
      .where(and(eq(trainingEnrolments.sessionId, s.id), eq(trainingEnrolments.status, "daftar_tunggu")));
    await tx
      .update(trainingSessions)
      .set({ status: "selesai", completedAt: now })
      .where(eq(trainingSessions.id, s.id));
    await audit(tx, ctx.actor, {
      action: "training.session.complete",
      entity: "training_session",
      entityId: s.id,
      unitPath: s.unitPath,
      before: { status: s.status },
      after: { status: "selesai", participants: rows.length, passed },
    });
    return { participants: rows.length, passed };
  });
}
