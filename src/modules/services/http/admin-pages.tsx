import { type Context, Hono } from "hono";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, type FieldError } from "../../../platform/errors";
import { spreadsheetDownload } from "../../../platform/export/spreadsheet";
import type { AppEnv } from "../../../platform/http/context";
import { requireActor } from "../../../platform/http/middleware";
import { render } from "../../../platform/http/render";
import { formStrings } from "../../../platform/http/validation";
import { formatNumber, formatRupiah, todayJakarta } from "../../../platform/i18n/format";
import { DataTable } from "../../../platform/views/data-table";
import { Csrf, ErrorSummary, SelectField, TextArea, TextField } from "../../../platform/views/form";
import { Pagination } from "../../../platform/views/table";
import { updateOffice, updateService } from "../commands/update-catalogue";
import { can } from "../domain/policy";
import { STANDARD_COMPONENTS } from "../domain/standard";
import { issuingUnitOf } from "../presenters";
import { findBusinesses, type UmkmFilters } from "../queries/umkm-register";
import {
  findServiceByCode,
  kelurahanOptions,
  listOffices,
  listServices,
  type ServiceRow,
} from "../services.repository";
import { FilterSearch, FilterSelect, StandardList } from "../views/components";

export const adminPages = new Hono<AppEnv>();

function staff(c: Context<AppEnv>): Actor {
  const actor = requireActor(c);
  if (!can(actor, "queue") && !can(actor, "catalogue.edit"))
    throw new AppError("FORBIDDEN", c.get("t")("services.error.noQueue"));
  return actor;
}

