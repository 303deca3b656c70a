import type { Child } from "hono/jsx";

/**
 * A box that scrolls sideways on a 360 px phone instead of widening the page. It is focusable and named, so
 * a keyboard user can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, children }: { label: string; children: Child }) {
  return (
    <section class="table-responsive" tabindex={0} aria-label={label}>
      {children}
    </section>
  );
}

/**
 * A list table in a ScrollRegion named `label`: one row of column headings (scope="col", for screen
 * readers), then the body rows given as children.
 */
export function DataTable(props: {
  label: string;
  columns: string[];
  class?: string;
  /** Read by screen readers only, for a table without a visible heading of its own. */
  caption?: string;
  children: Child;
}) {
  return (
    <ScrollRegion label={props.label}>
      <table class={props.class ?? "table table-sm"}>
        {props.caption && <caption class="visually-hidden">{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th scope="col">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </ScrollRegion>
  );
}
