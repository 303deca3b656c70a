import { randomUUID } from "node:crypto";
import { eq, isNull, sql } from "drizzle-orm";
import { users } from "../../../platform/auth/schema";
import { isWorkingDay } from "../../../platform/calendar";
import { loadCalendar } from "../../../platform/calendar/calendar-store";
import { storeBytes } from "../../../platform/files";
import type { Deps } from "../../../platform/http/context";
import { todayJakarta } from "../../../platform/i18n/format";
import { units } from "../../../platform/org/schema";
import { employees, positions } from "../../employees";
import { jpFromMinutes } from "../domain/jp";
import {
  competencies,
  competencyAssessments,
  competencyLevels,
  courseCompetencies,
  positionCompetencies,
  trainingAttendance,
  trainingCounters,
  trainingCourses,
  trainingEnrolments,
  trainingExternal,
  trainingJpCredits,
  trainingQuestions,
  trainingSessionDays,
  trainingSessions,
  trainingSurveyResponses,
  trainingTestAttempts,
} from "../schema";
import { requiredLevelsFor, seedCompetencies } from "./competency-data";
import { type SeedCourse, seedCourses } from "./course-data";

/**
 * Reference data (SPEC §3.3): the competency dictionary with its levels, and initial competency standards
 * for the seeded positions. Runs once, when the dictionary is empty; afterwards HR edits it as data.
 */
export async function seedTrainingReference(deps: Deps): Promise<void> {
  const [row] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(competencies);
  if (Number(row!.n) > 0) return;
  await deps.db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const [i, c] of seedCompetencies.entries()) {
      const id = randomUUID();
      ids.set(c.code, id);
      await tx.insert(competencies).values({
        id,
        code: c.code,
        name: c.name,
        kind: c.kind,
        description: c.description,
        sortOrder: i + 1,
      });
    }
    await tx.insert(competencyLevels).values(
      seedCompetencies.flatMap((c) =>
        c.levels.map(([title, indicators], i) => ({
          competencyId: ids.get(c.code)!,
          level: i + 1,
          title,
          indicators,
        })),
      ),
    );
    const all = await tx.select().from(positions);
    const standards = all.flatMap((p) =>
      Object.entries(requiredLevelsFor(p)).map(([code, requiredLevel]) => ({
        positionId: p.id,
        competencyId: ids.get(code)!,
        requiredLevel,
      })),
    );
    for (let i = 0; i < standards.length; i += 1000)
      await tx.insert(positionCompetencies).values(standards.slice(i, i + 1000));
  });
}

/** mulberry32: deterministic demo data (the same seed gives the same year). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
  };
}

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** An instant from a Jakarta date and time (UTC+7, no daylight saving). */
const at = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

type Plan = {
  code: string;
  /** "MM-DD" in the demo year, or a number of days from today. */
  start: string | number;
  days: number;
  venue: string;
  facilitator: string;
  capacity: number;
  audience: (p: SeedPerson) => boolean;
  size: number;
};

type SeedPerson = {
  id: string;
  name: string;
  asnType: string;
  unitPath: string;
  positionCode: string | null;
  isHead: boolean;
  supervisorId: string | null;
  email: string | null;
};

const AULA = "Aula Kantor Camat Medan Marelan, Jl. Marelan Raya No. 1";
const everyone = () => true;
const servicePeople = (p: SeedPerson) =>
  /\.(PDP|ADK|OLO|PLO|ADP|PRAKOM)$/.test(p.positionCode ?? "") || p.isHead;
const heads = (p: SeedPerson) => p.isHead;
const admin = (p: SeedPerson) => /\.(ADM|KEU|BEND|ASDM|PPAP)$/.test(p.positionCode ?? "") || p.isHead;

