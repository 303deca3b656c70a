import type { FieldError } from "../../../platform/errors";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate, formatNumber } from "../../../platform/i18n/format";
import { maskNik } from "../../../platform/identifiers";
import {
  Csrf,
  ErrorSummary,
  errorFor,
  fieldId,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/views/form";
import { displayAnswer } from "../documents/letter";
import type { FieldDef, KelurahanOption } from "../domain/fields";
import type { ServiceRow } from "../services.repository";

/** Everything typed so far, as strings keyed by input name ("applicant.nik", "fields.x", "documents.x"). */
export type ApplyValues = Record<string, string>;
/** Files already stored for this form: document key → signed reference and what it is. */
export type KeptUpload = { signed: string; mime: string; size: number };

export type ApplyPaths = { form: string; submit: string };

const kb = (size: number, locale: Locale) =>
  `${formatNumber(Math.max(1, Math.round(size / 1024)), locale)} KB`;
/** The `accept` of every upload input: the PDF, JPG and PNG files the upload check lets through. */
export const ACCEPTED_UPLOADS = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
const kindOf = (mime: string) => (mime === "application/pdf" ? "PDF" : mime === "image/png" ? "PNG" : "JPG");

export function AnswerField({
  def,
  values,
  errors,
}: {
  def: FieldDef;
  values: ApplyValues;
  errors: FieldError[];
}) {
  const name = `fields.${def.key}`;
  const common = {
    name,
    label: def.label,
    hint: def.hint,
    errors,
    required: def.required,
    value: values[name],
  };
  switch (def.type) {
    case "textarea":
      return <TextArea {...common} maxLength={def.maxLength ?? 1000} />;
    case "select":
      return <SelectField {...common} options={def.options ?? []} placeholder="— Pilih —" />;
    case "date":
      return <TextField {...common} type="date" width="w-auto" />;
    case "number":
      return <TextField {...common} inputmode="numeric" width="w-auto" maxLength={9} />;
    case "money":
      return <TextField {...common} inputmode="numeric" maxLength={25} />;
    case "nik":
      return <TextField {...common} inputmode="numeric" maxLength={19} autocomplete="off" />;
    case "nib":
    case "kbli":
      return (
        <TextField {...common} inputmode="numeric" maxLength={def.type === "nib" ? 17 : 5} width="w-auto" />
      );
    default:
      return <TextField {...common} maxLength={def.maxLength ?? 200} />;
  }
}

/** The service's own questions, in one fieldset; nothing at all for a service that asks none. */
export function AnswerFieldset(props: {
  t: T;
  fields: FieldDef[];
  values: ApplyValues;
  errors: FieldError[];
}) {
  if (props.fields.length === 0) return null;
  return (
    <fieldset class="mb-4">
      <legend class="h5">{props.t("services.apply.details")}</legend>
      {props.fields.map((def) => (
        <AnswerField def={def} values={props.values} errors={props.errors} />
      ))}
    </fieldset>
  );
}

/** What both steps of the apply journey (the form, then "check your answers") are drawn from. */
type ApplyStepProps = {
  t: T;
  locale: Locale;
  csrf: string;
  service: ServiceRow;
  kelurahan: KelurahanOption[];
  paths: ApplyPaths;
  token: string;
  values: ApplyValues;
  kept: Record<string, KeptUpload>;
};

export function ApplyForm(
  props: ApplyStepProps & {
    errors: FieldError[];
    /** Assisted filing at the counter: the officer types for the citizen. */
    assisted?: boolean;
  },
) {
  const { t, service, values, errors, kept } = props;
  // Each applicant input takes its name, label, hint and typed value from one key.
  const applicant = (key: string) => ({
    name: `applicant.${key}`,
    label: t(`services.apply.${key}`),
    hint: t(`services.apply.${key}Hint`),
    value: values[`applicant.${key}`],
    errors,
  });
  return (
    <div class="col-lg-8">
      <p class="text-body-secondary mb-1">{t("services.apply.step1")}</p>
      <h1 class="h3">{t("services.apply.title", { name: service.name })}</h1>
      <p>{props.assisted ? t("services.apply.assistedLead") : t("services.apply.lead")}</p>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={props.paths.form} enctype="multipart/form-data" novalidate>
        <Csrf token={props.csrf} />
        <input type="hidden" name="_token" value={props.token} />
        <input type="hidden" name="_step" value="periksa" />
        <fieldset class="mb-4">
          <legend class="h5">{t("services.apply.applicant")}</legend>
          <TextField {...applicant("nik")} inputmode="numeric" maxLength={19} autocomplete="off" required />
          <TextField {...applicant("name")} autocomplete="name" maxLength={100} required />
          <TextField
            {...applicant("phone")}
            type="tel"
            inputmode="tel"
            autocomplete="tel"
            maxLength={20}
            required
          />
          <TextField {...applicant("email")} type="email" autocomplete="email" maxLength={120} />
          <TextField {...applicant("address")} autocomplete="street-address" maxLength={200} required />
          <SelectField
            {...applicant("kelurahan")}
            hint={service.level === "kelurahan" ? t("services.apply.kelurahanHint") : undefined}
            options={props.kelurahan}
            placeholder="— Pilih —"
            required
          />
        </fieldset>
        <AnswerFieldset t={t} fields={service.fields} values={values} errors={errors} />
        {service.documents.length > 0 && (
          <fieldset class="mb-4">
            <legend class="h5">{t("services.apply.documents")}</legend>
            <p class="form-text mt-0">{t("services.apply.documentsHint")}</p>
            {service.documents.map((d) => {
              const name = `documents.${d.key}`;
              const error = errorFor(errors, name);
              const stored = kept[d.key];
              const hintId = `${fieldId(name)}-hint`;
              return (
                <div class="mb-3 border rounded p-3">
                  <label class="form-label fw-semibold" for={fieldId(name)}>
                    {d.label}
                    {!d.required && <span class="fw-normal"> ({t("services.apply.optional")})</span>}
                  </label>
                  <div id={hintId} class="form-text mt-0 mb-1">
                    {d.hint ? `${d.hint} ` : ""}
                    {t("services.apply.fileHint")}
                  </div>
                  {error && (
                    <div id={`${fieldId(name)}-error`} class="invalid-feedback d-block">
                      {error}
                    </div>
                  )}
                  {stored && (
                    <p class="mb-1 small">
                      {t("services.apply.fileKept", {
                        kind: kindOf(stored.mime),
                        size: kb(stored.size, props.locale),
                      })}
                      <input type="hidden" name={`stored.${d.key}`} value={stored.signed} />
                    </p>
                  )}
                  <input
                    class={`form-control${error ? " is-invalid" : ""}`}
                    type="file"
                    id={fieldId(name)}
                    name={`upload.${d.key}`}
                    accept={ACCEPTED_UPLOADS}
                    aria-describedby={[hintId, error ? `${fieldId(name)}-error` : ""]
                      .filter(Boolean)
                      .join(" ")}
                    aria-invalid={error ? "true" : undefined}
                  />
                  <div class="form-check mt-2">
                    <input
                      class="form-check-input"
                      type="checkbox"
                      id={`${fieldId(name)}-bawa`}
                      name={name}
                      value="bawa"
                      checked={values[name] === "bawa"}
                    />
                    <label class="form-check-label" for={`${fieldId(name)}-bawa`}>
                      {t("services.apply.bring")}
                      <span class="visually-hidden">: {d.label}</span>
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        )}
        <button type="submit" class="btn btn-primary btn-lg">
          {t("services.apply.continue")}
        </button>
      </form>
    </div>
  );
}

/** GOV.UK "check your answers": everything carried in hidden fields, submitted once with the form token. */
export function CheckAnswers(props: ApplyStepProps) {
  const { t, locale, service, values, kept } = props;
  const rows: [string, string][] = [
    [t("services.apply.nik"), maskNik(values["applicant.nik"] ?? "")],
    [t("services.apply.name"), values["applicant.name"] ?? ""],
    [t("services.apply.phone"), values["applicant.phone"] ?? ""],
    [t("services.apply.email"), values["applicant.email"] || "—"],
    [t("services.apply.address"), values["applicant.address"] ?? ""],
    [
      t("services.apply.kelurahan"),
      props.kelurahan.find((k) => k.value === values["applicant.kelurahan"])?.label ?? "",
    ],
    ...service.fields.map(
      (f) => [f.label, displayAnswer(f, values[`fields.${f.key}`]) ?? "—"] as [string, string],
    ),
    ...service.documents.map((d) => {
      const k = kept[d.key];
      const text = k
        ? t("services.apply.fileUploaded", { kind: kindOf(k.mime), size: kb(k.size, locale) })
        : values[`documents.${d.key}`] === "bawa"
          ? t("services.apply.fileBring")
          : t("services.apply.fileNone");
      return [d.label, text] as [string, string];
    }),
  ];
  const hidden = (
    <>
      <Csrf token={props.csrf} />
      <input type="hidden" name="_token" value={props.token} />
      {Object.entries(values).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {Object.entries(kept).map(([key, k]) => (
        <input type="hidden" name={`stored.${key}`} value={k.signed} />
      ))}
    </>
  );
  return (
    <div class="col-lg-8">
      <p class="text-body-secondary mb-1">{t("services.apply.step2")}</p>
      <h1 class="h3">{t("services.check.title")}</h1>
      <p>{t("services.check.lead", { name: service.name })}</p>
      <dl class="row border-top pt-3">
        {rows.map(([k, v]) => (
          <>
            <dt class="col-sm-4">{k}</dt>
            <dd class="col-sm-8 text-break" style="white-space: pre-line">
              {v}
            </dd>
          </>
        ))}
      </dl>
      <p class="small text-body-secondary">{t("services.check.privacy")}</p>
      <div class="d-flex flex-wrap gap-2">
        <form method="post" action={props.paths.submit}>
          {hidden}
          <button type="submit" class="btn btn-success btn-lg">
            {t("services.check.submit")}
          </button>
        </form>
        <form method="post" action={props.paths.form} enctype="multipart/form-data">
          {hidden}
          <input type="hidden" name="_step" value="ubah" />
          <button type="submit" class="btn btn-outline-secondary btn-lg">
            {t("services.check.change")}
          </button>
        </form>
      </div>
    </div>
  );
}

export type Receipt = { reference: string; pin: string; dueDate: string; service: string; bring: string[] };

/** The confirmation page (SPEC §3.4): reference and PIN, due date, and what happens next. */
export function Confirmation(props: {
  t: T;
  locale: Locale;
  receipt: Receipt;
  againHref: string;
  againLabel: string;
}) {
  const { t, receipt } = props;
  return (
    <div class="col-lg-8">
      <div class="alert alert-success" role="status">
        <h1 class="h3">{t("services.done.title")}</h1>
        <p class="mb-1">{t("services.done.reference")}</p>
        <p class="display-6 fw-bold font-monospace mb-2" data-testid="reference">
          {receipt.reference}
        </p>
        <p class="mb-1">{t("services.done.pin")}</p>
        <p class="display-6 fw-bold font-monospace mb-0" data-testid="pin">
          {receipt.pin}
        </p>
      </div>
      <p>
        <strong>{t("services.done.keep")}</strong>
      </p>
      <h2 class="h5">{t("services.done.next")}</h2>
      <ul>
        <li>{t("services.done.service", { name: receipt.service })}</li>
        <li>{t("services.done.due", { date: formatDate(receipt.dueDate, props.locale) })}</li>
        <li>{t("services.done.notify")}</li>
        {receipt.bring.length > 0 && (
          <li>
            {t("services.done.bring")}
            <ul>
              {receipt.bring.map((b) => (
                <li>{b}</li>
              ))}
            </ul>
          </li>
        )}
      </ul>
      <p class="d-flex flex-wrap gap-2">
        <a class="btn btn-primary" href={`/lacak/${receipt.reference}`}>
          {t("services.done.track")}
        </a>
        <a class="btn btn-outline-secondary" href={props.againHref}>
          {props.againLabel}
        </a>
      </p>
    </div>
  );
}
