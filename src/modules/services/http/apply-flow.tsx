import { randomBytes } from "node:crypto";
import type { Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, type FieldError } from "../../../platform/errors";
import { storeUpload } from "../../../platform/files";
import type { AppEnv } from "../../../platform/http/context";
import { IDEMPOTENCY_KEY } from "../../../platform/http/idempotency";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { todayJakarta } from "../../../platform/i18n/format";
import { checkSubmission, type StoredUpload, submitRequest } from "../commands/submit-request";
import { can } from "../domain/policy";
import { seal, sign, unseal, verifySigned } from "../sealed";
import { findServiceByCode, kelurahanOptions, listOffices, type ServiceRow } from "../services.repository";
import {
  ApplyForm,
  type ApplyPaths,
  type ApplyValues,
  CheckAnswers,
  Confirmation,
  type KeptUpload,
  type Receipt,
} from "../views/apply";

/**
 * The apply journey (SPEC §3.4), mounted three times: on the public site, on the counter kiosk and for an
 * officer filing for a walk-in citizen. Works without JavaScript: form → check your answers → submit once
 * (the hidden form token is the idempotency key) → 303 to a confirmation page that shows reference and PIN
 * from a short-lived sealed cookie (never in a URL).
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const RECEIPT_COOKIE = "sigap_svc_receipt";

export type ApplyMount = {
  channel: "web" | "kios" | "loket";
  formPath: (code: string) => string;
  submitPath: (code: string) => string;
  donePath: string;
  /** Where "file another request" goes. */
  againPath: string;
  againKey: string;
  bare: boolean;
  receiptSeconds: number;
};

const paths = (m: ApplyMount, code: string): ApplyPaths => ({
  form: m.formPath(code),
  submit: m.submitPath(code),
});
const newToken = () => randomBytes(18).toString("base64url");
const isInput = (k: string) =>
  k.startsWith("applicant.") || k.startsWith("fields.") || k.startsWith("documents.");

function staffIfNeeded(c: Context<AppEnv>, m: ApplyMount): Actor | null {
  if (m.channel !== "loket") return null;
  const actor = requireActor(c);
  if (!can(actor, "file")) throw new AppError("FORBIDDEN", c.get("t")("error.403.detail"));
  return actor;
}

async function serviceOr404(c: Context<AppEnv>) {
  const service = await findServiceByCode(c.var.deps.db, (c.req.param("code") ?? "").toUpperCase());
  if (!service?.isActive) throw new AppError("NOT_FOUND", c.get("t")("services.notFound"));
  return service;
}

/** Splits the posted form: typed values, the token, and the files kept from earlier steps (signed). */
async function readPosted(c: Context<AppEnv>, token: string | null) {
  const body = await c.req.parseBody();
  const values: ApplyValues = {};
  const files = new Map<string, File>();
  const kept: Record<string, KeptUpload> = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === "string") {
      if (isInput(k)) values[k] = v.slice(0, 2000);
      else if (k.startsWith("stored.") && token) {
        const payload = verifySigned(c.var.deps.secret, `svc-upload:${token}`, v);
        const [key, sha256, mime, size] = payload?.split("|") ?? [];
        if (key && key === k.slice(7) && sha256 && mime && size)
          kept[key] = { signed: v, mime, size: Number(size) };
      }
    } else if (k.startsWith("upload.") && v instanceof File && v.size > 0) files.set(k.slice(7), v);
  }
  return { values, files, kept };
}

/** Stores newly chosen files (content-checked by the platform); each refusal becomes a field error. */
export async function storeFilesFor(c: Context<AppEnv>, service: ServiceRow, files: Map<string, File>) {
  const uploads: StoredUpload[] = [];
  const errors: FieldError[] = [];
  let tooLarge = false;
  for (const [key, file] of files) {
    if (!service.documents.some((d) => d.key === key)) continue;
    try {
      const stored = await storeUpload(c.var.deps, new Uint8Array(await file.arrayBuffer()), {
        allowed: ["pdf", "jpg", "png"],
        maxBytes: MAX_FILE_BYTES,
        field: `documents.${key}`,
      });
      uploads.push({ key, sha256: stored.sha256, mime: stored.mime, size: stored.size });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      tooLarge ||= err.code === "TOO_LARGE";
      errors.push(
        ...(err.issues.length
          ? err.describe(c.get("t")).fields
          : [{ field: `documents.${key}`, message: err.describe(c.get("t")).detail }]),
      );
    }
  }
  return { uploads, errors, tooLarge };
}

/** Files kept between steps travel as references signed for this form only. */
async function storeFiles(c: Context<AppEnv>, service: ServiceRow, files: Map<string, File>, token: string) {
  const { uploads, errors } = await storeFilesFor(c, service, files);
  const kept: Record<string, KeptUpload> = {};
  for (const u of uploads) {
    kept[u.key] = {
      signed: sign(c.var.deps.secret, `svc-upload:${token}`, `${u.key}|${u.sha256}|${u.mime}|${u.size}`),
      mime: u.mime,
      size: u.size,
    };
  }
  return { kept, errors };
}

const uploadsOf = (kept: Record<string, KeptUpload>, secret: string, token: string): StoredUpload[] =>
  Object.entries(kept).flatMap(([key, k]) => {
    const payload = verifySigned(secret, `svc-upload:${token}`, k.signed);
    const [, sha256, mime, size] = payload?.split("|") ?? [];
    return sha256 && mime ? [{ key, sha256, mime, size: Number(size) }] : [];
  });

