import { Hono } from "hono";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formatDate } from "../../../platform/i18n/format";
import { Csrf, ErrorSummary, TextArea } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { todayOf } from "../commands/context";
import { decideEnrolment } from "../commands/decide-enrolment";
import { recordAssessment } from "../commands/record-assessment";
import { can, isManager, manageScope } from "../domain/policy";
import { competencyProfile, listCompetencies } from "../queries/competency";
import { type EnrolmentView, pendingForHr, pendingForSupervisor } from "../queries/enrolments";
import { jpRows } from "../queries/jp";
import { recommendFor } from "../queries/recommendations";
import { findEmployee, teamOf } from "../training.repository";
import { dateRange, Empty, ScrollTable, StatusBadge } from "../views/components";
import {
  BASE,
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  handleForm,
  MyTrainingHeading,
  ProblemAlert,
  ProblemMessages,
  recordResource,
  str,
  uuidParam,
} from "./helpers";

export const supervisorPages = new Hono<AppEnv>();

function RequestTable({
  c,
  rows,
  problemFor,
}: {
  c: C;
  rows: EnrolmentView[];
  problemFor?: { id: string; problem: FormProblem };
}) {
  const t = c.get("t");
  const locale = c.get("locale");
  const csrf = c.get("csrfToken");
  if (rows.length === 0) return <Empty>{t("training.approvals.none")}</Empty>;
  return (
    <ul class="list-group mb-4">
      {rows.map((r) => {
        const error =
          problemFor?.id === r.id
            ? problemFor.problem.fields.find((f) => f.field === "reason")?.message
            : undefined;
        return (
          <li class="list-group-item">
            <div class="d-flex flex-wrap justify-content-between gap-2">
              <div>
                <strong>{r.employeeName}</strong> <span class="small text-body-secondary">{r.unitName}</span>
                <div>
                  <a href={`${BASE}/sesi/${r.sessionId}`}>{r.courseTitle}</a> ·{" "}
                  {dateRange(r.startsOn, r.endsOn, locale)} · {r.jp} JP
                </div>
                {r.requestNote && (
                  <div class="small">
                    {t("training.enrol.note")}: {r.requestNote}
                  </div>
                )}
                <div class="small text-body-secondary">
                  {t("training.approvals.requestedOn", { date: formatDate(r.createdAt, locale) })}
                </div>
              </div>
              <form
                method="post"
                action={`${BASE}/pendaftaran/${r.id}/putuskan`}
                class="d-flex flex-column gap-2"
                style="min-width: 16rem"
              >
                <Csrf token={csrf} />
                <label class="form-label small mb-0" for={`f-reason-${r.id}`}>
                  {t("training.approvals.reason")}
                </label>
                {error && (
                  <div id={`f-reason-${r.id}-error`} class="invalid-feedback d-block">
                    {error}
                  </div>
                )}
                <input
                  class={`form-control form-control-sm${error ? " is-invalid" : ""}`}
                  id={`f-reason-${r.id}`}
                  name="reason"
                  maxlength={500}
                  aria-describedby={error ? `f-reason-${r.id}-error` : undefined}
                />
                <div class="d-flex gap-2">
                  <button type="submit" name="decision" value="setujui" class="btn btn-sm btn-success">
                    {t("training.approvals.approve")}
                    <span class="visually-hidden"> {r.employeeName}</span>
                  </button>
                  <button type="submit" name="decision" value="tolak" class="btn btn-sm btn-outline-danger">
                    {t("training.approvals.decline")}
                    <span class="visually-hidden"> {r.employeeName}</span>
                  </button>
                </div>
              </form>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** Approvals for an atasan (their direct team) and HR's fallback queue, plus the team's JP this year. */
async function approvalsPage(c: C, problemFor?: { id: string; problem: FormProblem }) {
  const t = c.get("t");
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const year = Number(todayOf(ctxOf(c)).slice(0, 4));
  const mine = actor.employeeId ? await pendingForSupervisor(db, actor.employeeId) : [];
  const hr = isManager(actor)
    ? (await pendingForHr(db, manageScope(actor))).filter(
        (r) => !mine.some((m) => m.id === r.id) && r.employeeId !== actor.employeeId,
      )
    : [];
  const team = actor.employeeId ? await teamOf(db, actor.employeeId) : [];
  const teamJp = await jpRows(db, { year, employeeIds: team });
  return render(
    c,
    t("training.approvals.title"),
    <>
      <h1 class="h3">{t("training.approvals.title")}</h1>
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemAlert problem={problemFor?.problem} />
      <ErrorSummary
        errors={problemFor?.problem.fields.map((f) => ({ ...f, field: `reason-${problemFor.id}` })) ?? []}
        t={t}
      />
      <Section id="mine-title" title={t("training.approvals.team")}>
        <RequestTable c={c} rows={mine} problemFor={problemFor} />
      </Section>
      {isManager(actor) && (
        <Section id="hr-title" title={t("training.approvals.hr")}>
          <p class="small">{t("training.approvals.hrLead")}</p>
          <RequestTable c={c} rows={hr} problemFor={problemFor} />
        </Section>
      )}
      <Section id="teamjp-title" title={t("training.team.jp", { year })}>
        {teamJp.length === 0 ? (
          <Empty>{t("training.team.none")}</Empty>
        ) : (
          <ScrollTable label={t("training.team.jp", { year })}>
            <thead>
              <tr>
                <th scope="col">{t("training.field.name")}</th>
                <th scope="col" class="text-end">
                  {t("training.field.earned")}
                </th>
                <th scope="col" class="text-end">
                  {t("training.field.target")}
                </th>
                <th scope="col">{t("training.field.status")}</th>
                <th scope="col">{t("training.competency.title")}</th>
              </tr>
            </thead>
            <tbody>
              {teamJp.map((r) => (
                <tr>
                  <td>{r.name}</td>
                  <td class="text-end">{r.earned}</td>
                  <td class="text-end">{r.target}</td>
                  <td>
                    <StatusBadge t={t} status={r.state} />
                  </td>
                  <td>
                    <a href={`${BASE}/kompetensi/${r.employeeId}`}>
                      {t("training.competency.assess")}
                      <span class="visually-hidden"> {r.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Section>
    </>,
    { status: problemFor?.problem.status ?? 200 },
  );
}

supervisorPages.get(`${BASE}/persetujuan`, (c) => approvalsPage(c));

supervisorPages.post(`${BASE}/pendaftaran/:id/putuskan`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  // The command refuses anything but "setujui" or "tolak" with a 422.
  const decision = str(body.decision) as "setujui" | "tolak";
  return handleForm(
    c,
    async () => {
      const row = await decideEnrolment(ctxOf(c), { enrolmentId: id, decision, reason: str(body.reason) });
      return `${BASE}/persetujuan?ok=${row.status === "ditolak" ? "declined" : row.status === "daftar_tunggu" ? "approvedWaitlist" : "approved"}`;
    },
    (problem) => approvalsPage(c, { id, problem }),
  );
});

/** Competency profile of one ASN (required, current, gap) and, for the supervisor or HR, the assessment form. */
async function competencyPage(c: C, employeeId: string, problem?: FormProblem | null) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const { db } = c.var.deps;
  const person = await findEmployee(db, employeeId);
  const resource = person ? recordResource(person) : {};
  if (!person || !can(actor, "record.read", resource)) return c.notFound();
  const canAssess = can(actor, "assessment.record", resource);
  const profile = await competencyProfile(db, person.id);
  const dictionary = canAssess ? await listCompetencies(db) : [];
  const recs = await recommendFor(db, person.id, todayOf(ctxOf(c)));
  const title = t("training.competency.of", { name: person.name });
  const errors = problem?.fields ?? [];
  const table = (
    <ScrollTable label={title} align="align-middle">
      <thead>
        <tr>
          <th scope="col">{t("training.competency.title")}</th>
          <th scope="col" class="text-end">
            {t("training.competency.required")}
          </th>
          <th scope="col" class="text-end">
            {t("training.competency.current")}
          </th>
          <th scope="col" class="text-end">
            {t("training.competency.gap")}
          </th>
          <th scope="col">{t("training.competency.assessedOn")}</th>
          {canAssess && <th scope="col">{t("training.competency.newLevel")}</th>}
        </tr>
      </thead>
      <tbody>
        {profile.map((p) => {
          const levels = dictionary.find((d) => d.id === p.competencyId)?.levels ?? [];
          const error = errors.find((e) => e.field === `level-${p.competencyId}`)?.message;
          return (
            <tr>
              <th scope="row" class="fw-normal">
                <span class="fw-semibold">{p.code}</span> {p.name}
              </th>
              <td class="text-end">{p.required ?? "—"}</td>
              <td class="text-end">{p.current ?? t("training.competency.notAssessed")}</td>
              <td class={`text-end${(p.gap ?? 0) > 0 ? " fw-bold text-danger-emphasis" : ""}`}>
                {p.gap ?? "—"}
              </td>
              <td>{p.assessedOn ? formatDate(p.assessedOn, locale) : "—"}</td>
              {canAssess && (
                <td>
                  <label class="visually-hidden" for={`f-level-${p.competencyId}`}>
                    {t("training.competency.newLevelFor", { name: p.name })}
                  </label>
                  <select
                    class={`form-select form-select-sm${error ? " is-invalid" : ""}`}
                    id={`f-level-${p.competencyId}`}
                    name={`level-${p.competencyId}`}
                  >
                    <option value="">{t("training.competency.unchanged")}</option>
                    {levels.map((l) => (
                      <option value={String(l.level)}>
                        {l.level} — {l.title}
                      </option>
                    ))}
                  </select>
                  {error && <div class="invalid-feedback d-block">{error}</div>}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
  return render(
    c,
    title,
    <>
      <MyTrainingHeading t={t} title={title} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <p class="small">{t("training.competency.lead")}</p>
      {canAssess ? (
        <form method="post" action={`${BASE}/kompetensi/${person.id}`} novalidate>
          <Csrf token={c.get("csrfToken")} />
          {table}
          <TextArea
            name="note"
            label={t("training.competency.note")}
            rows={2}
            maxLength={1000}
            errors={errors}
          />
          <button type="submit" class="btn btn-primary">
            {t("training.competency.save")}
          </button>
        </form>
      ) : (
        table
      )}
      <Section id="rec-title" class="mt-4" title={t("training.rec.title")}>
        {recs.length === 0 ? (
          <Empty>{t("training.rec.none")}</Empty>
        ) : (
          <ul>
            {recs.map((r) => (
              <li>
                {r.title} ({r.jp} JP) — {r.reasons.map((x) => x.text).join("; ")}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>,
    { status: problem?.status ?? 200 },
  );
}

supervisorPages.get(`${BASE}/kompetensi/:employeeId`, (c) => competencyPage(c, uuidParam(c, "employeeId")));

supervisorPages.post(`${BASE}/kompetensi/:employeeId`, async (c) => {
  const employeeId = uuidParam(c, "employeeId");
  const body = await formBody(c);
  const levels: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k.startsWith("level-")) levels[k.slice(6)] = str(v);
  return handleForm(
    c,
    async () => {
      await recordAssessment(ctxOf(c), { employeeId, levels, note: str(body.note) });
      return `${BASE}/kompetensi/${employeeId}?ok=assessed`;
    },
    (problem) => competencyPage(c, employeeId, problem),
  );
});
