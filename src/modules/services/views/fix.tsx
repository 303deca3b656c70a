import type { FieldError } from "../../../platform/errors";
import type { T } from "../../../platform/i18n";
import { Csrf, ErrorSummary, errorFor, fieldId } from "../../../platform/views/form";
import type { ServiceRow } from "../services.repository";
import { ACCEPTED_UPLOADS, AnswerFieldset } from "./apply";

/** The citizen's correction form (PERLU_PERBAIKAN): the officer's note, the answers, replacement files. */
export function FixForm(props: {
  t: T;
  csrf: string;
  service: ServiceRow;
  reference: string;
  note: string | null;
  version: number;
  values: Record<string, string>;
  errors: FieldError[];
}) {
  const { t, service, values, errors } = props;
  return (
    <div class="col-lg-8">
      <p class="text-body-secondary mb-1 font-monospace">{props.reference}</p>
      <h1 class="h3">{t("services.fix.title")}</h1>
      {props.note && (
        <div class="alert alert-warning">
          <strong>{t("services.track.correctionNote")}</strong>
          <div class="text-break">{props.note}</div>
        </div>
      )}
      <ErrorSummary errors={errors} t={t} />
      <form
        method="post"
        action={`/lacak/${props.reference}/perbaikan`}
        enctype="multipart/form-data"
        novalidate
      >
        <Csrf token={props.csrf} />
        <input type="hidden" name="version" value={String(props.version)} />
        <AnswerFieldset t={t} fields={service.fields} values={values} errors={errors} />
        {service.documents.length > 0 && (
          <fieldset class="mb-4">
            <legend class="h5">{t("services.fix.documents")}</legend>
            <p class="form-text mt-0">{t("services.fix.documentsHint")}</p>
            {service.documents.map((d) => {
              const name = `documents.${d.key}`;
              const error = errorFor(errors, name);
              return (
                <div class="mb-3">
                  <label class="form-label" for={fieldId(name)}>
                    {d.label}
                  </label>
                  {error && (
                    <div id={`${fieldId(name)}-error`} class="invalid-feedback d-block">
                      {error}
                    </div>
                  )}
                  <input
                    class={`form-control${error ? " is-invalid" : ""}`}
                    type="file"
                    id={fieldId(name)}
                    name={`upload.${d.key}`}
                    accept={ACCEPTED_UPLOADS}
                    aria-describedby={error ? `${fieldId(name)}-error` : undefined}
                  />
                </div>
              );
            })}
          </fieldset>
        )}
        <button type="submit" class="btn btn-primary btn-lg">
          {t("services.fix.submit")}
        </button>
      </form>
    </div>
  );
}
