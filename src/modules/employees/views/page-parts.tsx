import type { Child } from "hono/jsx";
import type { T } from "../../../platform/i18n";
import { Breadcrumb } from "../../../platform/views/page-parts";

/** Register → (parent) → current page. */
export function RegisterBreadcrumb({
  t,
  parent,
  current,
}: {
  t: T;
  parent?: { href: string; label: string };
  current: string;
}) {
  return (
    <Breadcrumb
      t={t}
      items={[
        [t("employees.list.title"), "/staf/pegawai"],
        ...(parent ? [[parent.label, parent.href] as [string, string]] : []),
        [current, null],
      ]}
    />
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
