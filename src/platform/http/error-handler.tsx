import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { AppError, type FieldError } from "../errors";
import type { AppEnv } from "./context";
import { render } from "./render";

/** JSON for the API and for clients that ask for it; HTML pages for browsers. */
export function wantsJson(c: Context<AppEnv>): boolean {
  const path = new URL(c.req.url).pathname;
  if (path.startsWith("/api/") || path.startsWith("/open311/")) return true;
  const accept = c.req.header("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

const titleKeys: Record<number, string> = {
  400: "error.400",
  401: "error.401",
  403: "error.403",
  404: "error.404",
  409: "error.409",
  413: "error.413",
  415: "error.415",
  422: "error.422",
  429: "error.429",
  500: "error.500",
};

export async function problem(c: Context<AppEnv>, status: number, detail: string, fields: FieldError[] = []) {
  const t = c.get("t");
  // Any other 4xx is the client's problem: never the 500 title for it.
  const title = t(titleKeys[status] ?? (status >= 400 && status < 500 ? "error.400" : "error.500"));
  if (wantsJson(c)) {
    return c.body(
      JSON.stringify({ type: "about:blank", title, status, detail, errors: fields }),
      status as 400,
      { "content-type": "application/problem+json; charset=utf-8" },
    );
  }
  return render(
    c,
    title,
    <div class="col-lg-8">
      <h1 class="h3">{title}</h1>
      <p class="lead">{detail}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li>{f.message}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={c.get("actor") ? "/staf" : "/"}>{t("error.backHome")}</a>
      </p>
    </div>,
    { status },
  );
}

/** The one error handler (ARCHITECTURE §3.2): never a stack trace, never a 500 for bad input. */
export async function handleError(err: Error, c: Context<AppEnv>) {
  const t = c.get("t") ?? ((k: string) => k);
  if (!c.get("t")) c.set("t", t);
  // The rest of a refused oversized body is still on its way: a new connection for the next request, else
  // the leftover bytes would be read as that request on a keep-alive connection (issue 9).
  if ((err instanceof AppError || err instanceof HTTPException) && err.status === 413) {
    c.header("connection", "close");
  }
  if (err instanceof AppError) {
    if (err.status === 401 && !wantsJson(c)) {
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    if (err.retryAfterSeconds) c.header("Retry-After", String(err.retryAfterSeconds));
    const { detail, fields } = err.describe(t);
    return problem(c, err.status, detail, fields);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413) return problem(c, 413, t("error.413.detail"));
    if (status === 415) return problem(c, 415, t("error.415.detail"));
    if (status === 401) return problem(c, 401, t("error.401.detail"));
    if (status === 403) return problem(c, 403, t("error.csrf"));
    if (status >= 400 && status < 500) return problem(c, status, t("error.400.detail"));
  }
  if (err instanceof SyntaxError) return problem(c, 400, t("error.400.detail"));
  c.get("deps")?.log.error(
    { err: { message: err.message, stack: err.stack }, requestId: c.get("requestId") },
    "unhandled error",
  );
  return problem(c, 500, t("error.500.detail"));
}
