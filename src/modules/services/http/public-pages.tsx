import { type Context, Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { AppError, type FieldError } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { clientIp } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formatRupiah } from "../../../platform/i18n/format";
import { clockOf } from "../commands/context";
import { resubmitRequest } from "../commands/resubmit-request";
import { transitionRequest } from "../commands/transition-request";
import { documentOf, pdfHeaders, requestPdf } from "../documents/request-pdf";
import { normaliseReference } from "../domain/reference";
import { availableTransitions, type Stage, type Status } from "../domain/workflow";
import { issuingUnitOf, presentPublicRequest, slaOf } from "../presenters";
import { authorizeTracking } from "../queries/track-request";
import { sign, verifySigned } from "../sealed";
import {
  findRequestByReference,
  findServiceByCode,
  findServiceById,
  historyOf,
  listOffices,
  listServices,
  type RequestRow,
} from "../services.repository";
import { StandardList } from "../views/components";
import { FixForm } from "../views/fix";
import { TrackDetail, TrackForm } from "../views/tracking";
import { forgetReceipt, mountApplyFlow, storeFilesFor } from "./apply-flow";

export const publicPages = new Hono<AppEnv>();

// ------------------------------------------------------------------------------------------ catalogue
publicPages.get("/layanan", async (c) => {
  const t = c.get("t");
  const services = await listServices(c.var.deps.db, { activeOnly: true });
  return render(
    c,
    t("services.catalogue.title"),
    <>
      <h1 class="h3">{t("services.catalogue.title")}</h1>
      <p>{t("services.catalogue.lead")}</p>
      <p>
        <a href="/lacak">{t("services.catalogue.trackLink")}</a> ·{" "}
        <a href="/layanan/maklumat">{t("services.maklumat.title")}</a>
      </p>
      <div class="row g-3">
        {services.map((s) => (
          <div class="col-md-6">
            <div class="card h-100">
              <div class="card-body">
                <h2 class="h5 card-title">
                  <a href={`/layanan/${s.code}`}>{s.name}</a>
                </h2>
                <p class="card-text">{s.summary}</p>
                <p class="card-text small text-body-secondary mb-0">
                  {t("services.catalogue.slaDays", { days: s.slaDays })} ·{" "}
                  {s.fee === 0 ? t("services.catalogue.free") : formatRupiah(s.fee)} · {issuingUnitOf(s)}
                </p>
              </div>
            </div>
          </div>
        ))}
      </div>
    </>,
  );
});

publicPages.get("/layanan/maklumat", async (c) => {
  const t = c.get("t");
  const offices = await listOffices(c.var.deps.db);
  return render(
    c,
    t("services.maklumat.title"),
    <div class="col-lg-9">
      <h1 class="h3">{t("services.maklumat.title")}</h1>
      <p>{t("services.maklumat.lead")}</p>
      {offices.map((o) => (
        <section class="mb-4">
          <h2 class="h5">
            {o.unitKind === "kelurahan"
              ? `Kantor Lurah ${o.letterheadName.replace(/^Kelurahan /, "")}`
              : "Kantor Camat Medan Marelan"}
          </h2>
          <blockquote class="border-start border-4 ps-3">{o.maklumat}</blockquote>
          <p class="small text-body-secondary">{o.address}</p>
        </section>
      ))}
    </div>,
  );
});

// The apply journey on the public site (SPEC §3.4), before the catch-all service page below.
mountApplyFlow(publicPages, {
  channel: "web",
  formPath: (code) => `/layanan/${code}/ajukan`,
  submitPath: (code) => `/layanan/${code}/kirim`,
  donePath: "/layanan/terkirim",
  againPath: "/layanan",
  againKey: "services.done.again",
  bare: false,
  receiptSeconds: 3600,
});

