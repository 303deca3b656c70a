import type { Locale, T } from "../../../platform/i18n";
import { formatDate, formatDateTime, formatRupiah } from "../../../platform/i18n/format";
import type { SlaState } from "../domain/sla";
import { INTERNAL_COMPONENTS, PUBLIC_COMPONENTS } from "../domain/standard";
import type { Status } from "../domain/workflow";
import type { ServiceRow } from "../services.repository";

const STATUS_CLASS: Record<Status, string> = {
  DIAJUKAN: "text-bg-secondary",
  DIVERIFIKASI: "text-bg-info",
  DIPROSES: "text-bg-primary",
  MENUNGGU_TTD: "text-bg-warning",
  SELESAI: "text-bg-success",
  PERLU_PERBAIKAN: "text-bg-warning",
  DITOLAK: "text-bg-danger",
  DIBATALKAN: "text-bg-dark",
};

export function StatusBadge({ t, status }: { t: T; status: Status }) {
  return <span class={`badge ${STATUS_CLASS[status]}`}>{t(`services.status.${status}`)}</span>;
}

/** The due date with how many working days are left or how late it is (SPEC §3.4: shown everywhere). */
export function SlaText({
  t,
  locale,
  sla,
  dueDate,
}: {
  t: T;
  locale: Locale;
  sla: SlaState;
  dueDate: string | null;
}) {
  switch (sla.kind) {
    case "paused":
      return <span>{t("services.sla.paused")}</span>;
    case "done":
      return (
        <span>
          {formatDate(dueDate, locale)}
          {sla.onTime === false && <span class="badge badge-overdue ms-1">{t("services.sla.late")}</span>}
        </span>
      );
    case "overdue":
      return (
        <span>
          {formatDate(dueDate, locale)}{" "}
          <span class="badge badge-overdue">{t("services.sla.overdue", { days: sla.days })}</span>
        </span>
      );
    case "dueSoon":
      return (
        <span>
          {formatDate(dueDate, locale)}{" "}
          <span class="badge text-bg-warning">
            {sla.days === 0 ? t("services.sla.today") : t("services.sla.soon", { days: sla.days })}
          </span>
        </span>
      );
    case "onTrack":
      return (
        <span>
          {formatDate(dueDate, locale)}{" "}
          <span class="text-body-secondary small">({t("services.sla.left", { days: sla.days })})</span>
        </span>
      );
  }
}

export type TimelineItem = {
  at: string | Date;
  status: Status;
  event: string;
  note: string | null;
  by?: string;
};

export function Timeline({ t, locale, items }: { t: T; locale: Locale; items: TimelineItem[] }) {
  return (
    <ol class="list-unstyled border-start ps-3">
      {items.map((h) => (
        <li class="mb-3">
          <div class="small text-body-secondary">{formatDateTime(h.at, locale)}</div>
          <div>
            <strong>{t(`services.event.${h.event}`)}</strong>
            {h.by && <span class="text-body-secondary"> — {h.by}</span>}
          </div>
          {h.note && <div class="text-break">{h.note}</div>}
        </li>
      ))}
    </ol>
  );
}

/** The standar pelayanan of a service: the six public components, or all fourteen for staff (SPEC §4.6). */
export function StandardList({ t, service, internal }: { t: T; service: ServiceRow; internal: boolean }) {
  const value = (k: string) => {
    const text = service.standard[k as keyof typeof service.standard] ?? "";
    if (k === "jangkaWaktu") return `${t("services.catalogue.slaDays", { days: service.slaDays })}. ${text}`;
    if (k === "biaya") return service.fee === 0 ? text : `${formatRupiah(service.fee)}. ${text}`;
    return text;
  };
  const block = (keys: readonly string[]) => (
    <dl class="row">
      {keys.map((k) => (
        <>
          <dt class="col-sm-4">{t(`services.standard.${k}`)}</dt>
          <dd class="col-sm-8">
            {value(k)}
            {k === "persyaratan" && (
              <ul class="mt-2 mb-0">
                {service.documents.map((d) => (
                  <li>
                    {d.label}
                    {!d.required && ` (${t("services.apply.optional")})`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
      ))}
    </dl>
  );
  return (
    <>
      {block(PUBLIC_COMPONENTS)}
      {internal && (
        <>
          <h3 class="h6 mt-3">{t("services.standard.internal")}</h3>
          {block(INTERNAL_COMPONENTS)}
        </>
      )}
    </>
  );
}

/** A drop-down of a GET filter form; its first, empty choice means "do not filter on this". */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  options: { value: string; label: string }[];
  value: string | undefined;
}) {
  return (
    <>
      <label class="form-label" for={props.id}>
        {props.label}
      </label>
      <select class="form-select" id={props.id} name={props.name}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={props.value === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The free-text search box of a GET filter form (`q`, cut to 60 characters like the query it feeds). */
export function FilterSearch({ t, id, value }: { t: T; id: string; value: string | undefined }) {
  return (
    <>
      <label class="form-label" for={id}>
        {t("services.queue.search")}
      </label>
      <input class="form-control" id={id} name="q" value={value ?? ""} maxlength={60} />
    </>
  );
}
