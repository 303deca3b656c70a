import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formatDate, formatDateTime, formatNumber } from "../../../platform/i18n/format";
import { Csrf, SelectField, TextArea, TextField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { certificatePdf } from "../commands/certificate";
import { checkIn } from "../commands/check-in";
import { todayOf } from "../commands/context";
import { requestEnrolment } from "../commands/request-enrolment";
import { loadOwnEnrolment, type Phase, startTest, testWindowProblem } from "../commands/start-test";
import { SURVEY_ITEMS, submitSurvey } from "../commands/submit-survey";
import { loadAttemptQuestions, submitTest } from "../commands/submit-test";
import { withdrawEnrolment } from "../commands/withdraw-enrolment";
import { buildIcs } from "../domain/ics";
import { can } from "../domain/policy";
import { listSessions } from "../queries/catalogue";
import { myEnrolments } from "../queries/enrolments";
import { jpSummaryFor } from "../queries/jp";
import { recommendFor } from "../queries/recommendations";
import { trainingEnrolments, trainingSurveyResponses, trainingTestAttempts } from "../schema";
import { findEnrolmentFor, findSession, seatCounts, sessionDays } from "../training.repository";
import { MODE_TEXT } from "../training.types";
import { dateRange, Empty, JpProgress, ScrollTable, StatusBadge } from "../views/components";
import {
  BASE,
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  formValues,
  handleForm,
  MyTrainingHeading,
  ProblemMessages,
  sessionResource,
  str,
  uuidParam,
} from "./helpers";

export const asnPages = new Hono<AppEnv>();

/** "Pelatihan saya": JP this year, my enrolments, recommendations, shortcuts (SPEC §3.3 issue 11). */
asnPages.get(BASE, async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const today = todayOf(ctxOf(c));
  const year = Number(today.slice(0, 4));
  if (!actor.employeeId) {
    return render(
      c,
      t("training.my.title"),
      <>
        <h1 class="h3">{t("training.my.title")}</h1>
        <p>{t("training.my.noEmployee")}</p>
        <p>
          <a href={`${BASE}/katalog`}>{t("training.catalogue.title")}</a>
        </p>
      </>,
    );
  }
  const summary = (await jpSummaryFor(db, actor.employeeId, year))!;
  const mine = await myEnrolments(db, actor.employeeId);
  const current = mine.filter((e) => ["menunggu", "terdaftar", "daftar_tunggu"].includes(e.status));
  const history = mine.filter((e) => !["menunggu", "terdaftar", "daftar_tunggu"].includes(e.status));
  const recommendations = await recommendFor(db, actor.employeeId, today);
  return render(
    c,
    t("training.my.title"),
    <>
      <h1 class="h3">{t("training.my.title")}</h1>
      <Flash t={t} ok={c.req.query("ok")} />
      <nav aria-label={t("training.my.shortcuts")} class="d-flex flex-wrap gap-2 mb-4">
        <a class="btn btn-primary" href={`${BASE}/katalog`}>
          {t("training.my.findCourse")}
        </a>
        <a class="btn btn-outline-primary" href={`${BASE}/hadir`}>
          {t("training.checkin.title")}
        </a>
        <a class="btn btn-outline-primary" href={`${BASE}/eksternal`}>
          {t("training.external.title")}
        </a>
        <a class="btn btn-outline-primary" href={`${BASE}/kompetensi/${actor.employeeId}`}>
          {t("training.competency.mine")}
        </a>
      </nav>
      <Section id="jp-title" class="mb-4" title={t("training.jp.mine", { year })}>
        <JpProgress t={t} summary={summary} />
        {summary.items.length === 0 ? (
          <Empty>{t("training.jp.none")}</Empty>
        ) : (
          <ScrollTable label={t("training.jp.mine", { year })}>
            <thead>
              <tr>
                <th scope="col">{t("training.field.course")}</th>
                <th scope="col">{t("training.field.dates")}</th>
                <th scope="col">{t("training.field.source")}</th>
                <th scope="col" class="text-end">
                  JP
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.items.map((i) => (
                <tr>
                  <td>
                    {i.title}
                    <div class="small text-body-secondary">{i.provider}</div>
                  </td>
                  <td>{dateRange(i.startDate, i.endDate, locale)}</td>
                  <td>{t(`training.source.${i.source}`)}</td>
                  <td class="text-end">{i.jp}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Section>
      <Section id="current-title" class="mb-4" title={t("training.my.current")}>
        {current.length === 0 ? (
          <Empty>{t("training.my.noCurrent")}</Empty>
        ) : (
          <ul class="list-group">
            {current.map((e) => (
              <li class="list-group-item d-flex flex-wrap justify-content-between gap-2">
                <div>
                  <a href={`${BASE}/sesi/${e.sessionId}`}>{e.courseTitle}</a>
                  <div class="small">
                    {dateRange(e.startsOn, e.endsOn, locale)} · {e.jp} JP
                  </div>
                </div>
                <StatusBadge t={t} status={e.status} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="rec-title" class="mb-4" title={t("training.rec.title")}>
        {recommendations.length === 0 ? (
          <Empty>{t("training.rec.none")}</Empty>
        ) : (
          <ul class="list-group">
            {recommendations.map((r) => (
              <li class="list-group-item">
                <strong>{r.title}</strong> · {r.jp} JP · {MODE_TEXT[r.mode as keyof typeof MODE_TEXT]}
                <ul class="small mb-1">
                  {r.reasons.map((x) => (
                    <li>{x.text}</li>
                  ))}
                </ul>
                {r.nextSession ? (
                  <a href={`${BASE}/sesi/${r.nextSession.id}`}>
                    {t("training.rec.next", { date: formatDate(r.nextSession.startsOn, locale) })}
                  </a>
                ) : (
                  <span class="small text-body-secondary">{t("training.rec.noSession")}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="history-title" title={t("training.my.history")}>
        {history.length === 0 ? (
          <Empty>{t("training.my.noHistory")}</Empty>
        ) : (
          <ScrollTable label={t("training.my.history")}>
            <thead>
              <tr>
                <th scope="col">{t("training.field.course")}</th>
                <th scope="col">{t("training.field.dates")}</th>
                <th scope="col">{t("training.field.status")}</th>
                <th scope="col">{t("training.field.certificate")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((e) => (
                <tr>
                  <td>
                    <a href={`${BASE}/sesi/${e.sessionId}`}>{e.courseTitle}</a>
                  </td>
                  <td>{dateRange(e.startsOn, e.endsOn, locale)}</td>
                  <td>
                    <StatusBadge t={t} status={e.status} />
                  </td>
                  <td>
                    {e.status === "lulus" ? (
                      <a href={`${BASE}/pendaftaran/${e.id}/sertifikat.pdf`}>
                        {t("training.certificate.download")}
                        <span class="visually-hidden"> {e.courseTitle}</span>
                      </a>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Section>
    </>,
  );
});

/** Sessions open for enrolment (SPEC §3.3 catalogue and sessions). */
asnPages.get(`${BASE}/katalog`, async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  requireActor(c);
  const today = todayOf(ctxOf(c));
  const { items } = await listSessions(c.var.deps.db, { from: today, status: ["dibuka", "ditutup"] });
  return render(
    c,
    t("training.catalogue.title"),
    <>
      <MyTrainingHeading t={t} title={t("training.catalogue.title")} />
      <p>{t("training.catalogue.lead")}</p>
      {items.length === 0 ? (
        <Empty>{t("training.catalogue.none")}</Empty>
      ) : (
        <div class="row g-3">
          {items.map((s) => (
            <div class="col-md-6">
              <article class="card h-100">
                <div class="card-body">
                  <h2 class="h5 card-title">
                    <a href={`${BASE}/sesi/${s.id}`}>{s.courseTitle}</a>
                  </h2>
                  <p class="card-text mb-1">
                    {dateRange(s.startsOn, s.endsOn, locale)} · {s.jp} JP ·{" "}
                    {MODE_TEXT[s.mode as keyof typeof MODE_TEXT]}
                  </p>
                  <p class="card-text small mb-1">{s.venue ?? s.onlineUrl}</p>
                  <p class="card-text small">
                    {s.seatsTaken >= s.capacity
                      ? t("training.session.full", { waiting: s.waiting })
                      : t("training.session.seatsLeft", {
                          n: s.capacity - s.seatsTaken,
                          capacity: s.capacity,
                        })}
                  </p>
                </div>
              </article>
            </div>
          ))}
        </div>
      )}
    </>,
  );
});

async function sessionPage(c: C, sessionId: string, problem?: FormProblem | null) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const ctx = ctxOf(c);
  const { db } = c.var.deps;
  const s = await findSession(db, sessionId);
  if (!s || !can(actor, "catalogue.read")) return null;
  const days = await sessionDays(db, s.id);
  const counts = await seatCounts(db, s.id);
  const today = todayOf(ctx);
  const mine = actor.employeeId ? await findEnrolmentFor(db, s.id, actor.employeeId) : null;
  const attempts = mine
    ? await db.select().from(trainingTestAttempts).where(eq(trainingTestAttempts.enrolmentId, mine.id))
    : [];
  const [survey] = mine
    ? await db
        .select({ id: trainingSurveyResponses.id })
        .from(trainingSurveyResponses)
        .where(eq(trainingSurveyResponses.enrolmentId, mine.id))
    : [];
  const canFacilitate = can(actor, "session.facilitate", sessionResource(s));
  const csrf = c.get("csrfToken");
  const open = s.status === "dibuka" && today <= s.startsOn;
  const canRequest = !!actor.employeeId && open && (!mine || ["ditolak", "batal"].includes(mine.status));
  const canWithdraw =
    !!mine &&
    ["menunggu", "terdaftar", "daftar_tunggu"].includes(mine.status) &&
    today <= s.endsOn &&
    s.status !== "selesai";
  const testLink = (phase: Phase) => {
    if (mine?.status !== "terdaftar") return null;
    const a = attempts.find((x) => x.phase === phase);
    if (a?.submittedAt)
      return <li>{t(`training.test.${phase}Done`, { score: formatNumber(a.score ?? 0, locale) })}</li>;
    if (testWindowProblem(phase, s, today)) return null;
    return (
      <li>
        <a href={`${BASE}/pendaftaran/${mine.id}/tes/${phase}`}>{t(`training.test.${phase}Open`)}</a>
      </li>
    );
  };
  return render(
    c,
    s.courseTitle,
    <>
      <MyTrainingHeading
        t={t}
        title={s.courseTitle}
        via={[[t("training.catalogue.title"), `${BASE}/katalog`]]}
      />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <div class="row g-4">
        <div class="col-lg-7">
          <dl class="row">
            <dt class="col-sm-4">{t("training.field.dates")}</dt>
            <dd class="col-sm-8">{dateRange(s.startsOn, s.endsOn, locale)}</dd>
            <dt class="col-sm-4">{t("training.field.place")}</dt>
            <dd class="col-sm-8">
              {s.venue}
              {s.onlineUrl && (
                <div>
                  <a href={s.onlineUrl} rel="noopener noreferrer">
                    {t("training.session.onlineLink")}
                  </a>
                </div>
              )}
            </dd>
            <dt class="col-sm-4">{t("training.field.mode")}</dt>
            <dd class="col-sm-8">
              {MODE_TEXT[s.courseMode as keyof typeof MODE_TEXT]} · {s.courseJp} JP
            </dd>
            <dt class="col-sm-4">{t("training.field.provider")}</dt>
            <dd class="col-sm-8">{s.courseProvider}</dd>
            <dt class="col-sm-4">{t("training.field.facilitator")}</dt>
            <dd class="col-sm-8">{s.facilitatorName}</dd>
            <dt class="col-sm-4">{t("training.field.seats")}</dt>
            <dd class="col-sm-8">
              {t("training.session.seats", {
                taken: counts.seatsTaken,
                capacity: s.capacity,
                waiting: counts.waiting,
              })}
            </dd>
            <dt class="col-sm-4">{t("training.field.rule")}</dt>
            <dd class="col-sm-8">
              {s.minPostScore === null
                ? t("training.rule.attendanceOnly", { pct: s.minAttendancePct })
                : t("training.rule.full", { pct: s.minAttendancePct, score: s.minPostScore })}
            </dd>
            <dt class="col-sm-4">{t("training.field.status")}</dt>
            <dd class="col-sm-8">
              <StatusBadge t={t} status={s.status} />
            </dd>
          </dl>
          <h2 class="h5">{t("training.session.schedule")}</h2>
          <ul>
            {days.map((d) => (
              <li>
                {formatDate(d.date, locale)}, {d.startTime.replace(":", ".")}–{d.endTime.replace(":", ".")}{" "}
                WIB
                {canFacilitate && d.date === today && s.status !== "selesai" && (
                  <>
                    {" "}
                    · <a href={`${BASE}/kelola/sesi/${s.id}/layar/${d.id}`}>{t("training.screen.open")}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
          {canFacilitate && (
            <p>
              <a href={`${BASE}/kelola/sesi/${s.id}`}>{t("training.session.manage")}</a>
            </p>
          )}
        </div>
        <div class="col-lg-5">
          <section class="card" aria-labelledby="my-status">
            <div class="card-body">
              <h2 class="h5" id="my-status">
                {t("training.session.myStatus")}
              </h2>
              {!actor.employeeId ? (
                <p>{t("training.my.noEmployee")}</p>
              ) : mine ? (
                <p>
                  <StatusBadge t={t} status={mine.status} />
                  {mine.decisionReason && mine.status === "ditolak" && (
                    <span class="d-block small mt-1">
                      {t("training.field.reason")}: {mine.decisionReason}
                    </span>
                  )}
                </p>
              ) : (
                <p>{t("training.session.notEnrolled")}</p>
              )}
              {mine && ["terdaftar", "lulus", "tidak_lulus"].includes(mine.status) && (
                <ul>
                  {mine.status === "terdaftar" && (
                    <li>
                      <a href={`${BASE}/sesi/${s.id}/kalender.ics`}>{t("training.session.ics")}</a>
                    </li>
                  )}
                  {mine.status === "terdaftar" && days.some((d) => d.date === today) && (
                    <li>
                      <a href={`${BASE}/hadir`}>{t("training.checkin.title")}</a>
                    </li>
                  )}
                  {testLink("pre")}
                  {testLink("post")}
                  {today >= s.endsOn && !survey && (
                    <li>
                      <a href={`${BASE}/pendaftaran/${mine.id}/survei`}>{t("training.survey.open")}</a>
                    </li>
                  )}
                  {mine.status === "lulus" && (
                    <li>
                      <a href={`${BASE}/pendaftaran/${mine.id}/sertifikat.pdf`}>
                        {t("training.certificate.download")}
                      </a>
                    </li>
                  )}
                </ul>
              )}
              {canRequest && (
                <form method="post" action={`${BASE}/sesi/${s.id}/daftar`} novalidate>
                  <Csrf token={csrf} />
                  <TextArea
                    name="note"
                    label={t("training.enrol.note")}
                    hint={t("training.enrol.noteHint")}
                    rows={2}
                    maxLength={500}
                    errors={problem?.fields}
                  />
                  <button type="submit" class="btn btn-primary">
                    {t("training.enrol.request")}
                  </button>
                </form>
              )}
              {canWithdraw && mine && (
                <form method="post" action={`${BASE}/pendaftaran/${mine.id}/batal`} class="mt-3" novalidate>
                  <Csrf token={csrf} />
                  <TextField name="reason" label={t("training.enrol.withdrawReason")} maxLength={500} />
                  <button type="submit" class="btn btn-outline-danger">
                    {t("training.enrol.withdraw")}
                  </button>
                </form>
              )}
            </div>
          </section>
        </div>
      </div>
    </>,
    { status: problem?.status ?? 200 },
  );
}

asnPages.get(`${BASE}/sesi/:id`, async (c) => {
  const page = await sessionPage(c, uuidParam(c, "id"));
  if (!page) return c.notFound();
  return page;
});

asnPages.post(`${BASE}/sesi/:id/daftar`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  return handleForm(
    c,
    async () => {
      await requestEnrolment(ctxOf(c), { sessionId: id, note: str(body.note) });
      return `${BASE}/sesi/${id}?ok=requested`;
    },
    async (problem) => (await sessionPage(c, id, problem)) ?? c.notFound(),
  );
});

asnPages.post(`${BASE}/pendaftaran/:id/batal`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  const ctx = ctxOf(c);
  const e = await c.var.deps.db
    .select({ sessionId: trainingEnrolments.sessionId })
    .from(trainingEnrolments)
    .where(eq(trainingEnrolments.id, id));
  const back = (c.req.query("kembali") ?? "").startsWith(`${BASE}/`) ? c.req.query("kembali")! : null;
  return handleForm(
    c,
    async () => {
      await withdrawEnrolment(ctx, { enrolmentId: id, reason: str(body.reason) });
      return back ?? `${BASE}/sesi/${e[0]?.sessionId}?ok=withdrawn`;
    },
    async (problem) =>
      e[0] ? ((await sessionPage(c, e[0].sessionId, problem)) ?? c.notFound()) : c.notFound(),
  );
});

/** Calendar file for a session (SPEC §3.3: a calendar link per session). */
asnPages.get(`${BASE}/sesi/:id/kalender.ics`, async (c) => {
  requireActor(c);
  const s = await findSession(c.var.deps.db, uuidParam(c, "id"));
  if (!s) return c.notFound();
  const days = await sessionDays(c.var.deps.db, s.id);
  const ics = buildIcs({
    uid: s.id,
    title: s.courseTitle,
    description: `${s.courseJp} JP · ${s.courseProvider} · Fasilitator: ${s.facilitatorName}`,
    location: [s.venue, s.onlineUrl].filter(Boolean).join(" · "),
    url: `${c.var.deps.config.baseUrl}${BASE}/sesi/${s.id}`,
    days,
    stamp: c.var.deps.now(),
  });
  return c.body(ics, 200, {
    "content-type": "text/calendar; charset=utf-8",
    "content-disposition": `attachment; filename="pelatihan-${s.startsOn}.ics"`,
  });
});

async function checkInPage(c: C, problem?: FormProblem | null, values: { c?: string; d?: string } = {}) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const today = todayOf(ctxOf(c));
  const code = values.c ?? c.req.query("c") ?? "";
  const dayId = values.d ?? c.req.query("d") ?? "";
  const mine = actor.employeeId ? await myEnrolments(db, actor.employeeId) : [];
  const todays = [];
  for (const e of mine.filter((x) => x.status === "terdaftar" && x.startsOn <= today && x.endsOn >= today)) {
    const d = (await sessionDays(db, e.sessionId)).find((x) => x.date === today);
    if (d) todays.push({ value: d.id, label: `${e.courseTitle} — ${formatDate(d.date, locale)}` });
  }
  const csrf = c.get("csrfToken");
  const fromQr = !!c.req.query("c") && !!c.req.query("d") && !problem;
  return render(
    c,
    t("training.checkin.title"),
    <div class="col-lg-7">
      <MyTrainingHeading t={t} title={t("training.checkin.title")} />
      <ProblemMessages t={t} problem={problem} />
      {fromQr ? (
        <form method="post" action={`${BASE}/hadir`}>
          <Csrf token={csrf} />
          <input type="hidden" name="c" value={code} />
          <input type="hidden" name="d" value={dayId} />
          <p>{t("training.checkin.confirm", { name: actor.displayName })}</p>
          <button type="submit" class="btn btn-primary btn-lg">
            {t("training.checkin.submit")}
          </button>
        </form>
      ) : (
        <>
          <p>{t("training.checkin.lead")}</p>
          {todays.length === 0 && !dayId ? (
            <Empty>{t("training.checkin.noSession")}</Empty>
          ) : (
            <form method="post" action={`${BASE}/hadir`} novalidate>
              <Csrf token={csrf} />
              {todays.length > 0 ? (
                <SelectField
                  name="d"
                  label={t("training.checkin.day")}
                  options={todays}
                  value={dayId}
                  errors={problem?.fields}
                />
              ) : (
                <input type="hidden" name="d" value={dayId} />
              )}
              <TextField
                name="code"
                label={t("training.checkin.code")}
                hint={t("training.checkin.codeHint")}
                value={code}
                autocomplete="off"
                maxLength={12}
                width="w-auto"
                errors={problem?.fields}
                required
              />
              <button type="submit" class="btn btn-primary">
                {t("training.checkin.submit")}
              </button>
            </form>
          )}
        </>
      )}
    </div>,
    { status: problem?.status ?? 200 },
  );
}

asnPages.get(`${BASE}/hadir`, (c) => checkInPage(c));

asnPages.post(`${BASE}/hadir`, async (c) => {
  const body = await formBody(c);
  const code = str(body.c) || str(body.code);
  const dayId = str(body.d);
  return handleForm(
    c,
    async () => {
      const result = await checkIn(ctxOf(c), { dayId, code });
      return `${BASE}/sesi/${result.sessionId}?ok=${result.status === "tercatat" ? "checkedIn" : "alreadyCheckedIn"}`;
    },
    (problem) => checkInPage(c, problem, { d: dayId }),
  );
});

async function testPage(c: C, enrolmentId: string, phase: Phase, problem?: FormProblem | null) {
  const t = c.get("t");
  const locale = c.get("locale");
  const ctx = ctxOf(c);
  const { e, s } = await loadOwnEnrolment(ctx, enrolmentId);
  const [attempt] = await c.var.deps.db
    .select()
    .from(trainingTestAttempts)
    .where(and(eq(trainingTestAttempts.enrolmentId, e.id), eq(trainingTestAttempts.phase, phase)));
  const csrf = c.get("csrfToken");
  const title = t(`training.test.${phase}`, { course: s.courseTitle });
  const now = c.var.deps.now();
  let body: Child;
  if (attempt?.submittedAt) {
    body = (
      <div class="alert alert-info" role="status">
        {t("training.test.result", {
          score: formatNumber(attempt.score ?? 0, locale),
          correct: attempt.correctCount ?? 0,
          total: attempt.questionIds.length,
        })}
      </div>
    );
  } else if (!attempt) {
    const problemText = testWindowProblem(phase, s, todayOf(ctx));
    body = problemText ? (
      <p>{problemText}</p>
    ) : (
      <form method="post" action={`${BASE}/pendaftaran/${e.id}/tes/${phase}/mulai`}>
        <Csrf token={csrf} />
        <p>{t("training.test.intro", { minutes: s.testMinutes })}</p>
        <button type="submit" class="btn btn-primary">
          {t("training.test.start")}
        </button>
      </form>
    );
  } else if (now.getTime() > attempt.deadlineAt.getTime() + 30_000) {
    body = <p>{t("training.test.expired", { at: formatDateTime(attempt.deadlineAt, locale) })}</p>;
  } else {
    const questions = await loadAttemptQuestions(c.var.deps.db, attempt.questionIds);
    body = (
      <form method="post" action={`${BASE}/pendaftaran/${e.id}/tes/${phase}/kirim`}>
        <Csrf token={csrf} />
        <input type="hidden" name="attemptId" value={attempt.id} />
        <p class="alert alert-warning">
          {t("training.test.deadline", {
            at: formatDateTime(attempt.deadlineAt, locale),
            minutes: Math.max(0, Math.ceil((attempt.deadlineAt.getTime() - now.getTime()) / 60_000)),
          })}
        </p>
        {questions.map((q, i) => (
          <fieldset class="mb-4">
            <legend class="fs-6 fw-semibold">
              {i + 1}. {q.prompt}
              {q.kind === "ganda" && (
                <span class="d-block small fw-normal">{t("training.test.multiple")}</span>
              )}
            </legend>
            {q.options.map((o, k) => (
              <div class="form-check">
                <input
                  class="form-check-input"
                  type={q.kind === "ganda" ? "checkbox" : "radio"}
                  name={`q-${q.id}`}
                  id={`q-${q.id}-${k}`}
                  value={String(k)}
                />
                <label class="form-check-label" for={`q-${q.id}-${k}`}>
                  {o}
                </label>
              </div>
            ))}
          </fieldset>
        ))}
        <button type="submit" class="btn btn-primary">
          {t("training.test.submit")}
        </button>
      </form>
    );
  }
  return render(
    c,
    title,
    <div class="col-lg-8">
      <MyTrainingHeading t={t} title={title} via={[[s.courseTitle, `${BASE}/sesi/${s.id}`]]} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      {body}
    </div>,
    { status: problem?.status ?? 200 },
  );
}

/** The route pattern only matches "pre" or "post". */
const phaseParam = (c: C) => c.req.param("phase") as Phase;

asnPages.get(`${BASE}/pendaftaran/:id/tes/:phase{pre|post}`, async (c) =>
  testPage(c, uuidParam(c, "id"), phaseParam(c)),
);

asnPages.post(`${BASE}/pendaftaran/:id/tes/:phase{pre|post}/mulai`, async (c) => {
  const id = uuidParam(c, "id");
  const phase = phaseParam(c);
  return handleForm(
    c,
    async () => {
      await startTest(ctxOf(c), { enrolmentId: id, phase });
      return `${BASE}/pendaftaran/${id}/tes/${phase}`;
    },
    (problem) => testPage(c, id, phase, problem),
  );
});

asnPages.post(`${BASE}/pendaftaran/:id/tes/:phase{pre|post}/kirim`, async (c) => {
  const id = uuidParam(c, "id");
  const phase = phaseParam(c);
  const body = await formBody(c);
  const answers: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (!k.startsWith("q-")) continue;
    answers[k.slice(2)] = (Array.isArray(v) ? v : [v]).map((x) => (/^\d{1,2}$/.test(x) ? Number(x) : -1));
  }
  return handleForm(
    c,
    async () => {
      await submitTest(ctxOf(c), { attemptId: str(body.attemptId), answers });
      return `${BASE}/pendaftaran/${id}/tes/${phase}?ok=testSubmitted`;
    },
    (problem) => testPage(c, id, phase, problem),
  );
});

async function surveyPage(
  c: C,
  enrolmentId: string,
  problem?: FormProblem | null,
  values: Record<string, string> = {},
) {
  const t = c.get("t");
  const { s } = await loadOwnEnrolment(ctxOf(c), enrolmentId);
  const title = t("training.survey.title", { course: s.courseTitle });
  const errors = problem?.fields ?? [];
  return render(
    c,
    title,
    <div class="col-lg-8">
      <MyTrainingHeading t={t} title={title} via={[[s.courseTitle, `${BASE}/sesi/${s.id}`]]} />
      <ProblemMessages t={t} problem={problem} />
      <p>{t("training.survey.lead")}</p>
      <form method="post" action={`${BASE}/pendaftaran/${enrolmentId}/survei`} novalidate>
        <Csrf token={c.get("csrfToken")} />
        {SURVEY_ITEMS.map((item) => {
          const error = errors.find((e) => e.field === item)?.message;
          return (
            <fieldset class="mb-3" id={`f-${item}`} aria-describedby={error ? `f-${item}-error` : undefined}>
              <legend class="fs-6 fw-semibold">{t(`training.survey.${item}`)}</legend>
              {error && (
                <div id={`f-${item}-error`} class="invalid-feedback d-block">
                  {error}
                </div>
              )}
              <div class="d-flex flex-wrap gap-3">
                {[1, 2, 3, 4, 5].map((n) => (
                  <div class="form-check">
                    <input
                      class="form-check-input"
                      type="radio"
                      name={item}
                      id={`${item}-${n}`}
                      value={String(n)}
                      checked={values[item] === String(n)}
                    />
                    <label class="form-check-label" for={`${item}-${n}`}>
                      {n} — {t(`training.survey.scale${n}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          );
        })}
        <TextArea
          name="comment"
          label={t("training.survey.comment")}
          value={values.comment}
          rows={3}
          maxLength={1000}
          errors={errors}
        />
        <button type="submit" class="btn btn-primary">
          {t("training.survey.submit")}
        </button>
      </form>
    </div>,
    { status: problem?.status ?? 200 },
  );
}

asnPages.get(`${BASE}/pendaftaran/:id/survei`, (c) => surveyPage(c, uuidParam(c, "id")));

asnPages.post(`${BASE}/pendaftaran/:id/survei`, async (c) => {
  const id = uuidParam(c, "id");
  const values = await formValues(c);
  return handleForm(
    c,
    async () => {
      const { s } = await loadOwnEnrolment(ctxOf(c), id);
      await submitSurvey(ctxOf(c), { enrolmentId: id, ratings: values, comment: values.comment });
      return `${BASE}/sesi/${s.id}?ok=surveyThanks`;
    },
    (problem) => surveyPage(c, id, problem, values),
  );
});

/** The certificate PDF (issued on first download when it does not exist yet). */
asnPages.get(`${BASE}/pendaftaran/:id/sertifikat.pdf`, async (c) => {
  const { pdf, number } = await certificatePdf(ctxOf(c), uuidParam(c, "id"));
  return c.body(new Uint8Array(pdf), 200, {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="sertifikat-${number.replace(/[^0-9A-Za-z.-]+/g, "-")}.pdf"`,
    "cache-control": "private, no-store",
  });
});
