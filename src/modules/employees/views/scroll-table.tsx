import type { Child } from "hono/jsx";

/**
 * A wide table that scrolls sideways on a 360 px phone. The scrolling box is focusable and named, so a
 * keyboard user can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
function ScrollTable({ label, children }: { label: string; children: Child }) {
  return (
    <section class="table-responsive" tabindex={0} aria-label={label}>
      {children}
    </section>
  );
}

/** A table in a ScrollTable: one row of column headings, then the body rows given as children. */
export function DataTable(props: {
  label: string;
  columns: string[];
  class?: string;
  caption?: string;
  children: Child;
}) {
  return (
    <ScrollTable label={props.label}>
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
    </ScrollTable>
  );
}
