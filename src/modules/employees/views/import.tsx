import type { FieldError } from "../../../platform/errors";
import type { Locale, T } from "../../../platform/i18n";
import { formatDateTime, formatNumber } from "../../../platform/i18n/format";
import { DataTable } from "../../../platform/views/data-table";
import { Csrf, ErrorSummary, fieldId, SelectField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import type { ImportProgress } from "../commands/commit-import";
import { type ImportField, importFields, requiredImportFields } from "../domain/column-mapping";
import type { ImportRow } from "../import/check-rows";
import { IMPORT_LIMITS } from "../import/read-upload";
import type { ImportRowIssue } from "../schema";
import { DetailRow, RegisterBreadcrumb } from "./page-parts";

const BASE = "/staf/pegawai/impor";

/** Breadcrumb for the steps after the upload: register → import → the uploaded file. */
const ImportBreadcrumb = ({ t, imp }: { t: T; imp: ImportRow }) => (
  <RegisterBreadcrumb
    t={t}
    parent={{ href: BASE, label: t("employees.import.title") }}
    current={imp.fileName}
  />
);

/** "Langkah 2 dari 3" so the user knows where they are in the journey. */
const Step = ({ t, n }: { t: T; n: number }) => (
  <p class="text-body-secondary mb-1">{t("employees.import.step", { n, of: 3 })}</p>
);

export function ImportUploadView(props: {
  t: T;
  locale: Locale;
  csrf: string;
  errors: FieldError[];
  recent: { id: string; fileName: string; status: string; totalRows: number; createdAt: Date }[];
}) {
  const { t, errors } = props;
  const error = errors.find((e) => e.field === "file")?.message;
  const id = fieldId("file");
  return (
    <div class="row">
      <div class="col-lg-8">
        <RegisterBreadcrumb t={t} current={t("employees.import.title")} />
        <Step t={t} n={1} />
        <h1 class="h3">{t("employees.import.title")}</h1>
        <p>{t("employees.import.lead")}</p>
        <ul>
          <li>{t("employees.import.rule.formats")}</li>
          <li>
            {t("employees.import.rule.size", {
              mb: IMPORT_LIMITS.maxBytes / 1024 / 1024,
              rows: formatNumber(IMPORT_LIMITS.maxRows, props.locale),
            })}
          </li>
          <li>{t("employees.import.rule.columns")}</li>
          <li>{t("employees.import.rule.allOrNothing")}</li>
          <li>{t("employees.import.rule.formula")}</li>
        </ul>
        <ErrorSummary errors={errors} t={t} />
        <form method="post" action={BASE} enctype="multipart/form-data" novalidate>
          <Csrf token={props.csrf} />
          <div class="mb-3">
            <label class="form-label fw-semibold" for={id}>
              {t("employees.import.file")}
            </label>
            <div id={`${id}-hint`} class="form-text mt-0 mb-1">
              {t("employees.import.fileHint")}
            </div>
            {error && (
              <div id={`${id}-error`} class="invalid-feedback d-block">
                {error}
              </div>
            )}
            <input
              class={`form-control${error ? " is-invalid" : ""}`}
              type="file"
              id={id}
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              aria-invalid={error ? "true" : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </div>
          <button type="submit" class="btn btn-primary">
            {t("employees.import.upload")}
          </button>
        </form>
        {props.recent.length > 0 && (
          <Section id="recent-title" title={t("employees.import.recent")} class="mt-4">
            <ul>
              {props.recent.map((r) => (
                <li>
                  <a href={`${BASE}/${r.id}`}>{r.fileName}</a> — {formatDateTime(r.createdAt, props.locale)} —{" "}
                  {t(`employees.import.status.${r.status}`)} (
                  {t("employees.import.rows", { n: formatNumber(r.totalRows, props.locale) })})
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </div>
  );
}

const columnLabel = (t: T, headers: string[], i: number) =>
  t("employees.import.column", { n: i + 1, name: headers[i] || t("employees.import.noHeader") });

export function ImportMappingView(props: {
  t: T;
  locale: Locale;
  csrf: string;
  imp: ImportRow;
  sample: string[][];
  values: Partial<Record<ImportField, string>>;
  errors: FieldError[];
}) {
  const { t, imp, errors } = props;
  const columns = imp.headers.map((_, i) => columnLabel(t, imp.headers, i));
  const options = columns.map((label, i) => ({ value: String(i), label }));
  return (
    <>
      <ImportBreadcrumb t={t} imp={imp} />
      <Step t={t} n={2} />
      <h1 class="h3">{t("employees.import.mapTitle")}</h1>
      <p>
        {t("employees.import.mapLead", {
          file: imp.fileName,
          rows: formatNumber(imp.totalRows, props.locale),
        })}
      </p>
      <ErrorSummary errors={errors} t={t} />
      <div class="row g-4">
        <div class="col-lg-6">
          <form method="post" action={`${BASE}/${imp.id}/pemetaan`} novalidate>
            <Csrf token={props.csrf} />
            {importFields.map((f) => (
              <SelectField
                name={`map.${f}`}
                label={`${t(`employees.importField.${f}`)}${requiredImportFields.includes(f) ? ` (${t("employees.import.required")})` : ""}`}
                hint={t(`employees.importHint.${f}`)}
                value={props.values[f] ?? ""}
                options={options}
                placeholder={t("employees.import.notImported")}
                errors={errors}
                required={requiredImportFields.includes(f)}
              />
            ))}
            <button type="submit" class="btn btn-primary">
              {t("employees.import.check")}
            </button>
          </form>
          <CancelForm t={t} csrf={props.csrf} id={imp.id} />
        </div>
        <div class="col-lg-6">
          <h2 class="h5">{t("employees.import.sample")}</h2>
          <DataTable
            label={t("employees.table.sample")}
            class="table table-sm table-bordered small"
            columns={columns}
          >
            {props.sample.map((r) => (
              <tr>
                {imp.headers.map((_, i) => (
                  <td>{r[i] ?? ""}</td>
                ))}
              </tr>
            ))}
          </DataTable>
        </div>
      </div>
    </>
  );
}

function CancelForm({ t, csrf, id }: { t: T; csrf: string; id: string }) {
  return (
    <form method="post" action={`${BASE}/${id}/batal`} class="mt-3">
      <Csrf token={csrf} />
      <button type="submit" class="btn btn-outline-danger">
        {t("employees.import.cancel")}
      </button>
    </form>
  );
}

export type PreviewRow = {
  row: number;
  nip: string;
  name: string;
  unit: string;
  position: string;
  issues: string[];
};

export function ImportPreviewView(props: {
  t: T;
  locale: Locale;
  csrf: string;
  imp: ImportRow;
  previewRows: PreviewRow[];
  issues: { row: number; field: string; message: string }[];
  errors: FieldError[];
}) {
  const { t, imp, locale } = props;
  const invalid = imp.invalidRows ?? 0;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <>
      <ImportBreadcrumb t={t} imp={imp} />
      <Step t={t} n={3} />
      <h1 class="h3">{t("employees.import.previewTitle")}</h1>
      {props.errors.length > 0 && (
        <div class="alert alert-danger" role="alert">
          {props.errors.map((e) => e.message).join(" ")}
        </div>
      )}
      <dl class="row">
        <DetailRow label={t("employees.import.totalRows")}>{n(imp.totalRows)}</DetailRow>
        <DetailRow label={t("employees.import.validRows")}>{n(imp.validRows ?? 0)}</DetailRow>
        <DetailRow label={t("employees.import.invalidRows")}>{n(invalid)}</DetailRow>
      </dl>
      {invalid > 0 ? (
        <div class="alert alert-danger" role="alert">
          <h2 class="h5">{t("employees.import.hasErrors", { count: n(invalid) })}</h2>
          <p class="mb-0">{t("employees.import.fixAndUpload")}</p>
        </div>
      ) : (
        <div class="alert alert-success" role="status">
          {t("employees.import.allValid", { count: n(imp.validRows ?? 0) })}
        </div>
      )}
      <div class="d-flex flex-wrap gap-2 mb-4">
        {invalid === 0 && (
          <form method="post" action={`${BASE}/${imp.id}/simpan`} class="m-0">
            <Csrf token={props.csrf} />
            <button type="submit" class="btn btn-primary">
              {t("employees.import.commit", { count: n(imp.validRows ?? 0) })}
            </button>
          </form>
        )}
        <a class="btn btn-outline-primary" href={`${BASE}/${imp.id}?langkah=pemetaan`}>
          {t("employees.import.remap")}
        </a>
        <a class="btn btn-outline-primary" href={BASE}>
          {t("employees.import.uploadAgain")}
        </a>
      </div>
      {props.issues.length > 0 && (
        <Section id="issues-title" title={t("employees.import.issuesTitle")} class="mb-4">
          {props.issues.length < invalid && (
            <p>{t("employees.import.issuesCapped", { shown: n(props.issues.length) })}</p>
          )}
          <DataTable
            label={t("employees.table.issues")}
            columns={[t("employees.import.row"), t("employees.import.field"), t("employees.import.problem")]}
          >
            {props.issues.map((i) => (
              <tr>
                <td>{n(i.row)}</td>
                <td>{i.field}</td>
                <td>{i.message}</td>
              </tr>
            ))}
          </DataTable>
        </Section>
      )}
      <Section id="preview-title" title={t("employees.import.firstRows", { n: props.previewRows.length })}>
        <DataTable
          label={t("employees.table.preview")}
          columns={[
            t("employees.import.row"),
            t("employees.importField.nip"),
            t("employees.importField.name"),
            t("employees.importField.unit"),
            t("employees.importField.position"),
            t("employees.import.check.result"),
          ]}
        >
          {props.previewRows.map((r) => (
            <tr class={r.issues.length ? "table-danger" : undefined}>
              <td>{n(r.row)}</td>
              <td class="text-nowrap">{r.nip}</td>
              <td>{r.name}</td>
              <td>{r.unit}</td>
              <td>{r.position}</td>
              <td>{r.issues.length ? r.issues.join("; ") : t("employees.import.ok")}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <CancelForm t={t} csrf={props.csrf} id={imp.id} />
    </>
  );
}

export function ImportProgressView(props: {
  t: T;
  locale: Locale;
  imp: ImportRow;
  progress: ImportProgress | null;
}) {
  const { t, imp, progress } = props;
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : null;
  return (
    <>
      <ImportBreadcrumb t={t} imp={imp} />
      <h1 class="h3">{t("employees.import.committingTitle")}</h1>
      <p>{t("employees.import.committingLead")}</p>
      {progress && percent !== null ? (
        <>
          <p id="progress-label">
            {t(`employees.import.phase.${progress.phase}`, {
              done: formatNumber(progress.done, props.locale),
              total: formatNumber(progress.total, props.locale),
            })}
          </p>
          <div
            class="progress mb-3"
            role="progressbar"
            aria-labelledby="progress-label"
            aria-valuenow={percent}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div class="progress-bar" style={`width: ${percent}%`}>
              {percent}%
            </div>
          </div>
        </>
      ) : (
        <p>{t("employees.import.elsewhere")}</p>
      )}
      <p>
        <a href={`${BASE}/${imp.id}`}>{t("employees.import.refresh")}</a>
      </p>
    </>
  );
}

export function ImportResultView(props: {
  t: T;
  locale: Locale;
  csrf: string;
  imp: ImportRow;
  status: string;
}) {
  const { t, imp, status } = props;
  if (status === "done") {
    return (
      <>
        <ImportBreadcrumb t={t} imp={imp} />
        <h1 class="h3">{t("employees.import.doneTitle")}</h1>
        <div class="alert alert-success" role="status">
          {t("employees.import.done", { count: formatNumber(imp.insertedRows ?? 0, props.locale) })}
        </div>
        <p>
          <a href="/staf/pegawai">{t("employees.import.toList")}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <ImportBreadcrumb t={t} imp={imp} />
      <h1 class="h3">{t("employees.import.failedTitle")}</h1>
      <div class="alert alert-danger" role="alert">
        {t(status === "interrupted" ? "employees.import.interrupted" : "employees.import.failed")}
      </div>
      <div class="d-flex flex-wrap gap-2">
        <a class="btn btn-primary" href={`${BASE}/${imp.id}?langkah=pemetaan`}>
          {t("employees.import.recheck")}
        </a>
        <a class="btn btn-outline-primary" href={BASE}>
          {t("employees.import.uploadAgain")}
        </a>
      </div>
    </>
  );
}

/** Issue rows for the preview table, in the reader's language. */
export const issueLines = (t: T, issues: ImportRowIssue[]) =>
  issues.map((i) => ({
    row: i.row,
    field: t(`employees.importField.${i.field}`),
    message: t(i.key, i.params),
  }));
