import type { Child } from "hono/jsx";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate } from "../../../platform/i18n/format";
import type { ProfileSlot } from "../profile-sections";
import type { getEmployeeProfile } from "../queries/get-employee";
import { ScrollTable } from "./scroll-table";

type Profile = Awaited<ReturnType<typeof getEmployeeProfile>>;

function Row({ label, children }: { label: string; children: Child }) {
  return (
    <>
      <dt class="col-sm-4">{label}</dt>
      <dd class="col-sm-8">{children}</dd>
    </>
  );
}

const slotTitle: Record<ProfileSlot, string> = {
  training: "employees.profile.training",
  performance: "employees.profile.performance",
  services: "employees.profile.services",
};

export function EmployeeProfileView(props: {
  t: T;
  locale: Locale;
  profile: Profile;
  slots: Record<ProfileSlot, Child[]>;
  saved: boolean;
}) {
  const { t, locale, profile } = props;
  const e = profile.employee;
  const info = profile.numberInfo;
  return (
    <>
      <nav aria-label={t("employees.breadcrumb")}>
        <ol class="breadcrumb">
          <li class="breadcrumb-item">
            <a href="/staf/pegawai">{t("employees.list.title")}</a>
          </li>
          <li class="breadcrumb-item active" aria-current="page">
            {e.name}
          </li>
        </ol>
      </nav>
      {props.saved && (
        <div class="alert alert-success" role="status">
          {t("employees.saved")}
        </div>
      )}
      <div class="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <div>
          <h1 class="h3 mb-1">{e.name}</h1>
          <p class="mb-0 text-body-secondary">
            {t(e.asnType === "PNS" ? "employees.field.nip" : "employees.field.niPppk")} {e.nip}
            {!e.isActive && (
              <span class="badge text-bg-secondary ms-2">{t("employees.status.inactive")}</span>
            )}
          </p>
        </div>
        {profile.canEdit && (
          <a class="btn btn-outline-primary" href={`/staf/pegawai/${e.id}/ubah`}>
            {t("employees.profile.edit")}
          </a>
        )}
      </div>

      <section aria-labelledby="data-title" class="mb-4">
        <h2 id="data-title" class="h5">
          {t("employees.profile.data")}
        </h2>
        <dl class="row mb-0">
          <Row label={t("employees.field.asnType")}>{t(`employees.asnType.${e.asnType}`)}</Row>
          <Row label={t("employees.field.golongan")}>{e.golongan ?? "—"}</Row>
          <Row label={t("employees.field.position")}>
            {e.positionName ? `${e.positionName} (${t(`employees.positionKind.${e.positionKind}`)})` : "—"}
          </Row>
          <Row label={t("employees.field.unit")}>{e.unitName}</Row>
          <Row label={t("employees.field.supervisor")}>
            {!e.supervisorId ? (
              "—"
            ) : profile.isSupervisorReadable ? (
              <a href={`/staf/pegawai/${e.supervisorId}`}>{e.supervisorName}</a>
            ) : (
              e.supervisorName
            )}
          </Row>
          <Row label={t("employees.field.tmtJabatan")}>{formatDate(e.tmtJabatan, locale)}</Row>
          <Row label={t("employees.field.education")}>{e.education ?? "—"}</Row>
          <Row label={t("employees.field.email")}>{e.email ?? "—"}</Row>
          <Row label={t("employees.field.phone")}>{e.phone ?? "—"}</Row>
          <Row label={t("employees.field.status")}>
            {t(e.isActive ? "employees.status.active" : "employees.status.inactive")}
          </Row>
        </dl>
      </section>

      <section aria-labelledby="nip-title" class="mb-4">
        <h2 id="nip-title" class="h5">
          {t(e.asnType === "PNS" ? "employees.profile.nipParts" : "employees.profile.niPppkParts")}
        </h2>
        {info ? (
          <dl class="row mb-0">
            <Row label={t("employees.field.birthDate")}>{formatDate(info.birthDate, locale)}</Row>
            {info.tmtCpns && (
              <Row label={t("employees.field.tmtCpns")}>
                {formatDate(`${info.tmtCpns}-01`, locale).replace(/^1 /, "")}
              </Row>
            )}
            {info.appointmentYear !== undefined && (
              <Row label={t("employees.field.appointmentYear")}>{String(info.appointmentYear)}</Row>
            )}
            <Row label={t("employees.field.sex")}>{t(`employees.sex.${e.sex}`)}</Row>
          </dl>
        ) : (
          <p>{t("employees.profile.nipUnreadable")}</p>
        )}
      </section>

      <section aria-labelledby="subordinates-title" class="mb-4">
        <h2 id="subordinates-title" class="h5">
          {t("employees.profile.subordinates")}
        </h2>
        {profile.subordinates.length === 0 ? (
          <p>{t("employees.profile.noSubordinates")}</p>
        ) : (
          <ul>
            {profile.subordinates.map((s) => (
              <li>
                {s.isReadable ? <a href={`/staf/pegawai/${s.id}`}>{s.name}</a> : s.name}
                {s.positionName && <span class="text-body-secondary"> — {s.positionName}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-title" class="mb-4">
        <h2 id="history-title" class="h5">
          {t("employees.profile.history")}
        </h2>
        {profile.history.length === 0 ? (
          <p>{t("table.empty")}</p>
        ) : (
          <ScrollTable label={t("employees.table.history")}>
            <table class="table table-sm">
              <thead>
                <tr>
                  <th scope="col">{t("employees.history.period")}</th>
                  <th scope="col">{t("employees.field.position")}</th>
                  <th scope="col">{t("employees.field.unit")}</th>
                  <th scope="col">{t("employees.field.golongan")}</th>
                  <th scope="col">{t("employees.history.note")}</th>
                </tr>
              </thead>
              <tbody>
                {profile.history.map((h) => (
                  <tr>
                    <td>
                      {formatDate(h.startDate, locale)} –{" "}
                      {h.endDate ? formatDate(h.endDate, locale) : t("employees.history.now")}
                    </td>
                    <td>{h.positionName ?? "—"}</td>
                    <td>{h.unitName}</td>
                    <td>{h.golongan ?? "—"}</td>
                    <td>{h.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>

      {(["training", "performance", "services"] as const).map((slot) => (
        <section aria-labelledby={`slot-${slot}`} class="mb-4">
          <h2 id={`slot-${slot}`} class="h5">
            {t(slotTitle[slot])}
          </h2>
          {props.slots[slot].length === 0 ? (
            <p class="text-body-secondary">{t("employees.profile.noData")}</p>
          ) : (
            props.slots[slot]
          )}
        </section>
      ))}
    </>
  );
}