/** Form values → the command's input shape. */
function inputOf(values: ApplyValues) {
  const pick = (prefix: string) =>
    Object.fromEntries(
      Object.entries(values)
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
  return { applicant: pick("applicant."), fields: pick("fields."), documents: pick("documents.") };
}

export function mountApplyFlow(app: Hono<AppEnv>, m: ApplyMount) {
  /** What the form and the check-your-answers step both show besides the answers themselves. */
  const stepContext = async (c: Context<AppEnv>, service: ServiceRow) => ({
    t: c.get("t"),
    locale: c.get("locale"),
    csrf: c.get("csrfToken"),
    service,
    kelurahan: kelurahanOptions(await listOffices(c.var.deps.db)),
    paths: paths(m, service.code),
  });

  const showForm = async (
    c: Context<AppEnv>,
    service: ServiceRow,
    state: { token: string; values: ApplyValues; kept: Record<string, KeptUpload>; errors: FieldError[] },
    status = 200,
  ) => {
    const step = await stepContext(c, service);
    return render(
      c,
      step.t("services.apply.title", { name: service.name }),
      <ApplyForm {...step} assisted={m.channel === "loket"} {...state} />,
      { status, bare: m.bare },
    );
  };

  app.get(m.donePath, async (c) => {
    staffIfNeeded(c, m);
    const t = c.get("t");
    const raw = getCookie(c, RECEIPT_COOKIE);
    const receipt = raw
      ? (JSON.parse(unseal(c.var.deps.secret, "svc-receipt", raw) ?? "null") as Receipt | null)
      : null;
    c.header("Cache-Control", "no-store");
    if (!receipt) {
      return render(
        c,
        t("services.done.expiredTitle"),
        <div class="col-lg-8">
          <h1 class="h3">{t("services.done.expiredTitle")}</h1>
          <p>{t("services.done.expired")}</p>
          <p>
            <a href="/lacak">{t("services.track.title")}</a>
          </p>
        </div>,
        { bare: m.bare },
      );
    }
    return render(
      c,
      t("services.done.title"),
      <Confirmation
        t={t}
        locale={c.get("locale")}
        receipt={receipt}
        againHref={m.againPath}
        againLabel={t(m.againKey)}
      />,
      { bare: m.bare },
    );
  });

  app.get(m.formPath(":code"), async (c) => {
    staffIfNeeded(c, m);
    const service = await serviceOr404(c);
    return showForm(c, service, { token: newToken(), values: {}, kept: {}, errors: [] });
  });

  // Step 1 → 2: store files, check everything, show the answers (or the form again with every error).
  app.post(m.formPath(":code"), async (c) => {
    staffIfNeeded(c, m);
    const service = await serviceOr404(c);
    const body = await c.req.parseBody();
    const token =
      typeof body._token === "string" && IDEMPOTENCY_KEY.test(body._token) ? body._token : newToken();
    const posted = await readPosted(c, token);
    const stored = await storeFiles(c, service, posted.files, token);
    const kept = { ...posted.kept, ...stored.kept };
    const state = { token, values: posted.values, kept };
    if (body._step === "ubah") return showForm(c, service, { ...state, errors: [] });
    const errors = [...stored.errors];
    try {
      await checkSubmission(
        c.var.deps.db,
        {
          serviceCode: service.code,
          ...inputOf(posted.values),
          uploads: uploadsOf(kept, c.var.deps.secret, token),
          channel: m.channel,
          idempotencyKey: token,
        },
        todayJakarta(c.var.deps.now()),
      );
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      errors.push(...err.describe(c.get("t")).fields.filter((f) => !errors.some((e) => e.field === f.field)));
    }
    if (errors.length) return showForm(c, service, { ...state, errors }, 422);
    const step = await stepContext(c, service);
    return render(c, step.t("services.check.title"), <CheckAnswers {...step} {...state} />, { bare: m.bare });
  });

  // Step 2 → done: one submission per form token, however often the button is pressed.
  app.post(m.submitPath(":code"), async (c) => {
    const actor = staffIfNeeded(c, m);
    const service = await serviceOr404(c);
    const body = await c.req.parseBody();
    const token = typeof body._token === "string" && IDEMPOTENCY_KEY.test(body._token) ? body._token : null;
    if (!token) throw new AppError("BAD_REQUEST", c.get("t")("services.apply.expired"));
    const posted = await readPosted(c, token);
    try {
      const result = await submitRequest(c.var.deps, actor, {
        serviceCode: service.code,
        ...inputOf(posted.values),
        uploads: uploadsOf(posted.kept, c.var.deps.secret, token),
        channel: m.channel,
        idempotencyKey: `form:${token}`,
      });
      const receipt: Receipt = {
        reference: result.reference,
        pin: result.pin,
        dueDate: result.dueDate,
        service: service.name,
        bring: service.documents
          .filter((d) => posted.values[`documents.${d.key}`] === "bawa" && !posted.kept[d.key])
          .map((d) => d.label),
      };
      setCookie(c, RECEIPT_COOKIE, seal(c.var.deps.secret, "svc-receipt", JSON.stringify(receipt)), {
        httpOnly: true,
        sameSite: "Lax",
        secure: c.var.deps.config.cookieSecure,
        path: "/",
        maxAge: m.receiptSeconds,
      });
      return c.redirect(m.donePath, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status !== 422) throw err;
      return showForm(
        c,
        service,
        { token, values: posted.values, kept: posted.kept, errors: err.describe(c.get("t")).fields },
        422,
      );
    }
  });
}

/** The kiosk forgets the previous citizen's receipt when the next one starts. */
export const forgetReceipt = (c: Context<AppEnv>) => deleteCookie(c, RECEIPT_COOKIE, { path: "/" });
