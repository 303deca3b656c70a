import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { Layout, type PageContext } from "../views/layout";
import type { AppEnv } from "./context";

export function pageContext(c: Context<AppEnv>): PageContext {
  return {
    t: c.get("t"),
    locale: c.get("locale"),
    actor: c.get("actor"),
    csrfToken: c.get("csrfToken"),
    path: new URL(c.req.url).pathname,
  };
}

/** Renders a full page in the layout; every HTML response goes through here. */
export async function render(
  c: Context<AppEnv>,
  title: string,
  body: Child,
  opts: { status?: number; bare?: boolean } = {},
) {
  const html = await (
    <Layout ctx={pageContext(c)} title={title} bare={opts.bare}>
      {body}
    </Layout>
  ).toString();
  return c.html(`<!doctype html>${html}`, (opts.status ?? 200) as 200);
}
