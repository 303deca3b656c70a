import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import QRCode from "qrcode";
import { audit } from "../../audit/audit";
import { AppError, type FieldError } from "../../errors";
import type { AppEnv } from "../../http/context";
import { clientIp, LANG_COOKIE } from "../../http/middleware";
import { render } from "../../http/render";
import { sameOriginPath } from "../../http/same-origin-path";
import { formStrings } from "../../http/validation";
import { Csrf, ErrorSummary, TextField } from "../../views/form";
import { completeTotp } from "../commands/complete-totp";
import { login } from "../commands/login";
import { users } from "../schema";
import {
  deleteAllSessions,
  deleteSession,
  findSession,
  SESSION_COOKIE,
  SESSION_IDLE_HOURS,
} from "../sessions";
import { newTotpSecret, totpUri } from "../totp";

/** After sign-in: a path on this site (never the sign-in page itself), else the staff home. */
export const safeNext = (next: string | undefined) => {
  const path = sameOriginPath(next, "/staf");
  return path.startsWith("/login") ? "/staf" : path;
};

export const authPages = new Hono<AppEnv>();

function LoginForm(props: {
  t: AppEnv["Variables"]["t"];
  csrf: string;
  username?: string;
  next?: string;
  errors: FieldError[];
  message?: string;
}) {
  const { t } = props;
  return (
    <div class="row justify-content-center">
      <div class="col-md-6 col-lg-5">
        <h1 class="h3 mb-3">{t("auth.login.title")}</h1>
        {props.message && props.errors.length === 0 && (
          <div class="alert alert-danger" role="alert">
            {props.message}
          </div>
        )}
        <ErrorSummary errors={props.errors} t={t} />
        <form method="post" action="/login" novalidate>
          <Csrf token={props.csrf} />
          <input type="hidden" name="next" value={props.next ?? ""} />
          <TextField
            name="username"
            label={t("auth.login.username")}
            hint={t("auth.login.usernameHint")}
            value={props.username}
            autocomplete="username"
            errors={props.errors}
            required
          />
          <TextField
            name="password"
            type="password"
            label={t("auth.login.password")}
            autocomplete="current-password"
            errors={props.errors}
            required
          />
          <button type="submit" class="btn btn-primary">
            {t("auth.login.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}

authPages.get("/login", async (c) => {
  if (c.get("actor")) return c.redirect("/staf", 303);
  return render(
    c,
    c.get("t")("auth.login.title"),
    <LoginForm t={c.get("t")} csrf={c.get("csrfToken")} next={c.req.query("next")} errors={[]} />,
  );
});

authPages.post("/login", async (c) => {
  const t = c.get("t");
  const { deps } = c.var;
  const form = formStrings(await c.req.parseBody());
  const errors: FieldError[] = [];
  if (!form.username) errors.push({ field: "username", message: t("auth.login.usernameRequired") });
  if (!form.password) errors.push({ field: "password", message: t("auth.login.passwordRequired") });
  if ((form.username ?? "").length > 100 || (form.password ?? "").length > 200) {
    errors.push({ field: "username", message: t("auth.login.tooLong") });
  }
  const again = (status: number, errs: FieldError[], message?: string) =>
    render(
      c,
      t("auth.login.title"),
      <LoginForm
        t={t}
        csrf={c.get("csrfToken")}
        username={form.username}
        next={form.next}
        errors={errs}
        message={message}
      />,
      { status },
    );
  if (errors.length) return again(400, errors);
  try {
    const result = await login(
      deps.db,
      { username: form.username!, password: form.password!, ip: clientIp(c) },
      deps.now(),
    );
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: "Lax",
      secure: deps.config.cookieSecure,
      path: "/",
      maxAge: SESSION_IDLE_HOURS * 3600,
    });
    if (!getCookie(c, LANG_COOKIE))
      setCookie(c, LANG_COOKIE, result.actor.locale, { path: "/", sameSite: "Lax" });
    const next = safeNext(form.next);
    if (result.needs === "totp") return c.redirect(`/login/totp?next=${encodeURIComponent(next)}`, 303);
    if (result.needs === "totp-setup") return c.redirect("/login/totp-setup", 303);
    return c.redirect(next, 303);
  } catch (err) {
    if (err instanceof AppError && (err.status === 401 || err.status === 429)) {
      if (err.retryAfterSeconds) c.header("Retry-After", String(err.retryAfterSeconds));
      return again(err.status, [], err.describe(t).detail);
    }
    throw err;
  }
});

function TotpForm(props: {
  t: AppEnv["Variables"]["t"];
  csrf: string;
  next?: string;
  errors: FieldError[];
  setup?: { qrSvg: string; secret: string };
}) {
  const { t } = props;
  return (
    <div class="row justify-content-center">
      <div class="col-md-6 col-lg-5">
        <h1 class="h3 mb-3">{props.setup ? t("auth.totp.setupTitle") : t("auth.totp.title")}</h1>
        <ErrorSummary errors={props.errors} t={t} />
        {props.setup && (
          <div class="mb-3">
            <p>{t("auth.totp.setupHelp")}</p>
            <div
              class="totp-qr"
              role="img"
              aria-label={t("auth.totp.qrLabel")}
              dangerouslySetInnerHTML={{ __html: props.setup.qrSvg }}
            />
            <p class="small">
              {t("auth.totp.secret")}: <code>{props.setup.secret}</code>
            </p>
          </div>
        )}
        <form method="post" action="/login/totp" novalidate>
          <Csrf token={props.csrf} />
          <input type="hidden" name="next" value={props.next ?? ""} />
          <TextField
            name="code"
            label={t("auth.totp.code")}
            hint={t("auth.totp.codeHint")}
            inputmode="numeric"
            autocomplete="one-time-code"
            maxLength={6}
            errors={props.errors}
            required
            width="w-auto"
          />
          <button type="submit" class="btn btn-primary">
            {t("auth.totp.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}

async function pendingUser(c: Context<AppEnv>) {
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await findSession(c.var.deps.db, token, c.var.deps.now()) : null;
  if (!session?.pendingTotp) return null;
  const [user] = await c.var.deps.db.select().from(users).where(eq(users.id, session.userId));
  return user ?? null;
}

async function setupView(user: { totpSecret: string | null; username: string }) {
  const secret = user.totpSecret!;
  return {
    secret,
    qrSvg: await QRCode.toString(totpUri(secret, user.username), { type: "svg", margin: 1, width: 200 }),
  };
}

authPages.get("/login/totp", async (c) => {
  if (!(await pendingUser(c))) return c.redirect("/login", 303);
  return render(
    c,
    c.get("t")("auth.totp.title"),
    <TotpForm t={c.get("t")} csrf={c.get("csrfToken")} next={c.req.query("next")} errors={[]} />,
  );
});

authPages.get("/login/totp-setup", async (c) => {
  const user = await pendingUser(c);
  if (!user) return c.redirect("/login", 303);
  if (!user.totpSecret || !user.totpEnabled) {
    // Propose a secret once per set-up; it is enabled only when the user proves they stored it.
    if (!user.totpSecret) {
      user.totpSecret = newTotpSecret();
      await c.var.deps.db.update(users).set({ totpSecret: user.totpSecret }).where(eq(users.id, user.id));
    }
  }
  return render(
    c,
    c.get("t")("auth.totp.setupTitle"),
    <TotpForm t={c.get("t")} csrf={c.get("csrfToken")} errors={[]} setup={await setupView(user)} />,
  );
});

authPages.post("/login/totp", async (c) => {
  const t = c.get("t");
  const form = formStrings(await c.req.parseBody());
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return c.redirect("/login", 303);
  try {
    await completeTotp(c.var.deps.db, token, form.code ?? "", clientIp(c), c.var.deps.now());
    return c.redirect(safeNext(form.next), 303);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) {
      const user = await pendingUser(c);
      const setup = user && !user.totpEnabled ? await setupView(user) : undefined;
      return render(
        c,
        t("auth.totp.title"),
        <TotpForm
          t={t}
          csrf={c.get("csrfToken")}
          next={form.next}
          errors={err.describe(t).fields}
          setup={setup}
        />,
        { status: 422 },
      );
    }
    throw err;
  }
});

authPages.post("/logout", async (c) => {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.var.deps.db, token);
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return c.redirect("/", 303);
});

authPages.get("/lang/:locale", (c) => {
  const locale = c.req.param("locale") === "en" ? "en" : "id";
  setCookie(c, LANG_COOKIE, locale, { path: "/", sameSite: "Lax", maxAge: 365 * 86400 });
  return c.redirect(sameOriginPath(c.req.query("next"), "/"), 303);
});

/** Sign-out everywhere (SPEC §3.1): ends every session of this user. */
authPages.post("/staf/akun/keluar-semua", async (c) => {
  const actor = c.get("actor");
  if (actor) {
    await c.var.deps.db.transaction(async (tx) => {
      await deleteAllSessions(tx, actor.userId);
      await audit(tx, actor, { action: "auth.logout-all", entity: "user", entityId: actor.userId });
    });
  }
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
  return c.redirect("/login", 303);
});
