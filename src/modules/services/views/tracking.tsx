import type { FieldError } from "../../../platform/errors";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate } from "../../../platform/i18n/format";
import { Csrf, ErrorSummary, errorFor, fieldId, TextField } from "../../../platform/views/form";
import type { SlaState } from "../domain/sla";
import type { presentPublicRequest } from "../presenters";
import { SlaText, StatusBadge, Timeline } from "./components";

export function TrackForm(props: {
  t: T;
  csrf: string;
  reference?: string;
  errors: FieldError[];
  message?: string;
}) {
  const { t } = props;
  return (
    <div class="col-md-8 col-lg-6">
      <h1 class="h3">{t("services.track.title")}</h1>
      <p>{t("services.track.lead")}</p>
      <ErrorSummary errors={props.errors} t={t} />
      {props.message && (
        <div class="alert alert-info" role="status">
          {props.message}
        </div>
      )}
      <form method="post" action="/lacak" novalidate>
        <Csrf token={props.csrf} />
        <TextField
          name="reference"
          label={t("services.track.reference")}
          hint={t("services.track.referenceHint")}
          value={props.reference}
          autocomplete="off"
          maxLength={20}
          errors={props.errors}
          required
        />
        <TextField
          name="pin"
          label={t("services.track.pin")}
          hint={t("services.track.pinHint")}
          type="password"
          inputmode="numeric"
          autocomplete="off"
          maxLength={6}
          width="w-auto"
          errors={props.errors}
          required
        />
        <button type="submit" class="btn btn-primary">
          {t("services.track.submit")}
        </button>
      </form>
    </div>
  );
}

type View = ReturnType<typeof presentPublicRequest>;

export function TrackDetail(props: {
  t: T;
  locale: Locale;
  csrf: string;
  view: View;
  sla: SlaState;
  canCancel: boolean;
  notice?: string;
  errors: FieldError[];
}) {
  const { t, locale, view } = props;
  const base = `/lacak/${view.reference}`;
  const cancelError = errorFor(props.errors, "confirm");
  return (
    <div class="col-lg-8">
      <p class="text-body-secondary mb-1">{t("services.track.title")}</p>
      <h1 class="h3">
        {view.service.name} <span class="font-monospace">{view.reference}</span>
      </h1>
      {props.notice && (
        <div class="alert alert-success" role="status">
          {props.notice}
        </div>
      )}
      <ErrorSummary errors={props.errors} t={t} />
      <div class="card mb-4">
        <div class="card-body">
          <p class="mb-2">
            {t("services.track.status")}: <StatusBadge t={t} status={view.status} />
          </p>
          <p class="lead">{t(`services.public.${view.status}`)}</p>
          {view.correctionNote && (
            <div class="alert alert-warning">
              <strong>{t("services.track.correctionNote")}</strong>
              <div class="text-break">{view.correctionNote}</div>
            </div>
          )}
          <p class="mb-1">
            <strong>{t("services.track.next")}</strong> {t(`services.next.${view.status}`)}
          </p>
          <dl class="row mb-0 mt-3">
            <dt class="col-sm-4">{t("services.track.submitted")}</dt>
            <dd class="col-sm-8">{formatDate(view.submittedOn, locale)}</dd>
            <dt class="col-sm-4">{t("services.track.due")}</dt>
            <dd class="col-sm-8">
              <SlaText t={t} locale={locale} sla={props.sla} dueDate={view.dueDate} />
            </dd>
            {view.nib && (
              <>
                <dt class="col-sm-4">NIB</dt>
                <dd class="col-sm-8 font-monospace">{view.nib}</dd>
              </>
            )}
          </dl>
        </div>
      </div>
      {view.status === "PERLU_PERBAIKAN" && (
        <p>
          <a class="btn btn-primary" href={`${base}/perbaikan`}>
            {t("services.track.fix")}
          </a>
        </p>
      )}
      {view.document && (
        <div class={`alert ${view.document.status === "valid" ? "alert-success" : "alert-danger"}`}>
          {view.document.status === "valid" ? (
            <>
              <p class="mb-2">{t("services.track.documentReady", { number: view.document.number ?? "" })}</p>
              <a class="btn btn-success" href={view.document.url}>
                {t("services.track.download")}
              </a>
            </>
          ) : (
            <p class="mb-0">{t("services.track.documentRevoked")}</p>
          )}
        </div>
      )}
      {view.status === "SELESAI" && <p class="text-body-secondary">{t("services.track.survey")}</p>}
      <h2 class="h5 mt-4">{t("services.track.timeline")}</h2>
      <Timeline t={t} locale={locale} items={view.timeline} />
      {props.canCancel && (
        <details class="mt-4">
          <summary class="mb-2">{t("services.track.cancelTitle")}</summary>
          <form method="post" action={`${base}/batal`} novalidate>
            <Csrf token={props.csrf} />
            {cancelError && (
              <div id={`${fieldId("confirm")}-error`} class="invalid-feedback d-block">
                {cancelError}
              </div>
            )}
            <div class="form-check mb-2">
              <input
                class="form-check-input"
                type="checkbox"
                id={fieldId("confirm")}
                name="confirm"
                value="ya"
              />
              <label class="form-check-label" for={fieldId("confirm")}>
                {t("services.track.cancelConfirm")}
              </label>
            </div>
            <button type="submit" class="btn btn-outline-danger">
              {t("services.track.cancel")}
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
