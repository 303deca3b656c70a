import type { Child } from "hono/jsx";
import type { T } from "../../../platform/i18n";

/** Register → (parent) → current page; the current page is plain text marked aria-current. */
export function Breadcrumb({
  t,
  parent,
  current,
}: {
  t: T;
  parent?: { href: string; label: string };
  current: string;
}) {
  return (
    <nav aria-label={t("employees.breadcrumb")}>
      <ol class="breadcrumb">
        <li class="breadcrumb-item">
          <a href="/staf/pegawai">{t("employees.list.title")}</a>
        </li>
        {parent && (
          <li class="breadcrumb-item">
            <a href={parent.href}>{parent.label}</a>
          </li>
        )}
        <li class="breadcrumb-item active" aria-current="page">
          {current}
        </li>
      </ol>
    </nav>
  );
}

/** A region named by its own h2 (the id ties aria-labelledby to the heading). */
export function Section(props: { id: string; title: string; class?: string; children: Child }) {
  return (
    <section aria-labelledby={props.id} class={props.class}>
      <h2 id={props.id} class="h5">
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** One term and its value in a `<dl class="row">`. */
export function DetailRow({ label, children }: { label: string; children: Child }) {
  return (
    <>
      <dt class="col-sm-4">{label}</dt>
      <dd class="col-sm-8">{children}</dd>
    </>
  );
}