// ----------------------------------------------------------------------------------- catalogue (staff)
adminPages.get("/staf/layanan/katalog", async (c) => {
  const t = c.get("t");
  const actor = staff(c);
  const [services, offices] = await Promise.all([
    listServices(c.var.deps.db, { activeOnly: false }),
    listOffices(c.var.deps.db),
  ]);
  const editable = can(actor, "catalogue.edit");
  return render(
    c,
    t("services.admin.title"),
    <>
      <h1 class="h3">{t("services.admin.title")}</h1>
      <p>{t("services.admin.lead")}</p>
      {c.req.query("ok") && (
        <div class="alert alert-success" role="status">
          {t("services.admin.saved")}
        </div>
      )}
      <DataTable
        label={t("services.admin.title")}
        columns={[
          t("services.admin.code"),
          t("services.queue.service"),
          t("services.catalogue.issuer"),
          t("services.admin.sla"),
          t("services.admin.fee"),
          t("services.admin.active"),
        ]}
      >
        {services.map((s) => (
          <tr>
            <td class="font-monospace">{s.code}</td>
            <td>
              <a href={`/staf/layanan/katalog/${s.code}`}>{s.name}</a>
            </td>
            <td>{issuingUnitOf(s)}</td>
            <td>{t("services.catalogue.slaDays", { days: s.slaDays })}</td>
            <td>{s.fee === 0 ? t("services.catalogue.free") : formatRupiah(s.fee)}</td>
            <td>{s.isActive ? t("services.admin.yes") : t("services.admin.no")}</td>
          </tr>
        ))}
      </DataTable>
      <h2 class="h5 mt-4">{t("services.maklumat.title")}</h2>
      <ul>
        {offices.map((o) => (
          <li>
            {o.letterheadName} ({o.letterCode})
            {can(actor, "maklumat.edit", { unitPath: o.unitPath }) && (
              <>
                {" "}
                · <a href={`/staf/layanan/kantor/${o.id}`}>{t("services.admin.editOffice")}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      {!editable && <p class="small text-body-secondary">{t("services.admin.readOnly")}</p>}
    </>,
  );
});

function serviceForm(
  c: Context<AppEnv>,
  service: ServiceRow,
  values: Record<string, string>,
  errors: FieldError[],
  status = 200,
) {
  const t = c.get("t");
  const v = (k: string, fallback: string) => values[k] ?? fallback;
  return render(
    c,
    service.name,
    <div class="col-lg-9">
      <p class="mb-1">
        <a href="/staf/layanan/katalog">{t("services.admin.title")}</a>
      </p>
      <h1 class="h3">{t("services.admin.edit", { name: service.name })}</h1>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`/staf/layanan/katalog/${service.code}`} novalidate>
        <Csrf token={c.get("csrfToken")} />
        <TextField
          name="name"
          label={t("services.admin.name")}
          value={v("name", service.name)}
          maxLength={120}
          errors={errors}
          required
        />
        <TextArea
          name="summary"
          label={t("services.admin.summary")}
          value={v("summary", service.summary)}
          rows={2}
          maxLength={300}
          errors={errors}
          required
        />
        <TextField
          name="slaDays"
          label={t("services.admin.sla")}
          hint={t("services.admin.slaHint")}
          inputmode="numeric"
          width="w-auto"
          value={v("slaDays", String(service.slaDays))}
          errors={errors}
          required
        />
        <TextField
          name="fee"
          label={t("services.admin.fee")}
          hint={t("services.admin.feeHint")}
          inputmode="numeric"
          width="w-auto"
          value={v("fee", String(service.fee))}
          errors={errors}
          required
        />
        <TextArea
          name="legalBasis"
          label={t("services.catalogue.legalBasis")}
          value={v("legalBasis", service.legalBasis)}
          rows={3}
          maxLength={2000}
          errors={errors}
          required
        />
        <SelectField
          name="isActive"
          label={t("services.admin.active")}
          hint={t("services.admin.activeHint")}
          value={v("isActive", service.isActive ? "1" : "0")}
          options={[
            { value: "1", label: t("services.admin.yes") },
            { value: "0", label: t("services.admin.no") },
          ]}
          errors={errors}
        />
        <fieldset>
          <legend class="h5">{t("services.standard.title")}</legend>
          {STANDARD_COMPONENTS.map((k) => (
            <TextArea
              name={`standard.${k}`}
              label={t(`services.standard.${k}`)}
              value={v(`standard.${k}`, service.standard[k] ?? "")}
              rows={3}
              maxLength={3000}
              errors={errors}
              required
            />
          ))}
        </fieldset>
        <button type="submit" class="btn btn-primary">
          {t("form.save")}
        </button>
      </form>
    </div>,
    { status },
  );
}

adminPages.get("/staf/layanan/katalog/:code", async (c) => {
  const t = c.get("t");
  const actor = staff(c);
  const service = await findServiceByCode(c.var.deps.db, c.req.param("code").toUpperCase());
  if (!service) throw new AppError("NOT_FOUND", t("services.notFound"));
  if (can(actor, "catalogue.edit")) return serviceForm(c, service, {}, []);
  // Staff see all fourteen components (SPEC §3.4); only admin sistem edits them.
  return render(
    c,
    service.name,
    <div class="col-lg-9">
      <p class="mb-1">
        <a href="/staf/layanan/katalog">{t("services.admin.title")}</a>
      </p>
      <h1 class="h3">{service.name}</h1>
      <StandardList t={t} service={service} internal={true} />
    </div>,
  );
});

adminPages.post("/staf/layanan/katalog/:code", async (c) => {
  const t = c.get("t");
  const actor = staff(c);
  const service = await findServiceByCode(c.var.deps.db, c.req.param("code").toUpperCase());
  if (!service) throw new AppError("NOT_FOUND", t("services.notFound"));
  const values = formStrings(await c.req.parseBody());
  const standard = Object.fromEntries(STANDARD_COMPONENTS.map((k) => [k, values[`standard.${k}`] ?? ""]));
  try {
    await updateService(c.var.deps, actor, service.code, {
      name: values.name,
      summary: values.summary,
      slaDays: values.slaDays,
      fee: values.fee,
      legalBasis: values.legalBasis,
      isActive: values.isActive === "1",
      standard,
    });
  } catch (err) {
    if (err instanceof AppError && err.status === 422)
      return serviceForm(c, service, values, err.describe(c.get("t")).fields, 422);
    throw err;
  }
  return c.redirect("/staf/layanan/katalog?ok=1", 303);
});

async function officeOr404(c: Context<AppEnv>) {
  const offices = await listOffices(c.var.deps.db);
  const office = offices.find((o) => o.id === c.req.param("id"));
  if (!office) throw new AppError("NOT_FOUND", c.get("t")("services.notFound"));
  return office;
}

function officeForm(
  c: Context<AppEnv>,
  office: Awaited<ReturnType<typeof officeOr404>>,
  values: Record<string, string>,
  errors: FieldError[],
  status = 200,
) {
  const t = c.get("t");
  return render(
    c,
    office.letterheadName,
    <div class="col-lg-8">
      <h1 class="h3">{t("services.admin.office", { name: office.letterheadName })}</h1>
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action={`/staf/layanan/kantor/${office.id}`} novalidate>
        <Csrf token={c.get("csrfToken")} />
        <TextArea
          name="maklumat"
          label={t("services.maklumat.title")}
          value={values.maklumat ?? office.maklumat}
          rows={6}
          maxLength={3000}
          errors={errors}
          required
        />
        <TextField
          name="address"
          label={t("services.admin.address")}
          value={values.address ?? office.address}
          maxLength={300}
          errors={errors}
          required
        />
        <TextField
          name="signerTitle"
          label={t("services.admin.signerTitle")}
          value={values.signerTitle ?? office.signerTitle}
          maxLength={120}
          errors={errors}
          required
        />
        <button type="submit" class="btn btn-primary">
          {t("form.save")}
        </button>
      </form>
    </div>,
    { status },
  );
}

adminPages.get("/staf/layanan/kantor/:id", async (c) => {
  const actor = staff(c);
  const office = await officeOr404(c);
  if (!can(actor, "maklumat.edit", { unitPath: office.unitPath }))
    throw new AppError("FORBIDDEN", c.get("t")("error.403.detail"));
  return officeForm(c, office, {}, []);
});

adminPages.post("/staf/layanan/kantor/:id", async (c) => {
  const actor = staff(c);
  const office = await officeOr404(c);
  const values = formStrings(await c.req.parseBody());
  try {
    await updateOffice(c.var.deps, actor, office.id, values);
  } catch (err) {
    if (err instanceof AppError && err.status === 422)
      return officeForm(c, office, values, err.describe(c.get("t")).fields, 422);
    throw err;
  }
  return c.redirect("/staf/layanan/katalog?ok=1", 303);
});

// ------------------------------------------------------------------------------------ UMKM register
function umkmFilters(q: Record<string, string | undefined>, pageSize = 25): UmkmFilters {
  return {
    q: q.q?.slice(0, 60),
    scale: q.skala,
    kelurahan: q.kelurahan,
    page: Math.min(100000, Math.max(1, Number(q.page) || 1)),
    pageSize,
  };
}

function umkmActor(c: Context<AppEnv>) {
  const actor = requireActor(c);
  if (!can(actor, "umkm.read")) throw new AppError("FORBIDDEN", c.get("t")("services.error.noQueue"));
  return actor;
}

adminPages.get("/staf/layanan/umkm", async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = umkmActor(c);
  const query = c.req.query();
  const [result, offices] = await Promise.all([
    findBusinesses(c.var.deps.db, actor, umkmFilters(query)),
    listOffices(c.var.deps.db),
  ]);
  const kelurahan = kelurahanOptions(offices);
  const name = new Map(kelurahan.map((k) => [k.value, k.label]));
  const q = { q: query.q, skala: query.skala, kelurahan: query.kelurahan };
  const qs = new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]).toString();
  return render(
    c,
    t("services.umkm.title"),
    <>
      <h1 class="h3">{t("services.umkm.title")}</h1>
      <p>{t("services.umkm.lead")}</p>
      <form
        method="get"
        action="/staf/layanan/umkm"
        class="row g-2 align-items-end mb-3"
        aria-label={t("services.queue.filters")}
      >
        <div class="col-sm-6 col-lg-4">
          <FilterSearch t={t} id="u-q" value={query.q} />
        </div>
        <div class="col-sm-6 col-lg-3">
          <FilterSelect
            id="u-scale"
            name="skala"
            label={t("services.detail.scale")}
            anyLabel={t("services.queue.all")}
            options={["mikro", "kecil", "menengah", "besar"].map((s) => ({
              value: s,
              label: t(`services.scale.${s}`),
            }))}
            value={query.skala}
          />
        </div>
        <div class="col-sm-6 col-lg-3">
          <FilterSelect
            id="u-kel"
            name="kelurahan"
            label={t("services.apply.kelurahan")}
            anyLabel={t("services.queue.all")}
            options={kelurahan}
            value={query.kelurahan}
          />
        </div>
        <div class="col-sm-6 col-lg-2">
          <button type="submit" class="btn btn-outline-primary w-100">
            {t("services.queue.apply")}
          </button>
        </div>
      </form>
      <p class="small">
        {t("services.umkm.count", { total: formatNumber(result.total, locale) })} ·{" "}
        <a href={`/staf/layanan/umkm/ekspor.csv?${qs}`}>CSV</a> ·{" "}
        <a href={`/staf/layanan/umkm/ekspor.xlsx?${qs}`}>XLSX</a>
      </p>
      <DataTable
        label={t("services.umkm.title")}
        columns={[
          t("services.umkm.business"),
          t("services.umkm.owner"),
          t("services.umkm.activity"),
          t("services.apply.kelurahan"),
          t("services.detail.scale"),
          t("services.umkm.permit"),
        ]}
      >
        {result.items.map((b) => (
          <tr>
            <td>
              <a href={`/staf/layanan/permohonan/${b.requestId}`}>{b.businessName}</a>
              <div class="small text-body-secondary">{b.address}</div>
            </td>
            <td>{b.ownerName}</td>
            <td>
              {b.activity}
              {b.kbli && <div class="small">KBLI {b.kbli}</div>}
            </td>
            <td>{name.get(b.kelurahan) ?? b.kelurahan}</td>
            <td>{t(`services.scale.${b.scale}`)}</td>
            <td class="small">
              {b.serviceCode} {b.nib ? `NIB ${b.nib}` : (b.documentNumber ?? "")}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        t={t}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        baseUrl="/staf/layanan/umkm"
        query={q}
      />
    </>,
  );
});

const UMKM_HEADERS = [
  "Nama usaha",
  "Pemilik",
  "Kegiatan",
  "KBLI",
  "Alamat usaha",
  "Kelurahan",
  "Modal (Rp)",
  "Omzet setahun (Rp)",
  "Tenaga kerja",
  "Skala (PP 7/2021)",
  "Layanan",
  "Nomor surat",
  "NIB",
  "Tercatat",
];

async function exportUmkm(c: Context<AppEnv>, kind: "csv" | "xlsx") {
  const actor = umkmActor(c);
  const result = await findBusinesses(c.var.deps.db, actor, {
    ...umkmFilters(c.req.query()),
    page: 1,
    pageSize: 50_000,
  });
  const rows = result.items.map((b) => [
    b.businessName,
    b.ownerName,
    b.activity,
    b.kbli,
    b.address,
    b.kelurahan,
    b.capital,
    b.turnover,
    b.workers,
    b.scale,
    b.serviceCode,
    b.documentNumber,
    b.nib,
    b.registeredOn,
  ]);
  const file = await spreadsheetDownload(
    {
      fileName: `daftar-umkm-${todayJakarta(c.var.deps.now())}`,
      sheet: "UMKM",
      header: UMKM_HEADERS,
      rows,
      wide: ["Nama usaha", "Pemilik", "Kegiatan", "Alamat usaha"],
    },
    kind,
  );
  return c.body(file.body, 200, file.headers);
}
adminPages.get("/staf/layanan/umkm/ekspor.csv", (c) => exportUmkm(c, "csv"));
adminPages.get("/staf/layanan/umkm/ekspor.xlsx", (c) => exportUmkm(c, "xlsx"));