publicPages.get("/layanan/:code", async (c) => {
  const t = c.get("t");
  const service = await findServiceByCode(c.var.deps.db, c.req.param("code").toUpperCase());
  if (!service?.isActive) throw new AppError("NOT_FOUND", t("services.notFound"));
  return render(
    c,
    service.name,
    <div class="col-lg-9">
      <p class="mb-1">
        <a href="/layanan">{t("services.catalogue.title")}</a>
      </p>
      <h1 class="h3">{service.name}</h1>
      <p class="lead">{service.summary}</p>
      <p>
        <a class="btn btn-primary btn-lg" href={`/layanan/${service.code}/ajukan`}>
          {t("services.catalogue.apply")}
        </a>
      </p>
      <h2 class="h5">{t("services.standard.title")}</h2>
      <dl class="row">
        <dt class="col-sm-4">{t("services.catalogue.issuer")}</dt>
        <dd class="col-sm-8">{issuingUnitOf(service)}</dd>
        <dt class="col-sm-4">{t("services.catalogue.legalBasis")}</dt>
        <dd class="col-sm-8">{service.legalBasis}</dd>
      </dl>
      <StandardList t={t} service={service} internal={false} />
      <p>
        <a href="/layanan/maklumat">{t("services.maklumat.title")}</a>
      </p>
    </div>,
  );
});

// ------------------------------------------------------------------------------------------- tracking
const GRANT_COOKIE = "sigap_lacak";
const GRANT_MINUTES = 30;

/** References this browser proved a PIN for (signed, short-lived): the PIN never travels in a URL. */
function grantedReferences(c: Context<AppEnv>): Map<string, number> {
  const raw = getCookie(c, GRANT_COOKIE);
  const payload = raw ? verifySigned(c.var.deps.secret, "svc-track", raw) : null;
  const now = c.var.deps.now().getTime();
  const out = new Map<string, number>();
  for (const part of payload?.split(",") ?? []) {
    const [ref, exp] = part.split("~");
    if (ref && Number(exp) > now) out.set(ref, Number(exp));
  }
  return out;
}

function grant(c: Context<AppEnv>, reference: string) {
  const refs = grantedReferences(c);
  refs.set(reference, c.var.deps.now().getTime() + GRANT_MINUTES * 60_000);
  const payload = [...refs]
    .slice(-5)
    .map(([r, e]) => `${r}~${e}`)
    .join(",");
  setCookie(c, GRANT_COOKIE, sign(c.var.deps.secret, "svc-track", payload), {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.deps.config.cookieSecure,
    path: "/lacak",
    maxAge: GRANT_MINUTES * 60,
  });
}

/** The request behind /lacak/:ref when this browser holds its grant; otherwise null (the PIN form is shown). */
async function grantedRequest(c: Context<AppEnv>): Promise<RequestRow | null> {
  const reference = normaliseReference(c.req.param("ref") ?? "");
  if (!reference || !grantedReferences(c).has(reference)) return null;
  return findRequestByReference(c.var.deps.db, reference);
}

const trackForm = (
  c: Context<AppEnv>,
  opts: { reference?: string; errors?: FieldError[]; message?: string; status?: number },
) => {
  const t = c.get("t");
  c.header("Cache-Control", "no-store");
  return render(
    c,
    t("services.track.title"),
    <TrackForm
      t={t}
      csrf={c.get("csrfToken")}
      reference={opts.reference}
      errors={opts.errors ?? []}
      message={opts.message}
    />,
    { status: opts.status },
  );
};

async function trackDetail(
  c: Context<AppEnv>,
  request: RequestRow,
  opts: { notice?: string; errors?: FieldError[]; status?: number } = {},
) {
  const t = c.get("t");
  const { deps } = c.var;
  const service = (await findServiceById(deps.db, request.serviceId))!;
  const clock = await clockOf(deps.db, deps.now());
  const sla = slaOf(clock.cal, request, clock.today);
  const view = presentPublicRequest(
    request,
    service,
    await historyOf(deps.db, request.id),
    sla,
    await documentOf(deps, request, `/lacak/${request.reference}/surat.pdf`),
  );
  const canCancel = availableTransitions(request.status as Status, ["pemohon"], {
    needsCamat: service.needsCamat,
    stage: request.stage as Stage,
    producesDocument: service.producesDocument,
  }).some((x) => x.to === "DIBATALKAN");
  c.header("Cache-Control", "no-store");
  return render(
    c,
    `${t("services.track.title")} ${request.reference}`,
    <TrackDetail
      t={t}
      locale={c.get("locale")}
      csrf={c.get("csrfToken")}
      view={view}
      sla={sla}
      canCancel={canCancel}
      notice={opts.notice}
      errors={opts.errors ?? []}
    />,
    { status: opts.status },
  );
}

