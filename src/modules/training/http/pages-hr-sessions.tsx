import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { Hono } from "hono";
import QRCode from "qrcode";
import { users } from "../../../platform/auth/schema";
import { isWorkingDay } from "../../../platform/calendar";
import { loadCalendar } from "../../../platform/calendar/calendar-store";
import { AppError, textIssue } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formatDate, formatNumber } from "../../../platform/i18n/format";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { Csrf, SelectField, TextArea, TextField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { employees } from "../../employees";
import { assignEnrolments } from "../commands/assign-enrolment";
import { completeSession } from "../commands/complete-session";
import { todayOf } from "../commands/context";
import { markAttendance } from "../commands/mark-attendance";
import { createSession, updateSession } from "../commands/save-session";
import { attendanceCode, codeWindow, secondsLeftInWindow } from "../domain/attendance-code";
import { can, manageScope } from "../domain/policy";
import { listCourses, listSessions } from "../queries/catalogue";
import { sessionParticipants } from "../queries/participants";
import { trainingEnrolments } from "../schema";
import { findSession, sessionDays } from "../training.repository";

import { dateRange, Empty, ScrollTable, StatusBadge } from "../views/components";
import {
  BASE,
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  formValues,
  HR,
  handleForm,
  list,
  ProblemMessages,
  requireRight,
  sessionResource,
  uuidParam,
} from "./helpers";
import { HrHeading, HrNav } from "./hr-nav";

export const hrSessionPages = new Hono<AppEnv>();

hrSessionPages.get(`${HR}/sesi`, async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireRight(c, "catalogue.manage");
  const today = todayOf(ctxOf(c));
  const upcoming = await listSessions(c.var.deps.db, { from: today });
  const past = await listSessions(c.var.deps.db, { before: today, limit: 50 });
  const table = (items: typeof upcoming.items, caption: string) =>
    items.length === 0 ? (
      <Empty>{t("training.sessions.none")}</Empty>
    ) : (
      <ScrollTable label={caption}>
        <thead>
          <tr>
            <th scope="col">{t("training.field.course")}</th>
            <th scope="col">{t("training.field.dates")}</th>
            <th scope="col" class="text-end">
              {t("training.field.seats")}
            </th>
            <th scope="col" class="text-end">
              {t("training.sessions.waiting")}
            </th>
            <th scope="col" class="text-end">
              {t("training.sessions.pending")}
            </th>
            <th scope="col">{t("training.field.status")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr>
              <td>
                <a href={`${HR}/sesi/${s.id}`}>{s.courseTitle}</a>
              </td>
              <td>{dateRange(s.startsOn, s.endsOn, locale)}</td>
              <td class="text-end">
                {s.seatsTaken}/{s.capacity}
              </td>
              <td class="text-end">{s.waiting}</td>
              <td class="text-end">{s.pending}</td>
              <td>
                <StatusBadge t={t} status={s.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    );
  return render(
    c,
    t("training.sessions.title"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.sessions.title")} current={`${HR}/sesi`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <p>
        <a class="btn btn-primary" href={`${HR}/sesi/baru`}>
          {t("training.sessions.new")}
        </a>
      </p>
      <h2 class="h5">{t("training.sessions.upcoming")}</h2>
      {table(upcoming.items, t("training.sessions.upcoming"))}
      <h2 class="h5 mt-4">{t("training.sessions.past")}</h2>
      {table(past.items, t("training.sessions.past"))}
    </>,
  );
});

async function newSessionPage(c: C, problem?: FormProblem | null, values: Record<string, string> = {}) {
  const t = c.get("t");
  const actor = requireRight(c, "catalogue.manage");
  const { db } = c.var.deps;
  const courses = await listCourses(db, { activeOnly: true });
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(scopeCondition(units.path, manageScope(actor)), notInArray(units.kind, ["lingkungan"])))
    .orderBy(asc(units.path));
  const accounts = await db
    .select({ id: users.id, name: users.displayName, username: users.username })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.displayName))
    .limit(500);
  const errors = problem?.fields ?? [];
  const v = (k: string, d = "") => values[k] ?? d;
  return render(
    c,
    t("training.sessions.new"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.sessions.new")} current={`${HR}/sesi`} />
      <ProblemMessages t={t} problem={problem} />
      <form method="post" action={`${HR}/sesi/baru`} class="col-lg-8" novalidate>
        <Csrf token={c.get("csrfToken")} />
        <SelectField
          name="courseId"
          label={t("training.field.course")}
          options={courses.map((co) => ({ value: co.id, label: `${co.title} (${co.jp} JP)` }))}
          placeholder={t("training.form.choose")}
          value={v("courseId")}
          errors={errors}
          required
        />
        <SelectField
          name="unitId"
          label={t("training.field.organiser")}
          options={unitRows.map((u) => ({ value: u.id, label: u.name }))}
          value={v("unitId", unitRows[0]?.id)}
          errors={errors}
          required
        />
        <div class="row">
          <div class="col-sm-6">
            <TextField
              name="startDate"
              type="date"
              label={t("training.field.startDate")}
              value={v("startDate")}
              errors={errors}
              required
            />
          </div>
          <div class="col-sm-6">
            <TextField
              name="endDate"
              type="date"
              label={t("training.field.endDate")}
              hint={t("training.sessions.daysHint")}
              value={v("endDate")}
              errors={errors}
            />
          </div>
          <div class="col-sm-6">
            <TextField
              name="startTime"
              type="time"
              label={t("training.field.startTime")}
              value={v("startTime", "08:30")}
              errors={errors}
              required
            />
          </div>
          <div class="col-sm-6">
            <TextField
              name="endTime"
              type="time"
              label={t("training.field.endTime")}
              value={v("endTime", "16:00")}
              errors={errors}
              required
            />
          </div>
        </div>
        <TextField
          name="venue"
          label={t("training.field.venue")}
          value={v("venue")}
          maxLength={300}
          errors={errors}
        />
        <TextField
          name="onlineUrl"
          type="url"
          label={t("training.field.onlineUrl")}
          value={v("onlineUrl")}
          maxLength={500}
          errors={errors}
        />
        <TextField
          name="facilitatorName"
          label={t("training.field.facilitator")}
          value={v("facilitatorName")}
          maxLength={200}
          errors={errors}
          required
        />
        <SelectField
          name="facilitatorUserId"
          label={t("training.field.facilitatorAccount")}
          hint={t("training.sessions.facilitatorHint")}
          options={accounts.map((a) => ({ value: a.id, label: `${a.name} (${a.username})` }))}
          placeholder={t("training.form.none")}
          value={v("facilitatorUserId")}
          errors={errors}
        />
        <div class="row">
          <div class="col-sm-6">
            <TextField
              name="capacity"
              type="number"
              inputmode="numeric"
              label={t("training.field.capacity")}
              value={v("capacity", "25")}
              errors={errors}
              required
            />
          </div>
          <div class="col-sm-6">
            <TextField
              name="waitlistLimit"
              type="number"
              inputmode="numeric"
              label={t("training.field.waitlistLimit")}
              value={v("waitlistLimit", "10")}
              errors={errors}
              required
            />
          </div>
        </div>
        <button type="submit" class="btn btn-primary">
          {t("training.sessions.create")}
        </button>
      </form>
    </>,
    { status: problem?.status ?? 200 },
  );
}

hrSessionPages.get(`${HR}/sesi/baru`, (c) => newSessionPage(c));

hrSessionPages.post(`${HR}/sesi/baru`, async (c) => {
  const values = await formValues(c);
  return handleForm(
    c,
    async () => {
      requireRight(c, "catalogue.manage");
      // The form gives a date range; the session days are its working days (Perpres 21/2023 + the holiday table).
      const start = values.startDate ?? "";
      const end = values.endDate || start;
      const fields = [];
      const validDate = (d: string) =>
        /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
      if (!validDate(start))
        fields.push({ field: "startDate", message: "Tanggal mulai wajib diisi (TTTT-BB-HH)." });
      if (!validDate(end)) fields.push({ field: "endDate", message: "Tanggal selesai tidak valid." });
      let days: { date: string; startTime: string; endTime: string }[] = [];
      if (fields.length === 0) {
        if (end < start)
          fields.push({ field: "endDate", message: "Tanggal selesai tidak boleh sebelum tanggal mulai." });
        else if ((Date.parse(end) - Date.parse(start)) / 86_400_000 > 60)
          fields.push({ field: "endDate", message: "Sesi paling lama 60 hari." });
        else {
          const cal = await loadCalendar(c.var.deps.db);
          for (
            let d = start;
            d <= end;
            d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
          ) {
            if (isWorkingDay(cal, d) || start === end)
              days.push({ date: d, startTime: values.startTime ?? "", endTime: values.endTime ?? "" });
          }
          if (days.length === 0)
            fields.push({ field: "startDate", message: "Rentang tanggal tidak memuat hari kerja." });
        }
      }
      if (fields.length)
        throw new AppError("UNPROCESSABLE", "Periksa kembali isian sesi.", { issues: fields.map(textIssue) });
      days = days.slice(0, 30);
      const s = await createSession(ctxOf(c), { ...values, days });
      return `${HR}/sesi/${s.id}?ok=sessionCreated`;
    },
    (problem) =>
      newSessionPage(
        c,
        {
          ...problem,
          fields: problem.fields.map((f) => (f.field.startsWith("days") ? { ...f, field: "startTime" } : f)),
        },
        values,
      ),
  );
});

/** HR's (and the facilitator's) page of one session: participants, attendance, results, assignment, completion. */
async function manageSessionPage(
  c: C,
  sessionId: string,
  problem?: FormProblem | null,
  values: Record<string, string> = {},
) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const s = await findSession(db, sessionId);
  if (!s || !can(actor, "session.facilitate", sessionResource(s))) return c.notFound();
  const canManage = can(actor, "session.manage", { unitPath: s.unitPath });
  const today = todayOf(ctxOf(c));
  const data = await sessionParticipants(db, s.id);
  const seated = data.participants.filter((p) => ["terdaftar", "lulus", "tidak_lulus"].includes(p.status));
  const others = data.participants.filter((p) => !seated.includes(p));
  const taken = new Set(
    data.participants
      .filter((p) => ["menunggu", "terdaftar", "daftar_tunggu", "lulus", "tidak_lulus"].includes(p.status))
      .map((p) => p.employeeId),
  );
  const candidates = canManage
    ? (
        await db
          .select({ id: employees.id, name: employees.name, unitName: units.name })
          .from(employees)
          .innerJoin(units, eq(units.id, employees.unitId))
          .where(and(eq(employees.isActive, true), scopeCondition(units.path, manageScope(actor))))
          .orderBy(asc(units.name), asc(employees.name))
      ).filter((e) => !taken.has(e.id) && e.id !== actor.employeeId)
    : [];
  const csrf = c.get("csrfToken");
  const errors = problem?.fields ?? [];
  const open = s.status !== "selesai" && s.status !== "dibatalkan";
  const pastDays = data.days.filter((d) => d.date <= today);
  const score = (v: number | null) => (v === null ? "—" : formatNumber(v, locale, 1));
  return render(
    c,
    s.courseTitle,
    <>
      {canManage && <HrNav t={t} actor={actor} current={`${HR}/sesi`} />}
      <h1 class="h3">{s.courseTitle}</h1>
      <p>
        {dateRange(s.startsOn, s.endsOn, locale)} · {s.venue ?? s.onlineUrl} · {s.courseJp} JP ·{" "}
        <StatusBadge t={t} status={s.status} /> ·{" "}
        <a href={`${BASE}/sesi/${s.id}`}>{t("training.sessions.publicPage")}</a>
      </p>
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <Section id="days-title" class="mb-4" title={t("training.session.schedule")}>
        <ul>
          {data.days.map((d) => (
            <li>
              {formatDate(d.date, locale)} {d.startTime.replace(":", ".")}–{d.endTime.replace(":", ".")} WIB ·{" "}
              {t("training.sessions.presentCount", { n: d.present, total: seated.length })}
              {open && d.date === today && (
                <>
                  {" "}
                  · <a href={`${HR}/sesi/${s.id}/layar/${d.id}`}>{t("training.screen.open")}</a>
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        id="participants-title"
        class="mb-4"
        title={t("training.sessions.participants", { n: seated.length, capacity: s.capacity })}
      >
        {seated.length === 0 ? (
          <Empty>{t("training.sessions.noParticipants")}</Empty>
        ) : (
          <ScrollTable
            label={t("training.sessions.participants", { n: seated.length, capacity: s.capacity })}
            align="align-middle"
          >
            <thead>
              <tr>
                <th scope="col">{t("training.field.name")}</th>
                <th scope="col">{t("training.field.status")}</th>
                {data.days.map((d) => (
                  <th scope="col">{formatDate(d.date, locale)}</th>
                ))}
                <th scope="col" class="text-end">
                  Pre
                </th>
                <th scope="col" class="text-end">
                  Post
                </th>
                <th scope="col" class="text-end">
                  {t("training.results.gain")}
                </th>
                <th scope="col">{t("training.results.survey")}</th>
                <th scope="col">{t("training.field.action")}</th>
              </tr>
            </thead>
            <tbody>
              {seated.map((p) => (
                <tr>
                  <th scope="row" class="fw-normal">
                    {p.name}
                    <div class="small text-body-secondary">{p.unitName}</div>
                  </th>
                  <td>
                    <StatusBadge t={t} status={p.status} />
                  </td>
                  {data.days.map((d) => {
                    const a = p.attendance.get(d.id);
                    return (
                      <td>
                        {a ? (
                          <span title={a.reason ?? undefined}>✓ {t(`training.attendance.${a.method}`)}</span>
                        ) : (
                          <span>
                            <span aria-hidden="true">—</span>
                            <span class="visually-hidden">{t("training.attendance.absent")}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td class="text-end">{score(p.pre)}</td>
                  <td class="text-end">{score(p.post)}</td>
                  <td class="text-end">
                    {p.gain === null ? "—" : `${p.gain > 0 ? "+" : ""}${formatNumber(p.gain, locale, 1)}`}
                  </td>
                  <td>{p.surveyDone ? t("training.results.surveyDone") : "—"}</td>
                  <td>
                    {p.status === "lulus" ? (
                      <a href={`${BASE}/pendaftaran/${p.enrolmentId}/sertifikat.pdf`}>
                        {t("training.field.certificate")}
                        <span class="visually-hidden"> {p.name}</span>
                      </a>
                    ) : canManage && p.status === "terdaftar" && open ? (
                      <form
                        method="post"
                        action={`${BASE}/pendaftaran/${p.enrolmentId}/batal?kembali=${encodeURIComponent(`${HR}/sesi/${s.id}?ok=withdrawn`)}`}
                        class="m-0"
                      >
                        <Csrf token={csrf} />
                        <input type="hidden" name="reason" value="Dibatalkan admin kepegawaian" />
                        <button type="submit" class="btn btn-sm btn-outline-danger">
                          {t("training.enrol.cancel")}
                          <span class="visually-hidden"> {p.name}</span>
                        </button>
                      </form>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
        {others.length > 0 && (
          <>
            <h3 class="h6">{t("training.sessions.others")}</h3>
            <ul class="small">
              {others.map((p) => (
                <li>
                  {p.name} — <StatusBadge t={t} status={p.status} />
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="results-title" class="mb-4" title={t("training.results.title")}>
        <dl class="row">
          <dt class="col-sm-5">{t("training.results.meanPrePost")}</dt>
          <dd class="col-sm-7">
            {data.gain.n === 0
              ? "—"
              : t("training.results.prePost", {
                  pre: score(data.gain.meanPre),
                  post: score(data.gain.meanPost),
                  gain: score(data.gain.meanGain),
                  n: data.gain.n,
                })}
          </dd>
          <dt class="col-sm-5">{t("training.results.normalized")}</dt>
          <dd class="col-sm-7">
            {data.gain.meanNormalized === null ? "—" : formatNumber(data.gain.meanNormalized, locale, 2)}
          </dd>
          <dt class="col-sm-5">{t("training.results.passed")}</dt>
          <dd class="col-sm-7">
            {data.passed} / {data.passed + data.failed}
          </dd>
          <dt class="col-sm-5">{t("training.results.surveyMeans", { n: data.survey.n })}</dt>
          <dd class="col-sm-7">
            {data.survey.n === 0
              ? "—"
              : (["relevance", "material", "facilitator", "organisation"] as const)
                  .map(
                    (k) =>
                      `${t(`training.survey.short.${k}`)} ${formatNumber(data.survey[k] ?? 0, locale, 2)}`,
                  )
                  .join(" · ")}
          </dd>
        </dl>
        {data.survey.comments.length > 0 && (
          <details>
            <summary>{t("training.results.comments", { n: data.survey.comments.length })}</summary>
            <ul>
              {data.survey.comments.map((x) => (
                <li>{x}</li>
              ))}
            </ul>
          </details>
        )}
      </Section>
      {open && pastDays.length > 0 && seated.some((p) => p.status === "terdaftar") && (
        <Section id="manual-title" class="mb-4 col-lg-8" title={t("training.attendance.manualTitle")}>
          <p class="small">{t("training.attendance.manualLead")}</p>
          <form method="post" action={`${HR}/sesi/${s.id}/presensi`} novalidate>
            <Csrf token={csrf} />
            <SelectField
              name="enrolmentId"
              label={t("training.field.participant")}
              options={seated
                .filter((p) => p.status === "terdaftar")
                .map((p) => ({ value: p.enrolmentId, label: p.name }))}
              value={values.enrolmentId}
              errors={errors}
            />
            <SelectField
              name="dayId"
              label={t("training.field.day")}
              options={pastDays.map((d) => ({ value: d.id, label: formatDate(d.date, locale) }))}
              value={values.dayId ?? pastDays[pastDays.length - 1]?.id}
              errors={errors}
            />
            <SelectField
              name="present"
              label={t("training.attendance.mark")}
              options={[
                { value: "1", label: t("training.attendance.present") },
                { value: "0", label: t("training.attendance.removeRecord") },
              ]}
              value={values.present ?? "1"}
              errors={errors}
            />
            <TextArea
              name="reason"
              label={t("training.attendance.reason")}
              value={values.reason}
              rows={2}
              maxLength={500}
              errors={errors}
              required
            />
            <button type="submit" class="btn btn-primary">
              {t("form.save")}
            </button>
          </form>
        </Section>
      )}
      {canManage && open && (
        <div class="row g-4">
          <Section id="assign-title" class="col-lg-6" title={t("training.assign.title")}>
            <form method="post" action={`${HR}/sesi/${s.id}/tugaskan`} novalidate>
              <Csrf token={csrf} />
              <div class="mb-3">
                <label class="form-label fw-semibold" for="f-employeeIds">
                  {t("training.assign.people")}
                </label>
                <div id="f-employeeIds-hint" class="form-text mt-0 mb-1">
                  {t("training.assign.hint")}
                </div>
                <select
                  class="form-select"
                  id="f-employeeIds"
                  name="employeeIds"
                  multiple
                  size={8}
                  aria-describedby="f-employeeIds-hint"
                >
                  {candidates.map((e) => (
                    <option value={e.id}>
                      {e.name} — {e.unitName}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="btn btn-primary">
                {t("training.assign.submit")}
              </button>
            </form>
          </Section>
          <Section id="edit-title" class="col-lg-6" title={t("training.sessions.edit")}>
            <form method="post" action={`${HR}/sesi/${s.id}/ubah`} novalidate>
              <Csrf token={csrf} />
              <TextField
                name="capacity"
                type="number"
                inputmode="numeric"
                label={t("training.field.capacity")}
                value={values.capacity ?? String(s.capacity)}
                errors={errors}
              />
              <TextField
                name="waitlistLimit"
                type="number"
                inputmode="numeric"
                label={t("training.field.waitlistLimit")}
                value={values.waitlistLimit ?? String(s.waitlistLimit)}
                errors={errors}
              />
              <SelectField
                name="status"
                label={t("training.field.status")}
                options={["dibuka", "ditutup", "dibatalkan"].map((x) => ({
                  value: x,
                  label: t(`training.status.${x}`),
                }))}
                value={values.status ?? s.status}
                errors={errors}
              />
              <button type="submit" class="btn btn-outline-primary">
                {t("form.save")}
              </button>
            </form>
            {today >= s.endsOn && (
              <form method="post" action={`${HR}/sesi/${s.id}/selesai`} class="mt-4">
                <Csrf token={csrf} />
                <p class="small">{t("training.complete.lead")}</p>
                <button type="submit" class="btn btn-success">
                  {t("training.complete.submit")}
                </button>
              </form>
            )}
          </Section>
        </div>
      )}
    </>,
    { status: problem?.status ?? 200 },
  );
}

hrSessionPages.get(
  `${HR}/sesi/:id`,
  async (c) => (await manageSessionPage(c, uuidParam(c, "id"))) ?? c.notFound(),
);

const rerenderSession =
  (c: C, id: string, values: Record<string, string> = {}) =>
  async (problem: FormProblem) =>
    (await manageSessionPage(c, id, problem, values)) ?? c.notFound();

hrSessionPages.post(`${HR}/sesi/:id/tugaskan`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  return handleForm(
    c,
    async () => {
      const placed = await assignEnrolments(ctxOf(c), { sessionId: id, employeeIds: list(body.employeeIds) });
      return `${HR}/sesi/${id}?ok=${placed.some((p) => p.status === "daftar_tunggu") ? "assignedWaitlist" : "assigned"}`;
    },
    rerenderSession(c, id),
  );
});

hrSessionPages.post(`${HR}/sesi/:id/ubah`, async (c) => {
  const id = uuidParam(c, "id");
  const values = await formValues(c);
  return handleForm(
    c,
    async () => {
      await updateSession(ctxOf(c), id, {
        capacity: /^\d{1,4}$/.test(values.capacity ?? "") ? Number(values.capacity) : values.capacity,
        waitlistLimit: /^\d{1,4}$/.test(values.waitlistLimit ?? "")
          ? Number(values.waitlistLimit)
          : values.waitlistLimit,
        status: values.status,
      });
      return `${HR}/sesi/${id}?ok=saved`;
    },
    rerenderSession(c, id, values),
  );
});

hrSessionPages.post(`${HR}/sesi/:id/selesai`, async (c) => {
  const id = uuidParam(c, "id");
  return handleForm(
    c,
    async () => {
      await completeSession(ctxOf(c), { sessionId: id });
      return `${HR}/sesi/${id}?ok=completed`;
    },
    rerenderSession(c, id),
  );
});

hrSessionPages.post(`${HR}/sesi/:id/presensi`, async (c) => {
  const id = uuidParam(c, "id");
  const values = await formValues(c);
  return handleForm(
    c,
    async () => {
      const days = await sessionDays(c.var.deps.db, id);
      if (!days.some((d) => d.id === values.dayId)) {
        throw new AppError("UNPROCESSABLE", "Pilih hari sesi.", {
          issues: [{ field: "dayId", key: "Pilih hari sesi ini." }],
        });
      }
      await markAttendance(ctxOf(c), {
        dayId: values.dayId!,
        enrolmentId: values.enrolmentId ?? "",
        present: values.present !== "0",
        reason: values.reason ?? "",
      });
      return `${HR}/sesi/${id}?ok=attendanceSaved`;
    },
    rerenderSession(c, id, values),
  );
});

/**
 * The facilitator's screen (SPEC §3.3): a QR code that changes every 30 s, linking to the check-in page with
 * the code. It reloads itself when the code changes (HTTP Refresh header: no script, and unlike a meta
 * refresh it does not trip the accessibility rule on timed refreshes of reading pages).
 */
hrSessionPages.get(`${HR}/sesi/:id/layar/:dayId`, async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const { db, secret } = c.var.deps;
  const s = await findSession(db, uuidParam(c, "id"));
  const dayId = uuidParam(c, "dayId");
  if (!s || !can(actor, "session.facilitate", sessionResource(s))) return c.notFound();
  const day = (await sessionDays(db, s.id)).find((d) => d.id === dayId);
  if (!day) return c.notFound();
  const now = c.var.deps.now();
  const code = attendanceCode(secret, day.id, codeWindow(now));
  const url = `${c.var.deps.config.baseUrl}${BASE}/hadir?c=${code}&d=${day.id}`;
  const svg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const present = await db
    .select({ id: trainingEnrolments.id })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.sessionId, s.id), inArray(trainingEnrolments.status, ["terdaftar"])));
  const data = await sessionParticipants(db, s.id);
  const count = data.days.find((d) => d.id === day.id)?.present ?? 0;
  c.header("Refresh", String(secondsLeftInWindow(now) + 1));
  c.header("Cache-Control", "no-store");
  return render(
    c,
    t("training.screen.title"),
    <div class="text-center">
      <h1 class="h3">{s.courseTitle}</h1>
      <p class="lead">
        {formatDate(day.date, locale)} · {t("training.screen.scan")}
      </p>
      {day.date !== todayOf(ctxOf(c)) && (
        <div class="alert alert-warning" role="status">
          {t("training.screen.notToday")}
        </div>
      )}
      <div
        class="mx-auto my-3"
        style="max-width: 420px"
        role="img"
        aria-label={t("training.screen.qrLabel")}
        dangerouslySetInnerHTML={{
          __html: svg.replace(
            "<svg ",
            '<svg aria-hidden="true" focusable="false" style="width:100%;height:auto" ',
          ),
        }}
      />
      <p class="display-5 font-monospace">
        <span aria-hidden="true">
          {code.slice(0, 4)} {code.slice(4)}
        </span>
        <span class="visually-hidden">
          {t("training.screen.codeLabel", { code: code.split("").join(" ") })}
        </span>
      </p>
      <p>{t("training.screen.rotates", { seconds: secondsLeftInWindow(now) })}</p>
      <p class="fs-4" role="status">
        {t("training.screen.present", { n: count, total: present.length })}
      </p>
      <p>
        <a href={`${HR}/sesi/${s.id}`}>{t("training.screen.back")}</a>
      </p>
    </div>,
    { bare: true },
  );
});
