import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { modules } from "./modules";
import { auditPages } from "./platform/audit/http/pages";
import { registerAuthApi } from "./platform/auth/http/api";
import { authPages } from "./platform/auth/http/pages";
import { holidayPages } from "./platform/calendar/http/pages";
import { verifyPages } from "./platform/documents/http/pages";
import { AppError } from "./platform/errors";
import { renderApiDocs } from "./platform/home/api-docs";
import { homePages } from "./platform/home/pages";
import type { AppEnv, Deps } from "./platform/http/context";
import { controlCharsMiddleware } from "./platform/http/control-chars";
import { handleError, problem } from "./platform/http/error-handler";
import { idempotencyMiddleware } from "./platform/http/idempotency";
import { contextMiddleware, csrfMiddleware } from "./platform/http/middleware";
import { createApi } from "./platform/http/openapi";
import { outboxPages } from "./platform/outbox/http/pages";
import { throttlePages } from "./platform/throttle/http/pages";

const require = createRequire(import.meta.url);
// Read once at start. `../public/` is the repository's public/ from src/app.ts and from the compiled
// dist/main.js alike (both one folder below the root; scripts/build.mjs).
const staticFiles: Record<string, { body: string; type: string }> = {
  "bootstrap.min.css": {
    body: readFileSync(require.resolve("bootstrap/dist/css/bootstrap.min.css"), "utf8"),
    type: "text/css",
  },
  "sigap.css": {
    body: readFileSync(new URL("../public/sigap.css", import.meta.url), "utf8"),
    type: "text/css",
  },
  "favicon.svg": {
    body: readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8"),
    type: "image/svg+xml",
  },
};

/** Upload routes may carry files up to this size; everything else is small. */
export const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;

export function buildApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) => problem(c, 404, c.get("t")("error.404.detail")));

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "same-origin",
    }),
  );
  app.use(contextMiddleware(deps));
  // Pages and API answers may hold personal data: no shared or browser cache keeps them unless a route
  // says otherwise (static assets, public documents).
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", "no-store");
  });
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    // Path only: query strings may carry search terms with personal data.
    deps.log.info(
      {
        requestId: c.get("requestId"),
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      "request",
    );
  });
  // Bodies over the limit are refused before they are read; upload endpoints declare a larger one.
  app.use(async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    const limit = type.startsWith("multipart/form-data") ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
    return bodyLimit({
      maxSize: limit,
      onError: () => {
        throw new AppError("TOO_LARGE", "error.413.detail");
      },
    })(c, next);
  });
  app.use(csrfMiddleware());
  app.use(controlCharsMiddleware());

  app.get("/static/:file", async (c) => {
    const file = staticFiles[c.req.param("file")];
    if (!file) return problem(c, 404, c.get("t")("error.404.detail"));
    return c.body(file.body, 200, {
      "content-type": `${file.type}; charset=utf-8`,
      "cache-control": "public, max-age=86400",
    });
  });

  app.get("/healthz", async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ status: "ok" });
    } catch {
      return c.json({ status: "unavailable" }, 503);
    }
  });

  const api = createApi();
  api.use("/api/v1/*", idempotencyMiddleware());
  registerAuthApi(api);
  for (const m of modules) m.registerApi?.(api);
  const docConfig = {
    openapi: "3.1.0",
    info: {
      title: "SIGAP API",
      version: "1",
      description:
        "API SIGAP Kecamatan Medan Marelan. Setiap POST/PUT/PATCH/DELETE menerima header Idempotency-Key " +
        "(8–200 karakter): pengulangan dengan kunci yang sama mengembalikan jawaban pertama.",
    },
  };
  api.doc31("/api/openapi.json", docConfig);
  app.route("/", api);
  app.get("/api/docs", (c) => renderApiDocs(c, api.getOpenAPI31Document(docConfig) as never));

  app.route("/", authPages);
  app.route("/", homePages);
  app.route("/", verifyPages);
  app.route("/", holidayPages);
  app.route("/", auditPages);
  app.route("/", outboxPages);
  app.route("/", throttlePages);
  for (const m of modules) if (m.pages) app.route("/", m.pages);
  return app;
}
