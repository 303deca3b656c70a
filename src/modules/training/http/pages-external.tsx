import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { AppError } from "../../../platform/errors";
import { readStoredFile } from "../../../platform/files";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formatDate, formatNumber } from "../../../platform/i18n/format";
import { Csrf, ErrorSummary, SelectField, TextField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { submitExternal } from "../commands/submit-external";
import { verifyExternal } from "../commands/verify-external";
import { can, manageScope } from "../domain/policy";
import { externalQueue, myExternal } from "../queries/enrolments";
import { trainingExternal } from "../schema";
import { requireEmployee } from "../training.repository";
import { MODE_TEXT, MODES } from "../training.types";
import { dateRange, Empty, ScrollTable, StatusBadge } from "../views/components";
import {
  BASE,
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  HR,
  handleForm,
  MyTrainingHeading,
  ProblemAlert,
  ProblemMessages,
  recordResource,
  requireRight,
  str,
  uuidParam,
} from "./helpers";
import { HrHeading } from "./hr-nav";

export const externalPages = new Hono<AppEnv>();

const hoursText = (minutes: number, locale: "id" | "en") =>
  formatNumber(minutes / 60, locale, minutes % 60 ? 2 : 0);

/** An ASN's external training: what was claimed, its state, and the form to claim more (SPEC §3.3 issue 8). */
async function myExternalPage(c: C, problem?: FormProblem | null, values: Record<string, string> = {}) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireActor(c);
  const claims = actor.employeeId ? await myExternal(c.var.deps.db, actor.employeeId) : [];
  const errors = problem?.fields ?? [];
  return render(
    c,
    t("training.external.title"),
    <>
      <MyTrainingHeading t={t} title={t("training.external.title")} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <div class="row g-4">
        <Section id="claims-title" class="col-lg-6" title={t("training.external.mine")}>
          {claims.length === 0 ? (
            <Empty>{t("training.external.none")}</Empty>
          ) : (
            <ul class="list-group">
              {claims.map((x) => (
                <li class="list-group-item">
                  <div class="d-flex justify-content-between gap-2">
                    <strong>{x.title}</strong> <StatusBadge t={t} status={x.status} />
                  </div>
                  <div class="small">
                    {x.provider} · {dateRange(x.startDate, x.endDate, locale)} ·{" "}
                    {t("training.external.hoursJp", {
                      hours: hoursText(x.minutes, locale),
                      jp: x.jpApproved ?? x.jpProposed,
                    })}
                  </div>
                  {x.rejectionReason && (
                    <div class="small">
                      {t("training.field.reason")}: {x.rejectionReason}
                    </div>
                  )}
                  <a class="small" href={`${BASE}/eksternal/${x.id}/berkas`}>
                    {t("training.external.file")}
                    <span class="visually-hidden"> {x.title}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Section>
        {actor.employeeId && (
          <Section id="claim-title" class="col-lg-6" title={t("training.external.claim")}>
            <p class="small">{t("training.external.lead")}</p>
            <form method="post" action={`${BASE}/eksternal`} enctype="multipart/form-data" novalidate>
              <Csrf token={c.get("csrfToken")} />
              <TextField
                name="title"
                label={t("training.field.course")}
                value={values.title}
                maxLength={200}
                errors={errors}
                required
              />
              <TextField
                name="provider"
                label={t("training.field.provider")}
                value={values.provider}
                maxLength={200}
                errors={errors}
                required
              />
              <SelectField
                name="mode"
                label={t("training.field.mode")}
                options={MODES.map((m) => ({ value: m, label: MODE_TEXT[m] }))}
                value={values.mode ?? "klasikal"}
                errors={errors}
              />
              <div class="row">
                <div class="col-sm-6">
                  <TextField
                    name="startDate"
                    type="date"
                    label={t("training.field.startDate")}
                    value={values.startDate}
                    errors={errors}
                    required
                  />
                </div>
                <div class="col-sm-6">
                  <TextField
                    name="endDate"
                    type="date"
                    label={t("training.field.endDate")}
                    value={values.endDate}
                    errors={errors}
                    required
                  />
                </div>
              </div>
              <TextField
                name="hours"
                label={t("training.external.hours")}
                hint={t("training.external.hoursHint")}
                value={values.hours}
                inputmode="decimal"
                width="w-auto"
                errors={errors}
                required
              />
              <TextField
                name="certificateNumber"
                label={t("training.external.number")}
                value={values.certificateNumber}
                maxLength={100}
                errors={errors}
              />
              <div class="mb-3">
                <label class="form-label fw-semibold" for="f-file">
                  {t("training.external.fileLabel")}
                </label>
                <div id="f-file-hint" class="form-text mt-0 mb-1">
                  {t("training.external.fileHint")}
                </div>
                {errors.find((e) => e.field === "file") && (
                  <div id="f-file-error" class="invalid-feedback d-block">
                    {errors.find((e) => e.field === "file")!.message}
                  </div>
                )}
                <input
                  class={`form-control${errors.some((e) => e.field === "file") ? " is-invalid" : ""}`}
                  type="file"
                  id="f-file"
                  name="file"
                  accept="application/pdf,image/jpeg,image/png"
                  aria-describedby={`f-file-hint${errors.some((e) => e.field === "file") ? " f-file-error" : ""}`}
                  required
                />
              </div>
              <button type="submit" class="btn btn-primary">
                {t("training.external.submit")}
              </button>
            </form>
          </Section>
        )}
      </div>
    </>,
    { status: problem?.status ?? 200 },
  );
}

externalPages.get(`${BASE}/eksternal`, (c) => myExternalPage(c));

externalPages.post(`${BASE}/eksternal`, async (c) => {
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  for (const k of ["title", "provider", "mode", "startDate", "endDate", "hours", "certificateNumber"]) {
    values[k] = typeof body[k] === "string" ? (body[k] as string).trim() : "";
  }
  const file = body.file instanceof File ? new Uint8Array(await body.file.arrayBuffer()) : null;
  return handleForm(
    c,
    async () => {
      await submitExternal(ctxOf(c), values, file);
      return `${BASE}/eksternal?ok=claimed`;
    },
    (problem) => myExternalPage(c, problem, values),
  );
});

/** The uploaded certificate, for its owner, their supervisor and readers in scope; never a public URL. */
externalPages.get(`${BASE}/eksternal/:id/berkas`, async (c) => {
  const actor = requireActor(c);
  const id = uuidParam(c, "id");
  const [claim] = await c.var.deps.db.select().from(trainingExternal).where(eq(trainingExternal.id, id));
  const person = claim ? await requireEmployee(c.var.deps.db, claim.employeeId) : null;
  if (!claim || !person || !can(actor, "record.read", recordResource(person))) {
    throw new AppError("NOT_FOUND", c.get("t")("error.404.detail"));
  }
  const file = await readStoredFile(c.var.deps, claim.fileSha256, claim.fileMime);
  const ext = claim.fileMime === "application/pdf" ? "pdf" : claim.fileMime === "image/png" ? "png" : "jpg";
  return c.body(new Uint8Array(file.bytes), 200, {
    "content-type": claim.fileMime,
    "content-disposition": `inline; filename="sertifikat-eksternal.${ext}"`,
    "cache-control": "private, no-store",
    "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
  });
});

/** HR's verification queue (SPEC §3.3 issue 8: HR verifies or rejects with a reason; verified JP counts). */
async function queuePage(c: C, problem?: { id: string; problem: FormProblem }) {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = requireRight(c, "catalogue.manage");
  const scope = manageScope(actor);
  const pending = await externalQueue(c.var.deps.db, scope, "diajukan");
  const done = [
    ...(await externalQueue(c.var.deps.db, scope, "diverifikasi")),
    ...(await externalQueue(c.var.deps.db, scope, "ditolak")),
  ]
    .sort((a, b) => (b.claim.verifiedAt?.getTime() ?? 0) - (a.claim.verifiedAt?.getTime() ?? 0))
    .slice(0, 20);
  const csrf = c.get("csrfToken");
  const fieldError = (id: string, field: string) =>
    problem?.id === id ? problem.problem.fields.find((f) => f.field === field)?.message : undefined;
  return render(
    c,
    t("training.external.queue"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.external.queue")} current={`${HR}/eksternal`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemAlert problem={problem?.problem} />
      <ErrorSummary
        errors={problem?.problem.fields.map((f) => ({ ...f, field: `${f.field}-${problem.id}` })) ?? []}
        t={t}
      />
      {pending.length === 0 ? (
        <Empty>{t("training.external.queueEmpty")}</Empty>
      ) : (
        <ul class="list-group mb-4">
          {pending.map(({ claim: x, employeeName, employeeNip, unitName }) => {
            const jpError = fieldError(x.id, "jpApproved");
            const reasonError = fieldError(x.id, "reason");
            return (
              <li class="list-group-item">
                <div class="row g-3">
                  <div class="col-md-7">
                    <strong>{x.title}</strong>
                    <div>
                      {employeeName} ({employeeNip}) · {unitName}
                    </div>
                    <div class="small">
                      {x.provider} · {MODE_TEXT[x.mode as keyof typeof MODE_TEXT]} ·{" "}
                      {dateRange(x.startDate, x.endDate, locale)}
                    </div>
                    <div class="small">
                      {t("training.external.hoursJp", {
                        hours: hoursText(x.minutes, locale),
                        jp: x.jpProposed,
                      })}
                      {x.certificateNumber && ` · ${t("training.external.number")}: ${x.certificateNumber}`}
                    </div>
                    <div class="small">
                      {t("training.external.submittedOn", { date: formatDate(x.createdAt, locale) })}
                    </div>
                    <a href={`${BASE}/eksternal/${x.id}/berkas`}>
                      {t("training.external.file")}
                      <span class="visually-hidden"> {x.title}</span>
                    </a>
                  </div>
                  <form method="post" action={`${HR}/eksternal/${x.id}`} class="col-md-5" novalidate>
                    <Csrf token={csrf} />
                    <label class="form-label small mb-0" for={`f-jpApproved-${x.id}`}>
                      {t("training.external.jpApproved")}
                    </label>
                    {jpError && <div class="invalid-feedback d-block">{jpError}</div>}
                    <input
                      class={`form-control form-control-sm mb-2${jpError ? " is-invalid" : ""}`}
                      id={`f-jpApproved-${x.id}`}
                      name="jpApproved"
                      type="number"
                      inputmode="numeric"
                      value={String(x.jpProposed)}
                    />
                    <label class="form-label small mb-0" for={`f-reason-${x.id}`}>
                      {t("training.external.rejectReason")}
                    </label>
                    {reasonError && <div class="invalid-feedback d-block">{reasonError}</div>}
                    <input
                      class={`form-control form-control-sm mb-2${reasonError ? " is-invalid" : ""}`}
                      id={`f-reason-${x.id}`}
                      name="reason"
                      maxlength={500}
                    />
                    <div class="d-flex gap-2">
                      <button type="submit" name="decision" value="verifikasi" class="btn btn-sm btn-success">
                        {t("training.external.verify")}
                        <span class="visually-hidden"> {x.title}</span>
                      </button>
                      <button
                        type="submit"
                        name="decision"
                        value="tolak"
                        class="btn btn-sm btn-outline-danger"
                      >
                        {t("training.external.reject")}
                        <span class="visually-hidden"> {x.title}</span>
                      </button>
                    </div>
                  </form>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h2 class="h5">{t("training.external.history")}</h2>
      {done.length === 0 ? (
        <Empty>{t("training.external.none")}</Empty>
      ) : (
        <ScrollTable label={t("training.external.history")}>
          <thead>
            <tr>
              <th scope="col">{t("training.field.name")}</th>
              <th scope="col">{t("training.field.course")}</th>
              <th scope="col" class="text-end">
                JP
              </th>
              <th scope="col">{t("training.field.status")}</th>
            </tr>
          </thead>
          <tbody>
            {done.map(({ claim: x, employeeName }) => (
              <tr>
                <td>{employeeName}</td>
                <td>{x.title}</td>
                <td class="text-end">{x.jpApproved ?? "—"}</td>
                <td>
                  <StatusBadge t={t} status={x.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>,
    { status: problem?.problem.status ?? 200 },
  );
}

externalPages.get(`${HR}/eksternal`, (c) => queuePage(c));

externalPages.post(`${HR}/eksternal/:id`, async (c) => {
  const id = uuidParam(c, "id");
  const body = await formBody(c);
  return handleForm(
    c,
    async () => {
      const row = await verifyExternal(ctxOf(c), {
        id,
        decision: str(body.decision) as "verifikasi" | "tolak",
        jpApproved: str(body.jpApproved),
        reason: str(body.reason),
      });
      return `${HR}/eksternal?ok=${row.status === "diverifikasi" ? "verified" : "rejected"}`;
    },
    (problem) => queuePage(c, { id, problem }),
  );
});
