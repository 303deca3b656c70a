import type { FieldError } from "../../../platform/errors";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate, formatNumber, formatRupiah } from "../../../platform/i18n/format";
import { DataTable } from "../../../platform/views/data-table";
import {
  Csrf,
  ErrorSummary,
  errorFor,
  fieldId,
  SelectField,
  TextArea,
  TextField,
} from "../../../platform/views/form";
import { Pagination } from "../../../platform/views/table";
import type { SlaState } from "../domain/sla";
import type { Status, WorkflowEvent } from "../domain/workflow";
import { requestStatuses } from "../schema";
import { FilterSearch, FilterSelect, SlaText, StatusBadge, Timeline, type TimelineItem } from "./components";

export type QueueItem = {
  id: string;
  reference: string;
  status: Status;
  serviceName: string;
  applicantName: string;
  kelurahanName: string;
  assignedName: string | null;
  dueDate: string | null;
  sla: SlaState;
  isMine: boolean;
};

export function QueuePage(props: {
  t: T;
  locale: Locale;
  items: QueueItem[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  query: Record<string, string | undefined>;
  services: { value: string; label: string }[];
  canFile: boolean;
}) {
  const { t, locale, query } = props;
  const exportQuery = new URLSearchParams(
    Object.entries(query).filter(([, v]) => v) as [string, string][],
  ).toString();
  return (
    <>
      <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <h1 class="h3 mb-0">{t("services.queue.title")}</h1>
        {props.canFile && (
          <a class="btn btn-primary" href="/staf/layanan/loket">
            {t("services.queue.fileForCitizen")}
          </a>
        )}
      </div>
      <form
        method="get"
        action="/staf/layanan"
        class="row g-2 align-items-end mb-3"
        aria-label={t("services.queue.filters")}
      >
        <div class="col-sm-6 col-lg-2">
          <label class="form-label" for="q-status">
            {t("services.queue.status")}
          </label>
          <select class="form-select" id="q-status" name="status">
            {[
              ["open", t("services.queue.open")],
              ["all", t("services.queue.all")],
              ...requestStatuses.map((s) => [s, t(`services.status.${s}`)]),
            ].map(([v, l]) => (
              <option value={v} selected={(query.status ?? "open") === v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div class="col-sm-6 col-lg-3">
          <FilterSelect
            id="q-service"
            name="layanan"
            label={t("services.queue.service")}
            anyLabel={t("services.queue.allServices")}
            options={props.services}
            value={query.layanan}
          />
        </div>
        <div class="col-sm-6 col-lg-2">
          <FilterSelect
            id="q-due"
            name="tenggat"
            label={t("services.queue.due")}
            anyLabel={t("services.queue.anyDue")}
            options={[
              { value: "segera", label: t("services.queue.dueSoon") },
              { value: "terlambat", label: t("services.queue.overdue") },
            ]}
            value={query.tenggat}
          />
        </div>
        <div class="col-sm-6 col-lg-3">
          <FilterSearch t={t} id="q-q" value={query.q} />
        </div>
        <div class="col-sm-6 col-lg-2">
          <div class="form-check mb-2">
            <input
              class="form-check-input"
              type="checkbox"
              id="q-mine"
              name="saya"
              value="1"
              checked={query.saya === "1"}
            />
            <label class="form-check-label" for="q-mine">
              {t("services.queue.mine")}
            </label>
          </div>
          <button type="submit" class="btn btn-outline-primary w-100">
            {t("services.queue.apply")}
          </button>
        </div>
      </form>
      <p class="small">
        {t("services.queue.count", {
          total: `${formatNumber(props.total, locale)}${props.totalCapped ? "+" : ""}`,
        })}{" "}
        · <a href={`/staf/layanan/ekspor.csv?${exportQuery}`}>CSV</a> ·{" "}
        <a href={`/staf/layanan/ekspor.xlsx?${exportQuery}`}>XLSX</a>
      </p>
      {props.items.length === 0 ? (
        <p>{t("services.queue.empty")}</p>
      ) : (
        <DataTable
          label={t("services.queue.title")}
          caption={t("services.queue.title")}
          class="table table-sm table-hover"
          columns={[
            t("services.queue.reference"),
            t("services.queue.service"),
            t("services.queue.applicant"),
            t("services.queue.status"),
            t("services.queue.officer"),
            t("services.queue.dueDate"),
          ]}
        >
          {props.items.map((r) => (
            <tr>
              <td class="font-monospace">
                <a href={`/staf/layanan/permohonan/${r.id}`}>{r.reference}</a>
              </td>
              <td>{r.serviceName}</td>
              <td>
                {r.applicantName}
                <div class="small text-body-secondary">{r.kelurahanName}</div>
              </td>
              <td>
                <StatusBadge t={t} status={r.status} />
              </td>
              <td>{r.assignedName ?? "—"}</td>
              <td>
                <SlaText t={t} locale={locale} sla={r.sla} dueDate={r.dueDate} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        t={t}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        baseUrl="/staf/layanan"
        query={query}
      />
    </>
  );
}

export type DetailView = {
  id: string;
  reference: string;
  version: number;
  status: Status;
  stage: string;
  serviceName: string;
  serviceCode: string;
  channel: string;
  applicant: {
    nik: string;
    nikIsFull: boolean;
    name: string;
    phone: string | null;
    email: string | null;
    address: string;
    kelurahan: string;
  };
  answers: [string, string][];
  attachments: { id: string; label: string; mode: string; mime: string | null; size: number | null }[];
  business: { scale: string; capital: number; turnover: number; nib: string | null } | null;
  submittedOn: string;
  dueDate: string | null;
  sla: SlaState;
  assignedName: string | null;
  correctionNote: string | null;
  countersign: { name: string; nip: string; title: string; on: string } | null;
  document: { url: string; verifyUrl: string; number: string | null; status: string } | null;
  timeline: TimelineItem[];
  actions: { to: Status; event: WorkflowEvent; noteRequired: boolean }[];
  officers: { value: string; label: string }[] | null;
  canRevoke: boolean;
  needsNib: boolean;
};

const ACTION_CLASS: Partial<Record<WorkflowEvent, string>> = {
  rejected: "btn-outline-danger",
  correctionRequested: "btn-outline-dark",
  returned: "btn-outline-secondary",
  signed: "btn-success",
  escalated: "btn-success",
};

export function DetailPage(props: {
  t: T;
  locale: Locale;
  csrf: string;
  view: DetailView;
  notice?: string;
  /** A refused step without a field to point at (stale version, out of order, not allowed). */
  problem?: string;
  errors: FieldError[];
}) {
  const { t, locale, view, errors } = props;
  const base = `/staf/layanan/permohonan/${view.id}`;
  return (
    <>
      <p class="mb-1">
        <a href="/staf/layanan">{t("services.queue.title")}</a>
      </p>
      <h1 class="h3">
        <span class="font-monospace">{view.reference}</span> · {view.serviceName}
      </h1>
      <p>
        <StatusBadge t={t} status={view.status} /> <span class="ms-2">{t("services.queue.dueDate")}:</span>{" "}
        <SlaText t={t} locale={locale} sla={view.sla} dueDate={view.dueDate} />
      </p>
      {props.notice && (
        <div class="alert alert-success" role="status">
          {props.notice}
        </div>
      )}
      {props.problem && (
        <div class="alert alert-danger" role="alert">
          {props.problem}
        </div>
      )}
      <ErrorSummary errors={errors} t={t} />
      <div class="row g-4">
        <div class="col-lg-7">
          <h2 class="h5">{t("services.detail.applicant")}</h2>
          <dl class="row">
            <dt class="col-sm-4">NIK</dt>
            <dd class="col-sm-8 font-monospace">
              {view.applicant.nik}{" "}
              {!view.applicant.nikIsFull && (
                <a class="small ms-2" href={`${base}?nik=1`}>
                  {t("services.detail.showNik")}
                </a>
              )}
            </dd>
            <dt class="col-sm-4">{t("services.apply.name")}</dt>
            <dd class="col-sm-8">{view.applicant.name}</dd>
            <dt class="col-sm-4">{t("services.apply.phone")}</dt>
            <dd class="col-sm-8">{view.applicant.phone ?? "—"}</dd>
            <dt class="col-sm-4">{t("services.apply.email")}</dt>
            <dd class="col-sm-8">{view.applicant.email ?? "—"}</dd>
            <dt class="col-sm-4">{t("services.apply.address")}</dt>
            <dd class="col-sm-8">{view.applicant.address}</dd>
            <dt class="col-sm-4">{t("services.apply.kelurahan")}</dt>
            <dd class="col-sm-8">{view.applicant.kelurahan}</dd>
            <dt class="col-sm-4">{t("services.detail.channel")}</dt>
            <dd class="col-sm-8">{t(`services.channel.${view.channel}`)}</dd>
            <dt class="col-sm-4">{t("services.track.submitted")}</dt>
            <dd class="col-sm-8">{formatDate(view.submittedOn, locale)}</dd>
          </dl>
          <h2 class="h5">{t("services.apply.details")}</h2>
          <dl class="row">
            {view.answers.map(([k, v]) => (
              <>
                <dt class="col-sm-4">{k}</dt>
                <dd class="col-sm-8 text-break" style="white-space: pre-line">
                  {v}
                </dd>
              </>
            ))}
          </dl>
          {view.business && (
            <p>
              {t("services.detail.scale")}: <strong>{t(`services.scale.${view.business.scale}`)}</strong> (
              {t("services.detail.capital")} {formatRupiah(view.business.capital)},{" "}
              {t("services.detail.turnover")} {formatRupiah(view.business.turnover)})
              {view.business.nib && ` · NIB ${view.business.nib}`}
            </p>
          )}
          <h2 class="h5">{t("services.apply.documents")}</h2>
          <ul>
            {view.attachments.map((a) => (
              <li>
                {a.label}:{" "}
                {a.mode === "unggah" ? (
                  <a href={`${base}/lampiran/${a.id}`}>
                    {t("services.detail.download")} ({a.mime === "application/pdf" ? "PDF" : "gambar"},{" "}
                    {formatNumber(Math.ceil((a.size ?? 0) / 1024), locale)} KB)
                  </a>
                ) : (
                  t("services.apply.fileBring")
                )}
              </li>
            ))}
          </ul>
          {view.countersign && (
            <p>
              {t("services.detail.countersigned", {
                title: view.countersign.title,
                name: view.countersign.name,
                date: formatDate(view.countersign.on, locale),
              })}
            </p>
          )}
          {view.document && (
            <div class={`alert ${view.document.status === "valid" ? "alert-success" : "alert-danger"}`}>
              <p class="mb-2">
                {t("services.detail.document", { number: view.document.number ?? "" })}{" "}
                {view.document.status !== "valid" && <strong>{t("services.detail.revoked")}</strong>}
              </p>
              <a class="btn btn-sm btn-success me-2" href={view.document.url}>
                {t("services.track.download")}
              </a>
              <a class="btn btn-sm btn-outline-dark" href={new URL(view.document.verifyUrl).pathname}>
                {t("services.detail.verify")}
              </a>
              {view.canRevoke && view.document.status === "valid" && (
                <details class="mt-3">
                  <summary>{t("services.detail.revoke")}</summary>
                  <form method="post" action={`${base}/cabut`} class="mt-2" novalidate>
                    <Csrf token={props.csrf} />
                    <TextArea
                      name="reason"
                      label={t("services.detail.revokeReason")}
                      rows={2}
                      maxLength={500}
                      errors={errors}
                      required
                    />
                    <button type="submit" class="btn btn-sm btn-danger">
                      {t("services.detail.revoke")}
                    </button>
                  </form>
                </details>
              )}
            </div>
          )}
        </div>
        <div class="col-lg-5">
          <h2 class="h5">{t("services.detail.actions")}</h2>
          {view.correctionNote && view.status === "PERLU_PERBAIKAN" && (
            <div class="alert alert-warning">
              {t("services.track.correctionNote")} {view.correctionNote}
            </div>
          )}
          {view.actions.length === 0 && <p>{t("services.detail.noActions")}</p>}
          {view.actions.map((a) => {
            const noteId = fieldId(`note-${a.to}`);
            const noteError = errorFor(errors, `note-${a.to}`);
            return (
              <form method="post" action={`${base}/status`} class="border rounded p-2 mb-2" novalidate>
                <Csrf token={props.csrf} />
                <input type="hidden" name="to" value={a.to} />
                <input type="hidden" name="version" value={String(view.version)} />
                {a.noteRequired && (
                  <div class="mb-2">
                    <label class="form-label small" for={noteId}>
                      {t(`services.action.${a.event}.note`)}
                    </label>
                    <textarea
                      class={`form-control form-control-sm${noteError ? " is-invalid" : ""}`}
                      id={noteId}
                      name="note"
                      rows={2}
                      maxlength={1000}
                      required
                      aria-invalid={noteError ? "true" : undefined}
                      aria-describedby={noteError ? `${noteId}-error` : undefined}
                    />
                    {noteError && (
                      <div id={`${noteId}-error`} class="invalid-feedback d-block">
                        {noteError}
                      </div>
                    )}
                  </div>
                )}
                {a.to === "SELESAI" && view.needsNib && (
                  <TextField
                    name="nib"
                    label={t("services.detail.nib")}
                    inputmode="numeric"
                    maxLength={17}
                    errors={errors}
                    required
                  />
                )}
                <button type="submit" class={`btn btn-sm ${ACTION_CLASS[a.event] ?? "btn-primary"}`}>
                  {t(`services.action.${a.event}`)}
                </button>
              </form>
            );
          })}
          {view.officers && (
            <form method="post" action={`${base}/tugaskan`} class="mt-3" novalidate>
              <Csrf token={props.csrf} />
              <input type="hidden" name="version" value={String(view.version)} />
              <SelectField
                name="userId"
                label={t("services.detail.assign", { name: view.assignedName ?? "—" })}
                options={view.officers}
                placeholder="— Pilih petugas —"
                errors={errors}
              />
              <button type="submit" class="btn btn-sm btn-outline-primary">
                {t("services.detail.assignSubmit")}
              </button>
            </form>
          )}
          <h2 class="h5 mt-4">{t("services.track.timeline")}</h2>
          <Timeline t={t} locale={locale} items={view.timeline} />
        </div>
      </div>
    </>
  );
}