publicPages.get("/lacak", (c) =>
  trackForm(c, { reference: normaliseReference(c.req.query("nomor") ?? "") ?? undefined }),
);

publicPages.post("/lacak", async (c) => {
  const body = await c.req.parseBody();
  const reference = typeof body.reference === "string" ? body.reference.trim().slice(0, 30) : "";
  const pin = typeof body.pin === "string" ? body.pin.slice(0, 20) : "";
  const errors: FieldError[] = [];
  if (!reference)
    errors.push({ field: "reference", message: c.get("t")("services.track.referenceRequired") });
  if (!pin) errors.push({ field: "pin", message: c.get("t")("services.track.pinRequired") });
  if (errors.length) return trackForm(c, { reference, errors, status: 422 });
  try {
    const request = await authorizeTracking(
      c.var.deps,
      { reference, pin, ip: clientIp(c) },
      findRequestByReference,
    );
    grant(c, request.reference);
    return c.redirect(`/lacak/${request.reference}`, 303);
  } catch (err) {
    if (err instanceof AppError && (err.status === 404 || err.status === 429)) {
      if (err.retryAfterSeconds) c.header("Retry-After", String(err.retryAfterSeconds));
      return trackForm(c, {
        reference,
        errors: [{ field: "pin", message: err.describe(c.get("t")).detail }],
        status: err.status,
      });
    }
    throw err;
  }
});

publicPages.get("/lacak/:ref", async (c) => {
  const request = await grantedRequest(c);
  if (!request) return trackForm(c, { reference: normaliseReference(c.req.param("ref")) ?? undefined });
  const ok = c.req.query("ok");
  return trackDetail(c, request, {
    notice: ok ? c.get("t")(`services.track.ok.${ok === "batal" ? "batal" : "perbaikan"}`) : undefined,
  });
});

publicPages.get("/lacak/:ref/surat.pdf", async (c) => {
  const request = await grantedRequest(c);
  if (!request?.documentId) throw new AppError("NOT_FOUND", c.get("t")("services.track.noDocument"));
  const pdf = await requestPdf(c.var.deps, request);
  return c.body(new Uint8Array(pdf), 200, pdfHeaders(request.reference));
});

publicPages.post("/lacak/:ref/batal", async (c) => {
  const request = await grantedRequest(c);
  if (!request)
    return trackForm(c, { reference: normaliseReference(c.req.param("ref")) ?? undefined, status: 403 });
  const body = await c.req.parseBody();
  if (body.confirm !== "ya") {
    return trackDetail(c, request, {
      errors: [{ field: "confirm", message: c.get("t")("services.track.cancelConfirmRequired") }],
      status: 422,
    });
  }
  try {
    await transitionRequest(
      c.var.deps,
      { kind: "pemohon", ip: clientIp(c) },
      { requestId: request.id, to: "DIBATALKAN" },
    );
  } catch (err) {
    if (err instanceof AppError && err.status === 409) {
      return trackDetail(c, (await findRequestByReference(c.var.deps.db, request.reference))!, {
        errors: [{ field: "confirm", message: err.describe(c.get("t")).detail }],
        status: 409,
      });
    }
    throw err;
  }
  return c.redirect(`/lacak/${request.reference}?ok=batal`, 303);
});

