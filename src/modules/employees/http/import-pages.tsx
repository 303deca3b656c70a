import { desc, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { AppError, type FieldError, forbidden, formErrorsOf } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { commandContext, requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formStrings } from "../../../platform/http/validation";
import { cancelImport } from "../commands/cancel-import";
import { effectiveStatus, importProgress, startCommit } from "../commands/commit-import";
import { mapImport } from "../commands/map-import";
import { stageImport } from "../commands/stage-import";
import { type ImportField, importFields } from "../domain/column-mapping";
import { hasWriteRole } from "../domain/policy";
import { findOwnImport, type ImportRow, importSample } from "../import/check-rows";
import { employeeImports } from "../schema";
import {
  ImportMappingView,
  ImportPreviewView,
  ImportProgressView,
  ImportResultView,
  ImportUploadView,
  issueLines,
  type PreviewRow,
} from "../views/import";

/** The import journey (SPEC §3.1/§3.2): upload → column mapping → preview with row errors → commit. */
export const importPages = new Hono<AppEnv>();
const BASE = "/staf/pegawai/impor";
const PREVIEW_ROWS = 20;

/** A command context plus the reader's translator, which the pages of the import journey also render with. */
const ctxOf = (c: Context<AppEnv>) => ({ ...commandContext(c), t: c.get("t") });

/** The reader's language and the CSRF token, which every import view with a form takes. */
const formViewBasics = (c: Context<AppEnv>) => ({
  t: c.get("t"),
  locale: c.get("locale"),
  csrf: c.get("csrfToken"),
});

async function uploadPage(c: Context<AppEnv>, errors: FieldError[] = [], status = 200) {
  const actor = requireActor(c);
  const t = c.get("t");
  if (!hasWriteRole(actor)) throw forbidden(t("employees.error.noWrite"));
  const recent = await c.var.deps.db
    .select({
      id: employeeImports.id,
      fileName: employeeImports.fileName,
      status: employeeImports.status,
      totalRows: employeeImports.totalRows,
      createdAt: employeeImports.createdAt,
    })
    .from(employeeImports)
    .where(eq(employeeImports.createdBy, actor.userId))
    .orderBy(desc(employeeImports.createdAt))
    .limit(10);
  return render(
    c,
    t("employees.import.title"),
    <ImportUploadView {...formViewBasics(c)} errors={errors} recent={recent} />,
    { status },
  );
}

importPages.get(BASE, (c) => uploadPage(c));

importPages.post(BASE, async (c) => {
  const ctx = ctxOf(c);
  if (!hasWriteRole(ctx.actor)) throw forbidden("employees.error.noWrite");
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) {
    return uploadPage(c, [{ field: "file", message: ctx.t("employees.import.file.missing") }], 422);
  }
  try {
    const id = await stageImport(ctx, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return c.redirect(`${BASE}/${id}`, 303);
  } catch (err) {
    const errors = formErrorsOf(err, ctx.t);
    if (errors) return uploadPage(c, errors, (err as AppError).status);
    throw err;
  }
});

const mappingValues = (imp: ImportRow): Partial<Record<ImportField, string>> =>
  Object.fromEntries(
    importFields.filter((f) => imp.mapping?.[f] !== undefined).map((f) => [f, String(imp.mapping![f])]),
  );

async function mappingPage(
  c: Context<AppEnv>,
  imp: ImportRow,
  values: Partial<Record<ImportField, string>>,
  errors: FieldError[] = [],
  status = 200,
) {
  const t = c.get("t");
  return render(
    c,
    t("employees.import.mapTitle"),
    <ImportMappingView
      {...formViewBasics(c)}
      imp={imp}
      sample={await importSample(c.var.deps.db, imp.id, 3)}
      values={values}
      errors={errors}
    />,
    { status },
  );
}

async function previewPage(c: Context<AppEnv>, imp: ImportRow, errors: FieldError[] = [], status = 200) {
  const t = c.get("t");
  const cell = (r: string[], f: ImportField) =>
    imp.mapping?.[f] === undefined ? "" : (r[imp.mapping[f]!] ?? "");
  const sample = await importSample(c.var.deps.db, imp.id, PREVIEW_ROWS);
  const previewRows: PreviewRow[] = sample.map((r, i) => ({
    row: i + 2,
    nip: cell(r, "nip"),
    name: cell(r, "name"),
    unit: cell(r, "unit"),
    position: cell(r, "position"),
    issues: imp.issues.filter((x) => x.row === i + 2).map((x) => t(x.key, x.params)),
  }));
  return render(
    c,
    t("employees.import.previewTitle"),
    <ImportPreviewView
      {...formViewBasics(c)}
      imp={imp}
      previewRows={previewRows}
      issues={issueLines(t, imp.issues)}
      errors={errors}
    />,
    { status },
  );
}

importPages.get(`${BASE}/:id`, async (c) => {
  const ctx = ctxOf(c);
  const imp = await findOwnImport(ctx.deps.db, ctx.actor, c.req.param("id"));
  const status = effectiveStatus(imp, ctx.now);
  const wantsMapping = c.req.query("langkah") === "pemetaan" && status !== "committing" && status !== "done";
  if (status === "mapping" || wantsMapping) return mappingPage(c, imp, mappingValues(imp));
  if (status === "preview") return previewPage(c, imp);
  if (status === "committing") {
    // Re-asks every 2 s while the commit runs (the HTTP Refresh header: works without JavaScript).
    c.header("Refresh", "2");
    c.header("Cache-Control", "no-store");
    return render(
      c,
      ctx.t("employees.import.committingTitle"),
      <ImportProgressView t={ctx.t} locale={c.get("locale")} imp={imp} progress={importProgress(imp.id)} />,
    );
  }
  return render(
    c,
    ctx.t(status === "done" ? "employees.import.doneTitle" : "employees.import.failedTitle"),
    <ImportResultView {...formViewBasics(c)} imp={imp} status={status} />,
  );
});

importPages.post(`${BASE}/:id/pemetaan`, async (c) => {
  const ctx = ctxOf(c);
  const id = c.req.param("id");
  const form = formStrings(await c.req.parseBody());
  try {
    await mapImport(ctx, id, form);
    return c.redirect(`${BASE}/${id}`, 303);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) {
      const imp = await findOwnImport(ctx.deps.db, ctx.actor, id);
      const values = Object.fromEntries(importFields.map((f) => [f, form[`map.${f}`] ?? ""]));
      return mappingPage(c, imp, values, err.describe(ctx.t).fields, 422);
    }
    throw err;
  }
});

importPages.post(`${BASE}/:id/simpan`, async (c) => {
  const ctx = ctxOf(c);
  const id = c.req.param("id");
  try {
    await startCommit(ctx, id);
  } catch (err) {
    if (err instanceof AppError && err.status === 422) {
      const imp = await findOwnImport(ctx.deps.db, ctx.actor, id);
      return previewPage(c, imp, [{ field: "_", message: err.describe(ctx.t).detail }], 422);
    }
    // 409: another click already started (or finished) it; the status page says which.
    if (!(err instanceof AppError && err.status === 409)) throw err;
  }
  return c.redirect(`${BASE}/${id}`, 303);
});

importPages.post(`${BASE}/:id/batal`, async (c) => {
  await cancelImport(ctxOf(c), c.req.param("id"));
  return c.redirect(BASE, 303);
});
