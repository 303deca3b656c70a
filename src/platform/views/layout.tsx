import type { Child } from "hono/jsx";
import type { Actor } from "../auth/actor";
import type { Locale, T } from "../i18n";
import type { NavEntry } from "../nav/nav";

export type PageContext = {
  t: T;
  locale: Locale;
  actor: Actor | null;
  csrfToken: string;
  path: string;
  /** The staff menu entries this actor may use (empty when signed out). */
  nav: NavEntry[];
};

type LayoutProps = {
  ctx: PageContext;
  title: string;
  children?: Child;
  /** Kiosk pages (tablet at the counter) hide the staff chrome. */
  bare?: boolean;
};

export function Layout({ ctx, title, children, bare }: LayoutProps) {
  const { t, actor, locale, csrfToken, path, nav } = ctx;
  const otherLocale = locale === "id" ? "en" : "id";
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · SIGAP Medan Marelan`}</title>
        <link rel="stylesheet" href="/static/bootstrap.min.css" />
        <link rel="stylesheet" href="/static/sigap.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="visually-hidden-focusable skip-link" href="#main">
          {t("layout.skip")}
        </a>
        {!bare && (
          <header>
            <nav class="navbar navbar-expand-lg navbar-dark bg-sigap" aria-label={t("layout.mainNav")}>
              <div class="container-fluid">
                <a class="navbar-brand fw-bold" href={actor ? "/staf" : "/"}>
                  SIGAP <span class="fw-normal small">Medan Marelan</span>
                </a>
                <div class="d-flex flex-wrap gap-2 align-items-center ms-auto order-lg-last">
                  <a
                    class="btn btn-sm btn-outline-light"
                    href={`/lang/${otherLocale}?next=${encodeURIComponent(path)}`}
                    lang={otherLocale}
                  >
                    {otherLocale === "en" ? "English" : "Bahasa Indonesia"}
                  </a>
                  {actor ? (
                    <form method="post" action="/logout" class="m-0">
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <button type="submit" class="btn btn-sm btn-light">
                        {t("layout.signOut")}
                      </button>
                    </form>
                  ) : (
                    <a class="btn btn-sm btn-light" href="/login">
                      {t("layout.staffSignIn")}
                    </a>
                  )}
                </div>
                {actor && (
                  <ul class="navbar-nav flex-row flex-wrap gap-2 me-auto mt-2 mt-lg-0">
                    {nav.map((item) => (
                      <li class="nav-item">
                        <a
                          class={`nav-link${path.startsWith(item.href) ? " active" : ""}`}
                          aria-current={path.startsWith(item.href) ? "page" : undefined}
                          href={item.href}
                        >
                          {t(item.labelKey)}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            </nav>
          </header>
        )}
        <main id="main" class="container py-4" tabindex={-1}>
          {children}
        </main>
        {!bare && (
          <footer class="container pb-4 small text-body-secondary">
            <hr />
            <p class="mb-1">{t("layout.footer")}</p>
            <p class="mb-0">
              <a href="/">{t("layout.home")}</a> · <a href="/api/docs">{t("layout.apiDocs")}</a>
            </p>
          </footer>
        )}
      </body>
    </html>
  );
}
