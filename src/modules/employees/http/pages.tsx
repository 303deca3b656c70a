import { type Context, Hono } from "hono";
import {
  type AppError,
  type FieldError,
  type FieldIssue,
  forbidden,
  formErrorsOf,
  localize,
  notFound,
} from "../../../platform/errors";
import { spreadsheetDownload } from "../../../platform/export/spreadsheet";
import type { AppEnv } from "../../../platform/http/context";
import { commandContext, requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formStrings, zodIssues } from "../../../platform/http/validation";
import { todayJakarta } from "../../../platform/i18n/format";
import { createEmployee } from "../commands/create-employee";
import { updateEmployee } from "../commands/update-employee";
import { asnTypes, checkEmployeeCore, normaliseGolongan } from "../domain/employee-rules";
import { can, hasWriteRole, readScope, writeScope } from "../domain/policy";
import type { EmployeeDetailRow } from "../employees.repository";
import { type EmployeeListQuery, ZEmployeeCreate, ZEmployeeListQuery } from "../employees.types";
import { renderProfileSlots } from "../profile-sections";
import { auditExport, employeeExportTable, exportTable } from "../queries/export-employees";
import { findEmployees } from "../queries/find-employees";
import { getEmployee, getEmployeeProfile } from "../queries/get-employee";
import { positionsInScope, unitsInScope } from "../queries/org-lists";
import { type EmployeeFormValues, EmployeeFormView } from "../views/employee-form";
import { EmployeeListView } from "../views/employee-list";
import { EmployeeProfileView } from "../views/employee-profile";
import { importPages } from "./import-pages";

export const employeePages = new Hono<AppEnv>();

/** Filters from the address bar: a malformed value is dropped rather than failing the page. */
function listQuery(c: Context<AppEnv>): EmployeeListQuery {
  const raw = c.req.query();
  const shape = ZEmployeeListQuery.shape;
  const field = <K extends keyof typeof shape>(k: K) => {
    const r = shape[k].safeParse(raw[k] || undefined);
    return r.success ? r.data : shape[k].parse(undefined);
  };
  return {
    q: field("q"),
    unit: field("unit"),
    asnType: field("asnType"),
    status: field("status"),
    page: field("page"),
    pageSize: field("pageSize"),
  } as EmployeeListQuery;
}

employeePages.get("/staf/profil", (c) => {
  const actor = requireActor(c);
  if (!actor.employeeId) throw notFound(c.get("t")("employees.error.noProfile"));
  return c.redirect(`/staf/pegawai/${actor.employeeId}`, 303);
});

employeePages.get("/staf/pegawai", async (c) => {
  const actor = requireActor(c);
  const t = c.get("t");
  if (!can(actor, "list")) throw forbidden(t("employees.error.noRead"));
  const query = listQuery(c);
  const { db } = c.var.deps;
  const [{ items, total }, units] = await Promise.all([
    findEmployees(db, actor, query),
    unitsInScope(db, readScope(actor), { withLingkungan: false }),
  ]);
  return render(
    c,
    t("employees.list.title"),
    <EmployeeListView
      t={t}
      locale={c.get("locale")}
      filter={query}
      page={query.page}
      pageSize={query.pageSize}
      total={total}
      items={items}
      units={units}
      canCreate={hasWriteRole(actor)}
    />,
  );
});

for (const format of ["csv", "xlsx"] as const) {
  employeePages.get(`/staf/pegawai/ekspor.${format}`, async (c) => {
    const actor = requireActor(c);
    const { page: _p, pageSize: _s, ...filter } = listQuery(c);
    const { db } = c.var.deps;
    const rows = await exportTable(db, actor, filter, c.get("t"));
    await auditExport(db, actor, format, filter, rows.length);
    const stamp = todayJakarta(c.var.deps.now()).replaceAll("-", "");
    const file = await spreadsheetDownload(employeeExportTable(rows, `pegawai-${stamp}`), format);
    return c.body(file.body, 200, file.headers);
  });
}

employeePages.route("/", importPages);

// ---- create and edit ----------------------------------------------------------------------------------

const formOrder = [
  "asnType",
  "nip",
  "name",
  "golongan",
  "unitId",
  "positionId",
  "supervisorNip",
  "tmtJabatan",
  "education",
  "email",
  "phone",
];

const blank = (v: string | undefined) => (v === undefined || v === "" ? null : v);

/** The form's strings as the API's input (empty = none), plus every problem zod and the NIP rules see. */
function readForm(form: Record<string, string>, mode: "create" | "edit", now: Date) {
  const input = {
    asnType: form.asnType ?? "",
    nip: form.nip ?? "",
    name: form.name ?? "",
    golongan: blank(form.golongan),
    unitId: form.unitId ?? "",
    positionId: blank(form.positionId),
    supervisorNip: blank(form.supervisorNip),
    tmtJabatan: blank(form.tmtJabatan),
    education: blank(form.education),
    email: blank(form.email),
    phone: blank(form.phone),
    ...(mode === "edit" ? { isActive: form.isActive === "1" } : {}),
  };
  const parsed = ZEmployeeCreate.safeParse(input);
  if (parsed.success) return { input: parsed.data, issues: [] as FieldIssue[] };
  const issues = zodIssues(parsed.error);
  // Name the exact NIP problem (digit by digit) even when another field failed first.
  const asnType = asnTypes.find((a) => a === input.asnType);
  if (asnType && !issues.some((i) => i.field === "nip")) {
    const core = checkEmployeeCore(
      {
        asnType,
        nip: input.nip.replace(/\s+/g, ""),
        golongan: input.golongan ? normaliseGolongan(input.golongan) : null,
        tmtJabatan: null,
      },
      now,
    );
    for (const i of core.issues) if (!issues.some((j) => j.field === i.field)) issues.push(i);
  }
  issues.sort((a, b) => formOrder.indexOf(a.field) - formOrder.indexOf(b.field));
  return { input: null, issues };
}

