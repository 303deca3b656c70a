import { eq } from "drizzle-orm";
import type { Role } from "../../../platform/auth/actor";
import type { Deps } from "../../../platform/http/context";
import { createStaff, unitByCode } from "../../../platform/testing/test-app";
import { employees, positions } from "../../employees";
import {
  courseCompetencies,
  trainingCourses,
  trainingQuestions,
  trainingSessionDays,
  trainingSessions,
} from "../schema";

let seq = 0;

/** An active employee in a unit (by code), optionally with a position (by code) and a supervisor. */
export async function buildEmployee(
  deps: Deps,
  opts: {
    name: string;
    unitCode?: string;
    positionCode?: string;
    supervisorId?: string | null;
    asnType?: "PNS" | "PPPK" | "PPPK_PW";
  },
) {
  const unit = await unitByCode(deps, opts.unitCode ?? "MM.PATEN");
  const [position] = opts.positionCode
    ? await deps.db.select().from(positions).where(eq(positions.code, opts.positionCode))
    : [];
  seq++;
  const nip = `19900101${"2015"}01${seq % 2 ? "1" : "2"}${String(seq).padStart(3, "0")}`;
  const [row] = await deps.db
    .insert(employees)
    .values({
      nip,
      asnType: opts.asnType ?? "PNS",
      name: opts.name,
      sex: seq % 2 ? "L" : "P",
      birthDate: "1990-01-01",
      unitId: unit.id,
      positionId: position?.id ?? null,
      supervisorId: opts.supervisorId ?? null,
      email: `${opts.name.toLowerCase().replace(/\W+/g, ".")}@contoh.go.id`,
      searchText: `${opts.name.toLowerCase()} ${nip}`,
    })
    .returning();
  return row!;
}

/** An employee with a staff account (so they can sign in), returning both. */
export async function buildPerson(
  deps: Deps,
  opts: Parameters<typeof buildEmployee>[1] & { username: string; role?: Role; roleUnitCode?: string },
) {
  const employee = await buildEmployee(deps, opts);
  const actor = await createStaff(deps, {
    username: opts.username,
    employeeId: employee.id,
    grants: opts.role ? [{ role: opts.role, unitCode: opts.roleUnitCode ?? "MM" }] : [],
  });
  return { employee, actor };
}

export async function buildCourse(
  deps: Deps,
  overrides: Partial<typeof trainingCourses.$inferInsert> & {
    questions?: boolean;
    competencyIds?: string[];
  } = {},
) {
  const { questions = true, competencyIds = [], ...values } = overrides;
  seq++;
  const [course] = await deps.db
    .insert(trainingCourses)
    .values({
      code: `UJI-${seq}`,
      title: `Pelatihan Uji ${seq}`,
      description: "Kursus untuk pengujian otomatis.",
      mode: "klasikal",
      jp: 16,
      provider: "BKPSDM Kota Medan",
      minAttendancePct: 100,
      minPostScore: 70,
      testMinutes: 20,
      ...values,
    })
    .returning();
  if (competencyIds.length)
    await deps.db
      .insert(courseCompetencies)
      .values(competencyIds.map((competencyId) => ({ courseId: course!.id, competencyId })));
  const qs = questions
    ? await deps.db
        .insert(trainingQuestions)
        .values([
          {
            courseId: course!.id,
            kind: "tunggal",
            prompt: "1 JP sama dengan?",
            options: ["30 menit", "45 menit", "60 menit"],
            correct: [1],
            sortOrder: 1,
          },
          {
            courseId: course!.id,
            kind: "ganda",
            prompt: "Mana yang benar?",
            options: ["A", "B", "C", "D"],
            correct: [0, 2],
            sortOrder: 2,
          },
        ])
        .returning()
    : [];
  return { course: course!, questions: qs };
}

/** A session of a course on the given dates (08:00–16:00), organised by the kecamatan. */
export async function buildSession(
  deps: Deps,
  opts: {
    courseId: string;
    dates: string[];
    capacity?: number;
    waitlistLimit?: number;
    facilitatorUserId?: string | null;
    status?: string;
  },
) {
  const unit = await unitByCode(deps, "MM");
  const dates = [...opts.dates].sort();
  const [session] = await deps.db
    .insert(trainingSessions)
    .values({
      courseId: opts.courseId,
      unitId: unit.id,
      venue: "Aula Kantor Camat",
      facilitatorName: "Fasilitator Uji",
      facilitatorUserId: opts.facilitatorUserId ?? null,
      capacity: opts.capacity ?? 20,
      waitlistLimit: opts.waitlistLimit ?? 5,
      status: opts.status ?? "dibuka",
      startsOn: dates[0]!,
      endsOn: dates[dates.length - 1]!,
    })
    .returning();
  const days = await deps.db
    .insert(trainingSessionDays)
    .values(dates.map((date) => ({ sessionId: session!.id, date, startTime: "08:00", endTime: "16:00" })))
    .returning();
  return { session: session!, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}

/** A clock the test moves by hand (Deps.now). */
export function testClock(start: string) {
  const clock = {
    at: new Date(start),
    now: () => clock.at,
    set(iso: string) {
      clock.at = new Date(iso);
    },
    advance(seconds: number) {
      clock.at = new Date(clock.at.getTime() + seconds * 1000);
    },
  };
  return clock;
}
