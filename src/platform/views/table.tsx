import type { T } from "../i18n";

/** Page links that keep the current filters (server-rendered, works without JavaScript). */
export function Pagination(props: {
  t: T;
  page: number;
  pageSize: number;
  total: number;
  baseUrl: string;
  query: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  const href = (page: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(props.query)) if (v) q.set(k, v);
    q.set("page", String(page));
    return `${props.baseUrl}?${q}`;
  };
  return (
    <nav aria-label={props.t("table.pagination")}>
      <ul class="pagination flex-wrap">
        <li class={`page-item${props.page <= 1 ? " disabled" : ""}`}>
          {props.page <= 1 ? (
            <span class="page-link">{props.t("table.prev")}</span>
          ) : (
            <a class="page-link" href={href(props.page - 1)}>
              {props.t("table.prev")}
            </a>
          )}
        </li>
        <li class="page-item active" aria-current="page">
          <span class="page-link">{props.t("table.pageOf", { page: props.page, pages })}</span>
        </li>
        <li class={`page-item${props.page >= pages ? " disabled" : ""}`}>
          {props.page >= pages ? (
            <span class="page-link">{props.t("table.next")}</span>
          ) : (
            <a class="page-link" href={href(props.page + 1)}>
              {props.t("table.next")}
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}