async function fixPage(
  c: Context<AppEnv>,
  request: RequestRow,
  state: { values?: Record<string, string>; errors?: FieldError[]; token?: string; status?: number },
) {
  const t = c.get("t");
  const service = (await findServiceById(c.var.deps.db, request.serviceId))!;
  const values =
    state.values ?? Object.fromEntries(Object.entries(request.answers).map(([k, v]) => [`fields.${k}`, v]));
  return render(
    c,
    t("services.fix.title"),
    <FixForm
      t={t}
      csrf={c.get("csrfToken")}
      service={service}
      reference={request.reference}
      note={request.correctionNote}
      version={request.version}
      values={values}
      errors={state.errors ?? []}
    />,
    { status: state.status },
  );
}

publicPages.get("/lacak/:ref/perbaikan", async (c) => {
  const request = await grantedRequest(c);
  if (!request) return trackForm(c, { reference: normaliseReference(c.req.param("ref")) ?? undefined });
  if (request.status !== "PERLU_PERBAIKAN") return c.redirect(`/lacak/${request.reference}`, 303);
  return fixPage(c, request, {});
});

publicPages.post("/lacak/:ref/perbaikan", async (c) => {
  const request = await grantedRequest(c);
  if (!request)
    return trackForm(c, { reference: normaliseReference(c.req.param("ref")) ?? undefined, status: 403 });
  const service = (await findServiceById(c.var.deps.db, request.serviceId))!;
  const body = await c.req.parseBody();
  const values: Record<string, string> = {};
  const files = new Map<string, File>();
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === "string" && k.startsWith("fields.")) values[k] = v.slice(0, 2000);
    else if (k.startsWith("upload.") && v instanceof File && v.size > 0) files.set(k.slice(7), v);
  }
  const stored = await storeFilesFor(c, service, files);
  const fields = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.slice(7), v]));
  if (stored.errors.length) return fixPage(c, request, { values, errors: stored.errors, status: 422 });
  try {
    await resubmitRequest(c.var.deps, {
      requestId: request.id,
      fields,
      uploads: stored.uploads,
      ip: clientIp(c),
      version: Number(body.version) || undefined,
    });
  } catch (err) {
    if (err instanceof AppError && (err.status === 422 || err.status === 409)) {
      return fixPage(c, request, {
        values,
        errors: err.issues.length
          ? err.describe(c.get("t")).fields
          : [{ field: "fields", message: err.describe(c.get("t")).detail }],
        status: err.status,
      });
    }
    throw err;
  }
  return c.redirect(`/lacak/${request.reference}?ok=perbaikan`, 303);
});

// ---------------------------------------------------------------------------------------------- kiosk
/** Kiosk mode (SPEC §3.4): a tablet at the counter, big buttons, no staff chrome, forgets the last citizen. */
publicPages.get("/kios", async (c) => {
  const t = c.get("t");
  forgetReceipt(c);
  const services = await listServices(c.var.deps.db, { activeOnly: true });
  return render(
    c,
    t("services.kiosk.title"),
    <>
      <h1 class="h2 text-center my-4">{t("services.kiosk.title")}</h1>
      <p class="lead text-center">{t("services.kiosk.lead")}</p>
      <div class="row g-3">
        {services.map((s) => (
          <div class="col-sm-6 col-lg-4">
            <a class="btn btn-outline-primary btn-lg w-100 h-100 py-4 text-start" href={`/kios/${s.code}`}>
              <span class="d-block fw-bold">{s.name}</span>
              <span class="d-block small">{t("services.catalogue.slaDays", { days: s.slaDays })}</span>
            </a>
          </div>
        ))}
      </div>
      <p class="text-center mt-4">
        <a class="btn btn-secondary btn-lg" href="/lacak">
          {t("services.catalogue.trackLink")}
        </a>
      </p>
    </>,
    { bare: true },
  );
});

publicPages.get("/kios/selesai", (c) => {
  forgetReceipt(c);
  return c.redirect("/kios", 303);
});

mountApplyFlow(publicPages, {
  channel: "kios",
  formPath: (code) => `/kios/${code}`,
  submitPath: (code) => `/kios/${code}/kirim`,
  donePath: "/kios/terkirim",
  againPath: "/kios/selesai",
  againKey: "services.kiosk.finish",
  bare: true,
  receiptSeconds: 600,
});
