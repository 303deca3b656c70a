import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { navFor } from "../nav/nav";
import { Layout, type PageContext } from "../views/layout";
import type { AppEnv } from "./context";

export async function pageContext(c: Context<AppEnv>): Promise<PageContext> {
  const actor = c.get("actor");
  return {
    t: c.get("t"),
    locale: c.get("locale"),
    actor: c.get("actor"),
    csrfToken: c.get("csrfToken"),
    path: new URL(c.req.url).pathname,
    nav: actor ? await navFor(actor, c.var.deps.db) : [],
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
    <Layout ctx={await pageContext(c)} title={title} bare={opts.bare}>
      {body}
    </Layout>
  ).toString();
  return c.html(`<!doctype html>${html}`, (opts.status ?? 200) as 200);
}
