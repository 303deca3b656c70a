import type { Child } from "hono/jsx";
import type { FieldError } from "../errors";
import type { T } from "../i18n";

/** GOV.UK-style error summary: every message links to its field (ARCHITECTURE §3.7). */
export function ErrorSummary({ errors, t }: { errors: FieldError[]; t: T }) {
  if (errors.length === 0) return null;
  return (
    <div class="alert alert-danger" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title" class="h5">
        {t("form.errorSummary")}
      </h2>
      <ul class="mb-0">
        {errors.map((e) => (
          <li>
            <a href={`#${fieldId(e.field)}`} class="alert-link">
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
export const errorFor = (errors: FieldError[], name: string) => errors.find((e) => e.field === name)?.message;

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: FieldError[];
  required?: boolean;
};

function FieldShell({ name, label, hint, errors = [], children }: FieldProps & { children: Child }) {
  const id = fieldId(name);
  const error = errorFor(errors, name);
  return (
    <div class="mb-3">
      <label class="form-label fw-semibold" for={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} class="form-text mt-0 mb-1">
          {hint}
        </div>
      )}
      {error && (
        <div id={`${id}-error`} class="invalid-feedback d-block">
          {error}
        </div>
      )}
      {children}
    </div>
  );
}

function describedBy(name: string, hint?: string, error?: string) {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export function TextField(
  props: FieldProps & {
    value?: string | number | null;
    type?: string;
    inputmode?: "decimal" | "email" | "none" | "numeric" | "search" | "tel" | "text" | "url";
    autocomplete?: string;
    maxLength?: number;
    width?: string;
  },
) {
  const error = errorFor(props.errors ?? [], props.name);
  return (
    <FieldShell {...props}>
      <input
        class={`form-control${error ? " is-invalid" : ""}${props.width ? ` ${props.width}` : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete}
        maxlength={props.maxLength}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { value?: string | null; rows?: number; maxLength?: number }) {
  const error = errorFor(props.errors ?? [], props.name);
  return (
    <FieldShell {...props}>
      <textarea
        class={`form-control${error ? " is-invalid" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        maxlength={props.maxLength}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      >
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField(
  props: FieldProps & { value?: string | null; options: Option[]; placeholder?: string },
) {
  const error = errorFor(props.errors ?? [], props.name);
  return (
    <FieldShell {...props}>
      <select
        class={`form-select${error ? " is-invalid" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(props.name, props.hint, error)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? "")}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
