import type { Child } from "hono/jsx";
import type { Locale, T } from "../../../platform/i18n";
import { formatDate } from "../../../platform/i18n/format";
import { formatPhone } from "../../../platform/identifiers";
import { DataTable } from "../../../platform/views/data-table";
import { Section } from "../../../platform/views/page-parts";
import type { ProfileSlot } from "../profile-sections";
import type { getEmployeeProfile } from "../queries/get-employee";
import { DetailRow, RegisterBreadcrumb } from "./page-parts";

type Profile = Awaited<ReturnType<typeof getEmployeeProfile>>;

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
      <RegisterBreadcrumb t={t} current={e.name} />
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

      <Section id="data-title" title={t("employees.profile.data")} class="mb-4">
        <dl class="row mb-0">
          <DetailRow label={t("employees.field.asnType")}>{t(`employees.asnType.${e.asnType}`)}</DetailRow>
          <DetailRow label={t("employees.field.golongan")}>{e.golongan ?? "—"}</DetailRow>
          <DetailRow label={t("employees.field.position")}>
            {e.positionName ? `${e.positionName} (${t(`employees.positionKind.${e.positionKind}`)})` : "—"}
          </DetailRow>
          <DetailRow label={t("employees.field.unit")}>{e.unitName}</DetailRow>
          <DetailRow label={t("employees.field.supervisor")}>
            {!e.supervisorId ? (
              "—"
            ) : profile.isSupervisorReadable ? (
              <a href={`/staf/pegawai/${e.supervisorId}`}>{e.supervisorName}</a>
            ) : (
              e.supervisorName
            )}
          </DetailRow>
          <DetailRow label={t("employees.field.tmtJabatan")}>{formatDate(e.tmtJabatan, locale)}</DetailRow>
          <DetailRow label={t("employees.field.education")}>{e.education ?? "—"}</DetailRow>
          <DetailRow label={t("employees.field.email")}>{e.email ?? "—"}</DetailRow>
          <DetailRow label={t("employees.field.phone")}>{e.phone ? formatPhone(e.phone) : "—"}</DetailRow>
          <DetailRow label={t("employees.field.status")}>
            {t(e.isActive ? "employees.status.active" : "employees.status.inactive")}
          </DetailRow>
        </dl>
      </Section>

      <Section
        id="nip-title"
        title={t(e.asnType === "PNS" ? "employees.profile.nipParts" : "employees.profile.niPppkParts")}
        class="mb-4"
      >
        {info ? (
          <dl class="row mb-0">
            <DetailRow label={t("employees.field.birthDate")}>{formatDate(info.birthDate, locale)}</DetailRow>
            {info.tmtCpns && (
              <DetailRow label={t("employees.field.tmtCpns")}>
                {formatDate(`${info.tmtCpns}-01`, locale).replace(/^1 /, "")}
              </DetailRow>
            )}
            {info.appointmentYear !== undefined && (
              <DetailRow label={t("employees.field.appointmentYear")}>
                {String(info.appointmentYear)}
              </DetailRow>
            )}
            <DetailRow label={t("employees.field.sex")}>{t(`employees.sex.${e.sex}`)}</DetailRow>
          </dl>
        ) : (
          <p>{t("employees.profile.nipUnreadable")}</p>
        )}
      </Section>

      <Section id="subordinates-title" title={t("employees.profile.subordinates")} class="mb-4">
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
      </Section>

      <Section id="history-title" title={t("employees.profile.history")} class="mb-4">
        {profile.history.length === 0 ? (
          <p>{t("table.empty")}</p>
        ) : (
          <DataTable
            label={t("employees.table.history")}
            columns={[
              t("employees.history.period"),
              t("employees.field.position"),
              t("employees.field.unit"),
              t("employees.field.golongan"),
              t("employees.history.note"),
            ]}
          >
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
          </DataTable>
        )}
      </Section>

      {(["training", "performance", "services"] as const).map((slot) => (
        <Section id={`slot-${slot}`} title={t(slotTitle[slot])} class="mb-4">
          {props.slots[slot].length === 0 ? (
            <p class="text-body-secondary">{t("employees.profile.noData")}</p>
          ) : (
            props.slots[slot]
          )}
        </Section>
      ))}
    </>
  );
}