const valuesOf = (e: EmployeeDetailRow): EmployeeFormValues => ({
  asnType: e.asnType,
  nip: e.nip,
  name: e.name,
  golongan: e.golongan ?? "",
  unitId: e.unitId,
  positionId: e.positionId ?? "",
  supervisorNip: e.supervisorNip ?? "",
  tmtJabatan: e.tmtJabatan ?? "",
  education: e.education ?? "",
  email: e.email ?? "",
  phone: e.phone ?? "",
  isActive: e.isActive ? "1" : "0",
});

async function formPage(
  c: Context<AppEnv>,
  opts: {
    mode: "create" | "edit";
    id?: string;
    values: EmployeeFormValues;
    errors: FieldError[];
    status?: number;
  },
) {
  const actor = requireActor(c);
  const t = c.get("t");
  const { db } = c.var.deps;
  const [units, positions] = await Promise.all([
    unitsInScope(db, writeScope(actor), { withLingkungan: false }),
    positionsInScope(db, writeScope(actor)),
  ]);
  const title = t(opts.mode === "create" ? "employees.form.createTitle" : "employees.form.editTitle");
  return render(
    c,
    opts.errors.length ? `${t("employees.form.errorPrefix")}: ${title}` : title,
    <EmployeeFormView
      t={t}
      csrf={c.get("csrfToken")}
      mode={opts.mode}
      action={opts.mode === "create" ? "/staf/pegawai/baru" : `/staf/pegawai/${opts.id}/ubah`}
      cancelHref={opts.mode === "create" ? "/staf/pegawai" : `/staf/pegawai/${opts.id}`}
      title={title}
      values={opts.values}
      errors={opts.errors}
      units={units}
      positions={positions}
    />,
    { status: opts.status },
  );
}

/** Runs a command; a refusal with field messages re-renders the form with its status (422, 409). */
async function submit(
  c: Context<AppEnv>,
  mode: "create" | "edit",
  id: string | undefined,
  run: (input: NonNullable<ReturnType<typeof readForm>["input"]>) => Promise<string>,
) {
  const form = formStrings(await c.req.parseBody());
  const values: EmployeeFormValues = { ...form, isActive: form.isActive === "1" ? "1" : "0" };
  const { input, issues } = readForm(form, mode, c.var.deps.now());
  if (!input) return formPage(c, { mode, id, values, errors: localize(issues, c.get("t")), status: 422 });
  try {
    const savedId = await run(input);
    return c.redirect(`/staf/pegawai/${savedId}?tersimpan=1`, 303);
  } catch (err) {
    const errors = formErrorsOf(err, c.get("t"));
    if (errors) return formPage(c, { mode, id, values, errors, status: (err as AppError).status });
    throw err;
  }
}

employeePages.get("/staf/pegawai/baru", (c) => {
  if (!hasWriteRole(requireActor(c))) throw forbidden(c.get("t")("employees.error.noWrite"));
  return formPage(c, { mode: "create", values: {}, errors: [] });
});

employeePages.post("/staf/pegawai/baru", (c) => {
  if (!hasWriteRole(requireActor(c))) throw forbidden(c.get("t")("employees.error.noWrite"));
  return submit(c, "create", undefined, (input) => createEmployee(commandContext(c), input));
});

employeePages.get("/staf/pegawai/:id", async (c) => {
  const actor = requireActor(c);
  const t = c.get("t");
  const { deps } = c.var;
  const profile = await getEmployeeProfile(deps.db, actor, c.req.param("id"), deps.now());
  const e = profile.employee;
  const slots = await renderProfileSlots({
    deps,
    actor,
    t,
    locale: c.get("locale"),
    employee: { id: e.id, nip: e.nip, name: e.name, unitId: e.unitId, unitPath: e.unitPath },
  });
  return render(
    c,
    e.name,
    <EmployeeProfileView
      t={t}
      locale={c.get("locale")}
      profile={profile}
      slots={slots}
      saved={c.req.query("tersimpan") === "1"}
    />,
  );
});

/** The record if the actor may edit it: 404 when they cannot even read it, 403 when they only read. */
async function editable(c: Context<AppEnv>) {
  const actor = requireActor(c);
  const t = c.get("t");
  const row = await getEmployee(c.var.deps.db, actor, c.req.param("id") ?? "");
  if (!can(actor, "update", { unitPath: row.unitPath })) throw forbidden(t("employees.error.noWrite"));
  return row;
}

employeePages.get("/staf/pegawai/:id/ubah", async (c) => {
  const row = await editable(c);
  return formPage(c, { mode: "edit", id: row.id, values: valuesOf(row), errors: [] });
});

employeePages.post("/staf/pegawai/:id/ubah", async (c) => {
  const row = await editable(c);
  return submit(c, "edit", row.id, async (input) => {
    await updateEmployee(commandContext(c), row.id, input);
    return row.id;
  });
});
