import type { FieldError } from "../../../platform/errors";
import type { T } from "../../../platform/i18n";
import { Csrf, ErrorSummary, fieldId, SelectField, TextField } from "../../../platform/views/form";
import { pnsGolongan, pppkGolongan } from "../domain/employee-rules";
import type { PositionItem, UnitItem } from "../queries/org-lists";
import { asnTypeOptions, unitOptions } from "./employee-list";

export type EmployeeFormValues = Record<string, string | undefined>;

/** Create and edit (GOV.UK pattern: labels, hints, error summary linking to each field, values kept). */
export function EmployeeFormView(props: {
  t: T;
  csrf: string;
  mode: "create" | "edit";
  action: string;
  cancelHref: string;
  title: string;
  values: EmployeeFormValues;
  errors: FieldError[];
  units: UnitItem[];
  positions: PositionItem[];
}) {
  const { t, values: v, errors } = props;
  const golonganOptions = [
    ...pnsGolongan.map((g) => ({ value: g, label: `${g} (PNS)` })),
    ...pppkGolongan.map((g) => ({ value: g, label: `${g} (PPPK)` })),
  ];
  return (
    <div class="row">
      <div class="col-lg-8">
        <h1 class="h3 mb-3">{props.title}</h1>
        <ErrorSummary errors={errors} t={t} />
        <form method="post" action={props.action} novalidate>
          <Csrf token={props.csrf} />
          <SelectField
            name="asnType"
            label={t("employees.field.asnType")}
            value={v.asnType ?? "PNS"}
            options={asnTypeOptions(t)}
            errors={errors}
            required
          />
          <TextField
            name="nip"
            label={t("employees.field.nipOrNiPppk")}
            hint={t("employees.form.nipHint")}
            value={v.nip}
            inputmode="numeric"
            maxLength={25}
            errors={errors}
            required
          />
          <TextField
            name="name"
            label={t("employees.field.name")}
            hint={t("employees.form.nameHint")}
            value={v.name}
            maxLength={150}
            autocomplete="off"
            errors={errors}
            required
          />
          <SelectField
            name="golongan"
            label={t("employees.field.golongan")}
            hint={t("employees.form.golonganHint")}
            value={v.golongan}
            options={golonganOptions}
            placeholder={t("employees.form.none")}
            errors={errors}
          />
          <SelectField
            name="unitId"
            label={t("employees.field.unit")}
            value={v.unitId}
            options={unitOptions(props.units)}
            placeholder={t("employees.form.choose")}
            errors={errors}
            required
          />
          <SelectField
            name="positionId"
            label={t("employees.field.position")}
            hint={t("employees.form.positionHint")}
            value={v.positionId}
            options={props.positions.map((p) => ({ value: p.id, label: `${p.name} — ${p.unitName}` }))}
            placeholder={t("employees.form.none")}
            errors={errors}
          />
          <TextField
            name="supervisorNip"
            label={t("employees.field.supervisorNip")}
            hint={t("employees.form.supervisorHint")}
            value={v.supervisorNip}
            inputmode="numeric"
            maxLength={25}
            errors={errors}
          />
          <TextField
            name="tmtJabatan"
            type="date"
            label={t("employees.field.tmtJabatan")}
            hint={t("employees.form.tmtHint")}
            value={v.tmtJabatan}
            errors={errors}
            width="w-auto"
          />
          <TextField
            name="education"
            label={t("employees.field.education")}
            hint={t("employees.form.educationHint")}
            value={v.education}
            maxLength={150}
            errors={errors}
          />
          <TextField
            name="email"
            type="email"
            label={t("employees.field.email")}
            value={v.email}
            autocomplete="off"
            maxLength={254}
            errors={errors}
          />
          <TextField
            name="phone"
            type="tel"
            label={t("employees.field.phone")}
            hint={t("employees.form.phoneHint")}
            value={v.phone}
            inputmode="tel"
            maxLength={25}
            errors={errors}
          />
          {props.mode === "edit" && (
            <div class="form-check mb-3">
              <input
                class="form-check-input"
                type="checkbox"
                id={fieldId("isActive")}
                name="isActive"
                value="1"
                checked={v.isActive === "1"}
              />
              <label class="form-check-label" for={fieldId("isActive")}>
                {t("employees.form.isActive")}
              </label>
            </div>
          )}
          <div class="d-flex flex-wrap gap-2">
            <button type="submit" class="btn btn-primary">
              {t("form.save")}
            </button>
            <a class="btn btn-outline-secondary" href={props.cancelHref}>
              {t("form.cancel")}
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}
