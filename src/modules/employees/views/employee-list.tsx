import type { Locale, T } from "../../../platform/i18n";
import { formatNumber } from "../../../platform/i18n/format";
import { DataTable } from "../../../platform/views/data-table";
import { SelectField, TextField } from "../../../platform/views/form";
import { Pagination } from "../../../platform/views/table";
import { asnTypes } from "../domain/employee-rules";
import type { EmployeeListRow } from "../queries/find-employees";
import type { UnitItem } from "../queries/org-lists";

export type ListFilter = { q?: string; unit?: string; asnType?: string; status?: string };

export const filterQuery = (f: ListFilter): Record<string, string | undefined> => ({
  q: f.q || undefined,
  unit: f.unit,
  asnType: f.asnType,
  status: f.status,
});

export const queryString = (f: ListFilter) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filterQuery(f))) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
};

/** Units as select options, indented by depth so the tree stays readable without JavaScript. */
export const unitOptions = (units: UnitItem[]) =>
  units.map((u) => ({ value: u.id, label: `${"— ".repeat(u.depth)}${u.name}` }));

export const asnTypeOptions = (t: T) =>
  asnTypes.map((a) => ({ value: a, label: t(`employees.asnType.${a}`) }));

export function EmployeeListView(props: {
  t: T;
  locale: Locale;
  filter: ListFilter;
  page: number;
  pageSize: number;
  total: number;
  items: EmployeeListRow[];
  units: UnitItem[];
  canCreate: boolean;
}) {
  const { t, filter } = props;
  const qs = queryString(filter);
  return (
    <>
      <div class="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <h1 class="h3 mb-0">{t("employees.list.title")}</h1>
        {props.canCreate && (
          <div class="d-flex flex-wrap gap-2">
            <a class="btn btn-primary" href="/staf/pegawai/baru">
              {t("employees.list.add")}
            </a>
            <a class="btn btn-outline-primary" href="/staf/pegawai/impor">
              {t("employees.list.import")}
            </a>
          </div>
        )}
      </div>
      <search aria-label={t("employees.list.searchForm")}>
        <form method="get" action="/staf/pegawai" class="row g-2 align-items-end mb-3">
          <div class="col-12 col-md-4">
            <TextField
              name="q"
              type="search"
              label={t("employees.list.q")}
              hint={t("employees.list.qHint")}
              value={filter.q}
              maxLength={100}
            />
          </div>
          {props.units.length > 0 && (
            <div class="col-12 col-md-3">
              <SelectField
                name="unit"
                label={t("employees.field.unit")}
                value={filter.unit}
                options={unitOptions(props.units)}
                placeholder={t("form.all")}
              />
            </div>
          )}
          <div class="col-6 col-md-2">
            <SelectField
              name="asnType"
              label={t("employees.field.asnType")}
              value={filter.asnType}
              options={asnTypeOptions(t)}
              placeholder={t("form.all")}
            />
          </div>
          <div class="col-6 col-md-2">
            <SelectField
              name="status"
              label={t("employees.field.status")}
              value={filter.status}
              options={[
                { value: "active", label: t("employees.status.active") },
                { value: "inactive", label: t("employees.status.inactive") },
              ]}
              placeholder={t("form.all")}
            />
          </div>
          <div class="col-12 col-md-1 mb-3">
            <button type="submit" class="btn btn-primary w-100">
              {t("form.search")}
            </button>
          </div>
        </form>
      </search>
      <div class="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-2">
        <p class="mb-0" role="status">
          {t("employees.list.total", { total: formatNumber(props.total, props.locale) })}
        </p>
        {props.total > 0 && (
          <p class="mb-0">
            {t("employees.list.export")}: <a href={`/staf/pegawai/ekspor.csv${qs}`}>CSV</a> ·{" "}
            <a href={`/staf/pegawai/ekspor.xlsx${qs}`}>XLSX</a>
          </p>
        )}
      </div>
      {props.items.length === 0 ? (
        <p>{t("employees.list.empty")}</p>
      ) : (
        <DataTable
          label={t("employees.table.list")}
          class="table table-striped table-sm"
          caption={t("employees.list.title")}
          columns={[
            t("employees.field.name"),
            t("employees.field.nip"),
            t("employees.field.asnType"),
            t("employees.field.golongan"),
            t("employees.field.position"),
            t("employees.field.unit"),
          ]}
        >
          {props.items.map((e) => (
            <tr>
              <th scope="row" class="fw-normal">
                <a href={`/staf/pegawai/${e.id}`}>{e.name}</a>
                {!e.isActive && (
                  <span class="badge text-bg-secondary ms-1">{t("employees.status.inactive")}</span>
                )}
              </th>
              <td class="text-nowrap">{e.nip}</td>
              <td>{t(`employees.asnType.${e.asnType}`)}</td>
              <td>{e.golongan ?? "—"}</td>
              <td>{e.positionName ?? "—"}</td>
              <td>{e.unitName}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination
        t={t}
        page={props.page}
        pageSize={props.pageSize}
        total={props.total}
        baseUrl="/staf/pegawai"
        query={filterQuery(filter)}
      />
    </>
  );
}
