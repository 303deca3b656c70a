import type { Child } from "hono/jsx";
import type { T } from "../i18n";

/** Where the page sits: links up the trail, the current page (href null) as plain text with aria-current. */
export function Breadcrumb({ t, items }: { t: T; items: [label: string, href: string | null][] }) {
  return (
    <nav aria-label={t("nav.breadcrumb")}>
      <ol class="breadcrumb small">
        {items.map(([label, href]) =>
          href ? (
            <li class="breadcrumb-item">
              <a href={href}>{label}</a>
            </li>
          ) : (
            <li class="breadcrumb-item active" aria-current="page">
              {label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/**
 * A page section named by its own h2, so screen readers list it as a region; one `id` ties aria-labelledby
 * to the heading, so the two cannot drift apart.
 */
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
