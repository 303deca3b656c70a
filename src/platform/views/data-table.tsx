import type { Child } from "hono/jsx";

/**
 * A list table that scrolls sideways on a 360 px phone instead of widening the page: one row of column
 * headings (scope="col", for screen readers), then the body rows given as children.
 */
export function DataTable(props: {
  columns: string[];
  class?: string;
  /** Read by screen readers only, for a table without a visible heading of its own. */
  caption?: string;
  children: Child;
}) {
  return (
    <div class="table-responsive">
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
    </div>
  );
}
