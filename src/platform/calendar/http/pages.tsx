import { type Context, Hono } from "hono";
import type { FieldError } from "../../errors";
import { AppError } from "../../errors";
import type { AppEnv } from "../../http/context";
import { requireActor } from "../../http/middleware";
import { render } from "../../http/render";
import { formStrings } from "../../http/validation";
import { addMessages } from "../../i18n";
import { formatDate } from "../../i18n/format";
import { registerNav } from "../../nav/nav";
import { canPlatform } from "../../platform-policy";
import { assertAllowed } from "../../policy";
import { getSetting } from "../../settings/settings";
import { ScrollRegion } from "../../views/data-table";
import { Csrf, ErrorSummary, SelectField, TextField } from "../../views/form";
import { CUTI_BERSAMA_SETTING, listHolidays } from "../calendar-store";
import { deleteHoliday } from "../commands/delete-holiday";
import { saveHoliday } from "../commands/save-holiday";
import { setCutiBersamaRule } from "../commands/set-cuti-bersama-rule";

addMessages({
  id: {
    "holidays.nav": "Hari libur",
    "holidays.title": "Kalender hari libur",
    "holidays.lead":
      "Hari libur nasional dan cuti bersama (SKB 3 Menteri) menentukan batas waktu layanan dalam hari kerja (HK).",
    "holidays.year": "Tahun",
    "holidays.date": "Tanggal",
    "holidays.name": "Nama",
    "holidays.kind": "Jenis",
    "holidays.kind.libur_nasional": "Libur nasional",
    "holidays.kind.cuti_bersama": "Cuti bersama",
    "holidays.add": "Tambah atau ubah hari libur",
    "holidays.delete": "Hapus",
    "holidays.deleteLabel": "Hapus {name}",
    "holidays.rule": "Cuti bersama dihitung sebagai hari libur",
    "holidays.rule.yes": "Ya — cuti bersama bukan hari kerja (bawaan)",
    "holidays.rule.no": "Tidak — cuti bersama tetap dihitung hari kerja",
    "holidays.saved": "Tersimpan.",
    "holidays.none": "Belum ada hari libur untuk tahun ini.",
  },
  en: {
    "holidays.nav": "Holidays",
    "holidays.title": "Holiday calendar",
    "holidays.lead":
      "National holidays and collective leave days (cuti bersama) decide service deadlines in working days.",
    "holidays.year": "Year",
    "holidays.date": "Date",
    "holidays.name": "Name",
    "holidays.kind": "Type",
    "holidays.kind.libur_nasional": "National holiday",
    "holidays.kind.cuti_bersama": "Collective leave",
    "holidays.add": "Add or change a holiday",
    "holidays.delete": "Delete",
    "holidays.deleteLabel": "Delete {name}",
    "holidays.rule": "Collective leave counts as a holiday",
    "holidays.rule.yes": "Yes — collective leave is not a working day (default)",
    "holidays.rule.no": "No — collective leave counts as a working day",
    "holidays.saved": "Saved.",
    "holidays.none": "No holidays for this year yet.",
  },
});

registerNav({
  href: "/staf/admin/hari-libur",
  labelKey: "holidays.nav",
  order: 90,
  isVisible: (a) => canPlatform(a, "holidays.manage"),
});

export const holidayPages = new Hono<AppEnv>();
const BASE = "/staf/admin/hari-libur";

