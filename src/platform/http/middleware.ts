import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Actor } from "../auth/actor";
import { actorFromApiToken, actorFromSession, SESSION_COOKIE } from "../auth/sessions";
import type { CommandContext } from "../command-context";
import { AppError } from "../errors";
import { parseLocale, translator } from "../i18n";
import type { AppEnv, Deps } from "./context";
import { readFormBody } from "./validation";

export const CSRF_COOKIE = "sigap_csrf";
export const LANG_COOKIE = "sigap_lang";

/** Client IP: the socket address (a reverse proxy should set BASE_URL and pass X-Forwarded-For; we trust neither). */
export function clientIp(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "127.0.0.1";
}

/** Puts deps, locale, translator, CSRF token and the signed-in actor on the context. */
export function contextMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("deps", deps);
    c.set("requestId", randomBytes(8).toString("hex"));
    c.set("locale", parseLocale(getCookie(c, LANG_COOKIE)));
    c.set("t", translator(c.get("locale")));
    let csrf = getCookie(c, CSRF_COOKIE);
    if (!csrf || !/^[A-Za-z0-9_-]{32,64}$/.test(csrf)) {
      csrf = randomBytes(24).toString("base64url");
      setCookie(c, CSRF_COOKIE, csrf, {
        httpOnly: true,
        sameSite: "Lax",
        secure: deps.config.cookieSecure,
        path: "/",
      });
    }
    c.set("csrfToken", csrf);

    // Assets and the health probe answer everyone alike: no session lookup (each page view fetches three
    // assets, which would otherwise cost three actor queries).
    if (c.req.path.startsWith("/static/") || c.req.path === "/healthz") {
      c.set("actor", null);
      return next();
    }
    let actor: Actor | null = null;
    const now = deps.now();
    const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S{20,200})$/)?.[1];
    if (bearer) actor = await actorFromApiToken(deps.db, bearer, now);
    else {
      const token = getCookie(c, SESSION_COOKIE);
      if (token && token.length <= 100) actor = await actorFromSession(deps.db, token, now);
    }
    if (actor) {
      actor.ip = clientIp(c);
      if (!getCookie(c, LANG_COOKIE)) {
        c.set("locale", actor.locale);
        c.set("t", translator(actor.locale));
      }
    }
    c.set("actor", actor);
    await next();
  };
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * CSRF for HTML forms: the double-submit token (hidden `_csrf` field = cookie). JSON API calls are not
 * form-encodable cross-site; multipart API calls with a session must come from our own origin.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
    const type = c.req.header("content-type") ?? "";
    const isForm =
      type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    const path = new URL(c.req.url).pathname;
    if (path.startsWith("/api/") || path.startsWith("/open311/")) {
      const origin = c.req.header("origin");
      if (
        isForm &&
        origin &&
        getCookie(c, SESSION_COOKIE) &&
        new URL(origin).host !== new URL(c.req.url).host
      ) {
        throw new AppError("FORBIDDEN", "error.csrf");
      }
      return next();
    }
    if (!isForm) throw new AppError("BAD_REQUEST", "error.formOnly");
    const body = await readFormBody(c);
    const sent = typeof body._csrf === "string" ? body._csrf : "";
    if (!sent || !same(sent, c.get("csrfToken"))) throw new AppError("FORBIDDEN", "error.csrf");
    return next();
  };
}

/** The command context of a request by a signed-in person (401 otherwise). */
export function commandContext(c: Context<AppEnv>, actor: Actor = requireActor(c)): CommandContext {
  const { deps } = c.var;
  return { deps, actor, locale: c.get("locale"), now: deps.now() };
}

/** The signed-in actor, or 401 (pages turn that into a redirect to the sign-in page). */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get("actor");
  if (!actor) throw new AppError("UNAUTHENTICATED", "error.401.detail");
  return actor;
}