const PAST: Plan[] = [
  {
    code: "PRIMA-01",
    start: "02-10",
    days: 2,
    venue: AULA,
    facilitator: "Drs. Hendra Gunawan, M.AP (BKPSDM)",
    capacity: 30,
    audience: servicePeople,
    size: 26,
  },
  {
    code: "ARSIP-01",
    start: "02-24",
    days: 1,
    venue: AULA,
    facilitator: "Sri Rahayu, S.Sos. (Dinas Perpustakaan dan Kearsipan)",
    capacity: 25,
    audience: admin,
    size: 22,
  },
  {
    code: "INTEG-01",
    start: "03-10",
    days: 1,
    venue: "Daring (LMS ACLC KPK)",
    facilitator: "Tim ACLC KPK",
    capacity: 60,
    audience: everyone,
    size: 40,
  },
  {
    code: "TIK-01",
    start: "04-14",
    days: 2,
    venue: "Lab Komputer Diskominfo Kota Medan",
    facilitator: "Rizky Pratama, S.Kom. (Diskominfo)",
    capacity: 25,
    audience: everyone,
    size: 24,
  },
  {
    code: "WAKTU-01",
    start: "04-28",
    days: 1,
    venue: AULA,
    facilitator: "Dra. Nurhayati Harahap, M.Si.",
    capacity: 30,
    audience: everyone,
    size: 26,
  },
  {
    code: "ADMINDUK-01",
    start: "05-19",
    days: 2,
    venue: "Aula Disdukcapil Kota Medan",
    facilitator: "Ahmad Fauzi, S.H. (Disdukcapil)",
    capacity: 25,
    audience: servicePeople,
    size: 20,
  },
  {
    code: "KOM-01",
    start: "06-09",
    days: 1,
    venue: AULA,
    facilitator: "Tim Ombudsman RI Perwakilan Sumut",
    capacity: 30,
    audience: everyone,
    size: 25,
  },
  {
    code: "KEPEM-01",
    start: "06-23",
    days: 2,
    venue: "BPSDM Provinsi Sumatera Utara",
    facilitator: "Widyaiswara BPSDM Sumut",
    capacity: 20,
    audience: heads,
    size: 16,
  },
  {
    code: "SIGAP-01",
    start: "07-14",
    days: 1,
    venue: AULA,
    facilitator: "Dewi Anggraini Lubis, S.Psi.",
    capacity: 30,
    audience: everyone,
    size: 28,
  },
  {
    code: "BERAKHLAK-01",
    start: "07-28",
    days: 1,
    venue: AULA,
    facilitator: "Sekretaris Camat Medan Marelan",
    capacity: 50,
    audience: everyone,
    size: 34,
  },
  {
    code: "PRIMA-01",
    start: "08-11",
    days: 2,
    venue: AULA,
    facilitator: "Drs. Hendra Gunawan, M.AP (BKPSDM)",
    capacity: 30,
    audience: everyone,
    size: 24,
  },
  {
    code: "SIGAP-01",
    start: "08-25",
    days: 1,
    venue: AULA,
    facilitator: "Dewi Anggraini Lubis, S.Psi.",
    capacity: 30,
    audience: everyone,
    size: 26,
  },
  {
    code: "WAKTU-01",
    start: "09-08",
    days: 1,
    venue: AULA,
    facilitator: "Dra. Nurhayati Harahap, M.Si.",
    capacity: 30,
    audience: everyone,
    size: 22,
  },
  {
    code: "INTEG-01",
    start: "09-22",
    days: 1,
    venue: "Daring (LMS ACLC KPK)",
    facilitator: "Tim ACLC KPK",
    capacity: 60,
    audience: everyone,
    size: 30,
  },
  {
    code: "ARSIP-01",
    start: "10-13",
    days: 1,
    venue: AULA,
    facilitator: "Sri Rahayu, S.Sos. (Dinas Perpustakaan dan Kearsipan)",
    capacity: 25,
    audience: admin,
    size: 18,
  },
  {
    code: "TIK-01",
    start: "10-27",
    days: 2,
    venue: "Lab Komputer Diskominfo Kota Medan",
    facilitator: "Rizky Pratama, S.Kom. (Diskominfo)",
    capacity: 25,
    audience: everyone,
    size: 22,
  },
  {
    code: "SIGAP-01",
    start: "11-10",
    days: 1,
    venue: AULA,
    facilitator: "Dewi Anggraini Lubis, S.Psi.",
    capacity: 30,
    audience: everyone,
    size: 24,
  },
  {
    code: "KOM-01",
    start: "11-17",
    days: 1,
    venue: AULA,
    facilitator: "Tim Ombudsman RI Perwakilan Sumut",
    capacity: 30,
    audience: everyone,
    size: 22,
  },
];