async function page(
  c: Context<AppEnv>,
  opts: { errors?: FieldError[]; values?: Record<string, string>; status?: number; year?: number },
) {
  const t = c.get("t");
  const locale = c.get("locale");
  const year = opts.year ?? (Number(c.req.query("tahun")) || new Date().getFullYear());
  const all = await listHolidays(c.var.deps.db);
  const rows = all.filter((h) => h.date.startsWith(String(year)));
  const years = [
    ...new Set([
      ...all.map((h) => Number(h.date.slice(0, 4))),
      new Date().getFullYear(),
      new Date().getFullYear() + 1,
    ]),
  ].sort();
  const isHoliday = await getSetting(c.var.deps.db, CUTI_BERSAMA_SETTING, true);
  const errors = opts.errors ?? [];
  const csrf = c.get("csrfToken");
  return render(
    c,
    t("holidays.title"),
    <>
      <h1 class="h3">{t("holidays.title")}</h1>
      <p>{t("holidays.lead")}</p>
      {c.req.query("ok") && (
        <div class="alert alert-success" role="status">
          {t("holidays.saved")}
        </div>
      )}
      <ErrorSummary errors={errors} t={t} />
      <nav aria-label={t("holidays.year")} class="mb-3">
        {years.map((y) => (
          <a
            class={`btn btn-sm me-1 ${y === year ? "btn-primary" : "btn-outline-primary"}`}
            href={`${BASE}?tahun=${y}`}
            aria-current={y === year ? "page" : undefined}
          >
            {y}
          </a>
        ))}
      </nav>
      <div class="row g-4">
        <div class="col-lg-7">
          <h2 class="h5">
            {t("holidays.title")} {year}
          </h2>
          {rows.length === 0 ? (
            <p>{t("holidays.none")}</p>
          ) : (
            <ScrollRegion label={`${t("holidays.title")} ${year}`}>
              <table class="table table-sm">
                <thead>
                  <tr>
                    <th scope="col">{t("holidays.date")}</th>
                    <th scope="col">{t("holidays.name")}</th>
                    <th scope="col">{t("holidays.kind")}</th>
                    <th scope="col">
                      <span class="visually-hidden">{t("holidays.delete")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((h) => (
                    <tr>
                      <td>{formatDate(h.date, locale)}</td>
                      <td>{h.name}</td>
                      <td>{t(`holidays.kind.${h.kind}`)}</td>
                      <td>
                        <form method="post" action={`${BASE}/${h.date}/hapus`} class="m-0">
                          <Csrf token={csrf} />
                          <button
                            type="submit"
                            class="btn btn-sm btn-outline-danger"
                            aria-label={t("holidays.deleteLabel", { name: `${h.name} ${h.date}` })}
                          >
                            {t("holidays.delete")}
                          </button>
                        </form>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </div>
        <div class="col-lg-5">
          <h2 class="h5">{t("holidays.add")}</h2>
          <form method="post" action={BASE} novalidate>
            <Csrf token={csrf} />
            <TextField
              name="date"
              type="date"
              label={t("holidays.date")}
              value={opts.values?.date}
              errors={errors}
              required
            />
            <TextField
              name="name"
              label={t("holidays.name")}
              value={opts.values?.name}
              errors={errors}
              maxLength={120}
              required
            />
            <SelectField
              name="kind"
              label={t("holidays.kind")}
              value={opts.values?.kind ?? "libur_nasional"}
              options={[
                { value: "libur_nasional", label: t("holidays.kind.libur_nasional") },
                { value: "cuti_bersama", label: t("holidays.kind.cuti_bersama") },
              ]}
              errors={errors}
            />
            <button type="submit" class="btn btn-primary">
              {t("form.save")}
            </button>
          </form>
          <h2 class="h5 mt-4">{t("holidays.rule")}</h2>
          <form method="post" action={`${BASE}/pengaturan`}>
            <Csrf token={csrf} />
            <fieldset class="mb-2">
              <legend class="visually-hidden">{t("holidays.rule")}</legend>
              {[
                ["1", t("holidays.rule.yes"), isHoliday],
                ["0", t("holidays.rule.no"), !isHoliday],
              ].map(([value, label, checked]) => (
                <div class="form-check">
                  <input
                    class="form-check-input"
                    type="radio"
                    name="cutiBersamaIsHoliday"
                    id={`rule-${value}`}
                    value={String(value)}
                    checked={Boolean(checked)}
                  />
                  <label class="form-check-label" for={`rule-${value}`}>
                    {label}
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit" class="btn btn-outline-primary">
              {t("form.save")}
            </button>
          </form>
        </div>
      </div>
    </>,
    { status: opts.status },
  );
}

holidayPages.get(BASE, async (c) => {
  assertAllowed(canPlatform(requireActor(c), "holidays.manage"));
  return page(c, {});
});

holidayPages.post(BASE, async (c) => {
  const actor = requireActor(c);
  const form = formStrings(await c.req.parseBody());
  try {
    await saveHoliday(c.var.deps.db, actor, form);
    return c.redirect(`${BASE}?tahun=${form.date!.slice(0, 4)}&ok=1`, 303);
  } catch (err) {
    if (err instanceof AppError && err.status === 422)
      return page(c, { errors: err.describe(c.get("t")).fields, values: form, status: 422 });
    throw err;
  }
});

holidayPages.post(`${BASE}/pengaturan`, async (c) => {
  const form = formStrings(await c.req.parseBody());
  await setCutiBersamaRule(c.var.deps.db, requireActor(c), form.cutiBersamaIsHoliday !== "0");
  return c.redirect(`${BASE}?ok=1`, 303);
});

holidayPages.post(`${BASE}/:date/hapus`, async (c) => {
  const date = c.req.param("date");
  await deleteHoliday(c.var.deps.db, requireActor(c), date);
  return c.redirect(`${BASE}?tahun=${date.slice(0, 4)}&ok=1`, 303);
});