/** The smallest PDF a viewer opens: stands in for scanned certificates of the demo claims. */
const DEMO_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

/**
 * Demo year of training (SPEC §5): the catalogue, past sessions with attendance, tests, surveys and credited
 * JP spread unevenly over the ~150 ASN (so the 20-JP dashboard has people ahead and behind), today's session
 * for trying the QR check-in, upcoming sessions with seats, a full one with a waitlist, requests waiting for
 * kasi.pelayanan, and external claims in HR's queue. No certificate PDFs: they are issued on first download.
 */
export async function seedTrainingDemo(deps: Deps): Promise<void> {
  const [existing] = await deps.db.select({ n: sql<number>`count(*)::int` }).from(trainingCourses);
  if (Number(existing!.n) > 0) return;
  const today = todayJakarta(deps.now());
  const year = Number(today.slice(0, 4));
  const cal = await loadCalendar(deps.db);
  const r = rng(20260301);
  const workday = (d: string) => {
    let x = d;
    while (!isWorkingDay(cal, x)) x = addDays(x, 1);
    return x;
  };
  const daysFrom = (start: string, n: number) => {
    const out = [workday(start)];
    while (out.length < n) out.push(workday(addDays(out[out.length - 1]!, 1)));
    return out;
  };

  const people: SeedPerson[] = (
    await deps.db
      .select({
        id: employees.id,
        name: employees.name,
        asnType: employees.asnType,
        unitPath: units.path,
        positionCode: positions.code,
        isHead: positions.isHead,
        supervisorId: employees.supervisorId,
        email: employees.email,
      })
      .from(employees)
      .innerJoin(units, eq(units.id, employees.unitId))
      .leftJoin(positions, eq(positions.id, employees.positionId))
      .where(eq(employees.isActive, true))
  ).map((p) => ({ ...p, isHead: !!p.isHead }));
  if (people.length === 0) return;
  const accounts = await deps.db
    .select({ username: users.username, id: users.id, employeeId: users.employeeId })
    .from(users);
  const account = (u: string) => accounts.find((a) => a.username === u);
  const rina = account("petugas")?.employeeId ?? null;
  const syahrul = account("kasi.pelayanan")?.employeeId ?? null;
  const hrUserId = account("kepegawaian")?.id ?? null;
  const [root] = await deps.db.select({ id: units.id }).from(units).where(isNull(units.parentId)).limit(1);
  const rootUnitId = root!.id;
  const comps = await deps.db.select({ id: competencies.id, code: competencies.code }).from(competencies);
  const compId = (code: string) => comps.find((c) => c.code === code)!.id;
  // How keen each person is: a skewed draw so some collect many JP and some none.
  const keen = new Map(people.map((p) => [p.id, r.next()]));
  if (rina) keen.set(rina, 0);

  await deps.db.transaction(async (tx) => {
    // Catalogue.
    const courseIds = new Map<string, string>();
    const questionIds = new Map<string, string[]>();
    for (const c of seedCourses) {
      const id = randomUUID();
      courseIds.set(c.code, id);
      const { competencies: codes, questions, ...values } = c;
      await tx.insert(trainingCourses).values({ id, ...values });
      await tx
        .insert(courseCompetencies)
        .values(codes.map((code) => ({ courseId: id, competencyId: compId(code) })));
      if (questions.length) {
        const rows = questions.map((q, i) => ({ id: randomUUID(), courseId: id, ...q, sortOrder: i + 1 }));
        await tx.insert(trainingQuestions).values(rows);
        questionIds.set(
          c.code,
          rows.map((q) => q.id),
        );
      }
    }
    const course = (code: string) => seedCourses.find((c) => c.code === code)!;

    // Competency assessments: most people near their standard, some one or two levels below.
    const standards = await tx
      .select({
        employeeId: employees.id,
        competencyId: positionCompetencies.competencyId,
        required: positionCompetencies.requiredLevel,
      })
      .from(employees)
      .innerJoin(positionCompetencies, eq(positionCompetencies.positionId, employees.positionId));
    const assessments = standards
      .filter(() => r.chance(0.85))
      .map((s) => {
        const drop = r.chance(0.55) ? 0 : r.chance(0.7) ? 1 : 2;
        let level = Math.max(1, Math.min(5, s.required - drop + (r.chance(0.1) ? 1 : 0)));
        if (s.employeeId === rina && s.competencyId === compId("T.TIK")) level = 1;
        return {
          employeeId: s.employeeId,
          competencyId: s.competencyId,
          level,
          assessedOn: `${year}-01-${String(r.int(12, 30)).padStart(2, "0")}`,
          assessorRole: "atasan",
        };
      });
    for (let i = 0; i < assessments.length; i += 1000)
      await tx.insert(competencyAssessments).values(assessments.slice(i, i + 1000));

    const sessions: (typeof trainingSessions.$inferInsert)[] = [];
    const days: (typeof trainingSessionDays.$inferInsert)[] = [];
    const enrolments: (typeof trainingEnrolments.$inferInsert)[] = [];
    const attendance: (typeof trainingAttendance.$inferInsert)[] = [];
    const attempts: (typeof trainingTestAttempts.$inferInsert)[] = [];
    const surveys: (typeof trainingSurveyResponses.$inferInsert)[] = [];
    const credits: (typeof trainingJpCredits.$inferInsert)[] = [];
    let certificateSeq = 0;

    const pickParticipants = (audience: (p: SeedPerson) => boolean, size: number, exclude: Set<string>) => {
      const pool = people.filter((p) => audience(p) && !exclude.has(p.id));
      const scored = pool
        .map((p) => ({ p, score: keen.get(p.id)! * 0.3 + r.next() * 0.7 }))
        .sort((a, b) => b.score - a.score);
      return scored.slice(0, size).map((x) => x.p);
    };

    const addSession = (plan: Plan, dates: string[], status: "dibuka" | "ditutup" | "selesai") => {
      const id = randomUUID();
      const c = course(plan.code);
      sessions.push({
        id,
        courseId: courseIds.get(plan.code)!,
        unitId: rootUnitId,
        venue: plan.venue,
        onlineUrl: c.mode === "e_learning" ? "https://aclc.kpk.go.id" : null,
        facilitatorName: plan.facilitator,
        facilitatorUserId: plan.facilitator.startsWith("Dewi") ? hrUserId : null,
        capacity: plan.capacity,
        waitlistLimit: 10,
        status,
        startsOn: dates[0]!,
        endsOn: dates[dates.length - 1]!,
        completedAt: status === "selesai" ? at(dates[dates.length - 1]!, "16:30") : null,
      });
      const dayRows = dates.map((date) => ({
        id: randomUUID(),
        sessionId: id,
        date,
        startTime: "08:30",
        endTime: c.mode === "e_learning" ? "11:30" : "16:00",
      }));
      days.push(...dayRows);
      return { id, c, dayRows };
    };

    const enrolPast = (
      sessionId: string,
      c: SeedCourse,
      dayRows: { id: string; date: string }[],
      who: SeedPerson[],
    ) => {
      for (const p of who) {
        const enrolmentId = randomUUID();
        const missedDay = r.chance(0.07);
        const pre = r.int(3, 7) * 10;
        const post = Math.min(100, pre + r.int(0, 5) * 10);
        const failsTest = c.minPostScore !== null && post < c.minPostScore;
        const passed = !missedDay && !failsTest;
        const end = dayRows[dayRows.length - 1]!.date;
        const attended = missedDay ? dayRows.slice(0, -1) : dayRows;
        let number: string | null = null;
        if (passed) number = `800.2/${String(++certificateSeq).padStart(4, "0")}/PLT/${year}`;
        enrolments.push({
          id: enrolmentId,
          sessionId,
          employeeId: p.id,
          status: passed ? "lulus" : "tidak_lulus",
          source: r.chance(0.6) ? "mandiri" : "penugasan",
          decidedAt: at(addDays(dayRows[0]!.date, -14), "10:00"),
          attendancePct: Math.floor((attended.length * 100) / dayRows.length),
          completedAt: at(end, "16:30"),
          jpCredited: passed ? c.jp : null,
          certificateNumber: number,
          createdAt: at(addDays(dayRows[0]!.date, -21), "09:00"),
        });
        for (const d of attended) {
          const manual = r.chance(0.04);
          attendance.push({
            enrolmentId,
            dayId: (d as { id: string }).id,
            method: manual ? "manual" : "qr",
            reason: manual ? "Ponsel peserta mati; dicatat fasilitator" : null,
            checkedInAt: at(d.date, `08:${String(r.int(10, 45)).padStart(2, "0")}`),
          });
        }
        const qs = questionIds.get(c.code);
        if (qs) {
          const first = dayRows[0]!.date;
          attempts.push({
            enrolmentId,
            phase: "pre",
            questionIds: qs,
            startedAt: at(first, "08:45"),
            deadlineAt: new Date(at(first, "08:45").getTime() + c.testMinutes * 60_000),
            submittedAt: at(first, "08:55"),
            correctCount: Math.round((pre / 100) * qs.length),
            score: pre,
          });
          if (!missedDay) {
            attempts.push({
              enrolmentId,
              phase: "post",
              questionIds: qs,
              startedAt: at(end, "15:00"),
              deadlineAt: new Date(at(end, "15:00").getTime() + c.testMinutes * 60_000),
              submittedAt: at(end, "15:10"),
              correctCount: Math.round((post / 100) * qs.length),
              score: post,
            });
          }
        }
        if (r.chance(0.75)) {
          const base = r.int(3, 5);
          surveys.push({
            enrolmentId,
            relevance: base,
            material: Math.max(1, base - (r.chance(0.3) ? 1 : 0)),
            facilitator: Math.min(5, base + (r.chance(0.3) ? 1 : 0)),
            organisation: r.int(3, 5),
            comment: r.chance(0.2)
              ? r.pick([
                  "Materi sangat bermanfaat untuk pelayanan.",
                  "Waktu praktik perlu ditambah.",
                  "Ruangan agak panas, mohon perbaikan AC.",
                ])
              : null,
          });
        }
        if (passed) {
          credits.push({
            employeeId: p.id,
            year,
            jp: c.jp,
            source: "internal",
            enrolmentId,
            title: c.title,
            provider: c.provider,
            mode: c.mode,
            startDate: dayRows[0]!.date,
            endDate: end,
            certificateNumber: number,
          });
        }
      }
    };

    // Past sessions of the year: completed, with results and credited JP.
    for (const plan of PAST) {
      const dates = daysFrom(`${year}-${plan.start}`, plan.days);
      if (dates[dates.length - 1]! >= today) {
        const { id } = addSession(plan, dates, "dibuka");
        for (const p of pickParticipants(
          plan.audience,
          Math.floor(plan.size / 2),
          new Set(rina ? [rina] : []),
        )) {
          enrolments.push({
            sessionId: id,
            employeeId: p.id,
            status: "terdaftar",
            source: "penugasan",
            decidedAt: deps.now(),
          });
        }
        continue;
      }
      const { id, c, dayRows } = addSession(plan, dates, "selesai");
      const exclude = new Set<string>();
      if (rina && !["INTEG-01", "WAKTU-01"].includes(plan.code)) exclude.add(rina);
      let who = pickParticipants(plan.audience, plan.size, exclude);
      // Rina's year so far: integrity e-learning and time management (12 JP), so she is behind.
      if (
        rina &&
        ["INTEG-01", "WAKTU-01"].includes(plan.code) &&
        !credits.some((x) => x.employeeId === rina && x.title === c.title)
      ) {
        who = [
          people.find((p) => p.id === rina)!,
          ...who.filter((p) => p.id !== rina).slice(0, plan.size - 1),
        ];
      } else if (rina) who = who.filter((p) => p.id !== rina);
      enrolPast(id, c, dayRows, who);
      // One declined and one withdrawn request per session, for a realistic history.
      const extra = pickParticipants(
        plan.audience,
        2,
        new Set([...who.map((p) => p.id), ...(rina ? [rina] : [])]),
      );
      if (extra[0]) {
        enrolments.push({
          sessionId: id,
          employeeId: extra[0].id,
          status: "ditolak",
          source: "mandiri",
          decisionReason: "Bertepatan dengan jadwal piket pelayanan.",
          decidedAt: at(addDays(dates[0]!, -10), "10:00"),
        });
      }
      if (extra[1]) {
        enrolments.push({
          sessionId: id,
          employeeId: extra[1].id,
          status: "batal",
          source: "mandiri",
          withdrawReason: "Tugas luar kantor.",
          withdrawnAt: at(addDays(dates[0]!, -3), "10:00"),
        });
      }
    }

    // Today's session: SIGAP in practice, facilitated by HR (kepegawaian), for trying the QR check-in.
    const todayPlan: Plan = {
      code: "SIGAP-01",
      start: 0,
      days: 1,
      venue: AULA,
      facilitator: "Dewi Anggraini Lubis, S.Psi.",
      capacity: 20,
      audience: everyone,
      size: 12,
    };
    {
      const { id, dayRows } = addSession(todayPlan, [today], "dibuka");
      const who = pickParticipants(servicePeople, 12, new Set(rina ? [rina] : []));
      if (rina) who.unshift(people.find((p) => p.id === rina)!);
      for (const [i, p] of who.entries()) {
        const enrolmentId = randomUUID();
        enrolments.push({
          id: enrolmentId,
          sessionId: id,
          employeeId: p.id,
          status: "terdaftar",
          source: i % 2 ? "mandiri" : "penugasan",
          decidedAt: at(addDays(today, -7), "10:00"),
        });
        // A few have already checked in this morning; Rina has not (the demo shows her doing it).
        if (p.id !== rina && i < 6)
          attendance.push({
            enrolmentId,
            dayId: dayRows[0]!.id,
            method: "qr",
            checkedInAt: at(today, `08:2${i}`),
          });
      }
    }

    // Upcoming sessions relative to today.
    const upcoming: Plan[] = [
      {
        code: "TIK-01",
        start: 10,
        days: 2,
        venue: "Lab Komputer Diskominfo Kota Medan",
        facilitator: "Rizky Pratama, S.Kom. (Diskominfo)",
        capacity: 25,
        audience: everyone,
        size: 9,
      },
      {
        code: "PRIMA-01",
        start: 17,
        days: 2,
        venue: AULA,
        facilitator: "Drs. Hendra Gunawan, M.AP (BKPSDM)",
        capacity: 20,
        audience: everyone,
        size: 20,
      },
      {
        code: "KOM-01",
        start: 24,
        days: 1,
        venue: AULA,
        facilitator: "Tim Ombudsman RI Perwakilan Sumut",
        capacity: 25,
        audience: everyone,
        size: 6,
      },
      {
        code: "ADMINDUK-01",
        start: 31,
        days: 2,
        venue: "Aula Disdukcapil Kota Medan",
        facilitator: "Ahmad Fauzi, S.H. (Disdukcapil)",
        capacity: 20,
        audience: servicePeople,
        size: 5,
      },
    ];
    const pendingTeam = syahrul ? people.filter((p) => p.supervisorId === syahrul && p.id !== rina) : [];
    for (const [i, plan] of upcoming.entries()) {
      const dates = daysFrom(addDays(today, plan.start as number), plan.days);
      const { id } = addSession(plan, dates, "dibuka");
      const exclude = new Set([...(rina ? [rina] : []), ...pendingTeam.map((p) => p.id)]);
      const who = pickParticipants(plan.audience, plan.size, exclude);
      for (const p of who)
        enrolments.push({
          sessionId: id,
          employeeId: p.id,
          status: "terdaftar",
          source: "penugasan",
          decidedAt: deps.now(),
        });
      if (plan.code === "PRIMA-01") {
        // Full: two people wait for a seat.
        const waiting = pickParticipants(everyone, 2, new Set([...exclude, ...who.map((p) => p.id)]));
        for (const [k, p] of waiting.entries()) {
          enrolments.push({
            sessionId: id,
            employeeId: p.id,
            status: "daftar_tunggu",
            source: "mandiri",
            decidedAt: deps.now(),
            waitlistedAt: new Date(deps.now().getTime() - (10 - k) * 3600_000),
          });
        }
      }
      // Requests waiting for kasi.pelayanan from his PATEN team.
      if (i === 0 || i === 2) {
        for (const p of pendingTeam.slice(i === 0 ? 0 : 2, i === 0 ? 2 : 4)) {
          enrolments.push({
            sessionId: id,
            employeeId: p.id,
            status: "menunggu",
            source: "mandiri",
            requestNote: "Untuk mendukung pelayanan di loket PATEN.",
            requestedByUserId: null,
          });
        }
      }
    }

    // External training claims: verified ones credit JP, some wait in HR's queue, one was rejected.
    const stored = await storeBytes(tx, deps.config.dataDir, DEMO_PDF, "application/pdf");
    const claimants = pickParticipants(everyone, 14, new Set(rina ? [rina] : []));
    const titles = [
      ["Bimbingan Teknis Penyusunan SKP dan Ekinerja", "BKPSDM Kota Medan", "klasikal", 16],
      ["Webinar Literasi Digital ASN", "Kementerian Komunikasi dan Digital", "e_learning", 3],
      ["Pelatihan Penanggulangan Bencana Tingkat Kecamatan", "BPBD Kota Medan", "klasikal", 12],
      ["Kursus Daring Pelayanan Publik Inklusif", "LAN RI (ASN Unggul)", "e_learning", 6],
    ] as const;
    for (const [i, p] of claimants.entries()) {
      const [title, provider, mode, hours] = titles[i % titles.length]!;
      const start = `${year}-${String(r.int(2, 10)).padStart(2, "0")}-${String(r.int(3, 20)).padStart(2, "0")}`;
      const end = addDays(start, hours > 8 ? 1 : 0);
      const minutes = hours * 60;
      const jp = jpFromMinutes(minutes);
      const status = i < 9 ? "diverifikasi" : i < 13 ? "diajukan" : "ditolak";
      const id = randomUUID();
      await tx.insert(trainingExternal).values({
        id,
        employeeId: p.id,
        title,
        provider,
        mode,
        startDate: start,
        endDate: end,
        minutes,
        jpProposed: jp,
        jpApproved: status === "diverifikasi" ? jp : null,
        certificateNumber: `SRT/${year}/${1000 + i}`,
        fileSha256: stored.sha256,
        fileMime: stored.mime,
        status,
        verifiedByUserId: status === "diajukan" ? null : hrUserId,
        verifiedAt: status === "diajukan" ? null : at(addDays(end, 5), "10:00"),
        rejectionReason: status === "ditolak" ? "Sertifikat tidak mencantumkan jumlah jam pelajaran." : null,
      });
      if (status === "diverifikasi") {
        credits.push({
          employeeId: p.id,
          year,
          jp,
          source: "eksternal",
          externalId: id,
          title,
          provider,
          mode,
          startDate: start,
          endDate: end,
          certificateNumber: `SRT/${year}/${1000 + i}`,
        });
      }
    }

    const chunked = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
    };
    await chunked(sessions, (c) => tx.insert(trainingSessions).values(c));
    await chunked(days, (c) => tx.insert(trainingSessionDays).values(c));
    await chunked(enrolments, (c) => tx.insert(trainingEnrolments).values(c));
    await chunked(attendance, (c) => tx.insert(trainingAttendance).values(c));
    await chunked(attempts, (c) => tx.insert(trainingTestAttempts).values(c));
    await chunked(surveys, (c) => tx.insert(trainingSurveyResponses).values(c));
    await chunked(credits, (c) => tx.insert(trainingJpCredits).values(c));
    if (certificateSeq > 0)
      await tx.insert(trainingCounters).values({ name: `certificate:${year}`, value: certificateSeq });
  });
}
