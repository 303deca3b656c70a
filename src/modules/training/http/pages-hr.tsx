import { and, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { AppError } from "../../../platform/errors";
import { spreadsheetDownload } from "../../../platform/export/spreadsheet";
import type { AppEnv } from "../../../platform/http/context";
import { render } from "../../../platform/http/render";
import type { T } from "../../../platform/i18n";
import { formatNumber } from "../../../platform/i18n/format";
import { units } from "../../../platform/org/schema";
import { scopeCondition } from "../../../platform/org/scope-sql";

import { Csrf, TextField } from "../../../platform/views/form";
import { Section } from "../../../platform/views/page-parts";
import { todayOf } from "../commands/context";
import { setJpTargets } from "../commands/set-jp-targets";
import { setRequiredLevels } from "../commands/set-required-level";
import { unitNeeds } from "../domain/gap";
import { ASN_TYPES, compliancePct } from "../domain/jp";
import { can, readScope } from "../domain/policy";
import { listCourses } from "../queries/catalogue";
import { listCompetencies, needRows, positionStandards } from "../queries/competency";
import { jpBands, jpByMonth, jpRows, unitCompliance } from "../queries/jp";
import { siasnRows, siasnTable } from "../queries/siasn-export";
import { trainingEnrolments, trainingExternal } from "../schema";
import { getJpTargets } from "../training.repository";
import { barChartSvg, ChartWithTable, lineChartSvg } from "../views/charts";
import { Empty, ScrollTable } from "../views/components";
import {
  type C,
  ctxOf,
  Flash,
  type FormProblem,
  formBody,
  formValues,
  HR,
  handleForm,
  ProblemMessages,
  requireRight,
  str,
  uuidParam,
  yearParam,
} from "./helpers";
import { HrHeading } from "./hr-nav";

export const hrPages = new Hono<AppEnv>();

const MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const assertDashboard = (c: C) => requireRight(c, "dashboard.read");

/** The unit choice and submit button of a GET form that filters an HR list by unit group ("" = all). */
function UnitFilterFields({
  t,
  options,
  selected,
}: {
  t: T;
  options: { id: string; name: string }[];
  selected: string;
}) {
  return (
    <>
      <div>
        <label class="form-label" for="f-unit">
          {t("training.field.unit")}
        </label>
        <select class="form-select" id="f-unit" name="unit">
          <option value="">{t("training.hr.allUnits")}</option>
          {options.map((u) => (
            <option value={u.id} selected={u.id === selected}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="btn btn-outline-primary">
        {t("training.action.filter")}
      </button>
    </>
  );
}

/** 20-JP compliance dashboard (SPEC §3.3, §3.11): per unit, distribution, month by month, who is behind. */
hrPages.get(HR, async (c) => {
  const t = c.get("t");
  const locale = c.get("locale");
  const actor = assertDashboard(c);
  const { db } = c.var.deps;
  const today = todayOf(ctxOf(c));
  const year = yearParam(c, Number(today.slice(0, 4)));
  const scope = readScope(actor);
  const rows = await jpRows(db, { year, unitPaths: scope });
  const perUnit = await unitCompliance(db, rows);
  const bands = jpBands(rows);
  const months = await jpByMonth(db, year, scope);
  const overall = compliancePct(rows);
  const behind = rows
    .filter((r) => r.state === "tertinggal")
    .sort((a, b) => a.earned - b.earned || a.name.localeCompare(b.name));
  const groupFilter = c.req.query("unit") ?? "";
  const behindShown = (groupFilter ? behind.filter((r) => r.groupId === groupFilter) : behind).slice(0, 50);
  const inScope = new Set(rows.map((r) => r.employeeId));
  const pendingExternal = {
    n: (
      await db
        .select({ e: trainingExternal.employeeId })
        .from(trainingExternal)
        .where(eq(trainingExternal.status, "diajukan"))
    ).filter((x) => inScope.has(x.e)).length,
  };
  const pendingRequests = {
    n: (
      await db
        .select({ e: trainingEnrolments.employeeId })
        .from(trainingEnrolments)
        .where(eq(trainingEnrolments.status, "menunggu"))
    ).filter((x) => inScope.has(x.e)).length,
  };
  const monthNames = locale === "en" ? MONTHS_EN : MONTHS_ID;
  const pct = (v: number | null) => (v === null ? "—" : `${formatNumber(v, locale, 1)} %`);
  return render(
    c,
    t("training.hr.dashboardTitle", { year }),
    <>
      <HrHeading t={t} actor={actor} title={t("training.hr.dashboardTitle", { year })} current={HR} />
      <form method="get" action={HR} class="d-flex gap-2 align-items-end mb-3">
        <div>
          <label class="form-label" for="f-tahun">
            {t("training.field.year")}
          </label>
          <input
            class="form-control"
            id="f-tahun"
            name="tahun"
            type="number"
            min={2000}
            max={2100}
            value={String(year)}
          />
        </div>
        <button type="submit" class="btn btn-outline-primary">
          {t("training.action.show")}
        </button>
      </form>
      <div class="row g-3 mb-4">
        {[
          [t("training.hr.asnCount"), formatNumber(rows.length, locale)],
          [t("training.hr.compliance"), pct(overall)],
          [t("training.hr.behindCount"), formatNumber(behind.length, locale)],
          [
            t("training.hr.totalJp"),
            formatNumber(
              rows.reduce((a, r) => a + r.earned, 0),
              locale,
            ),
          ],
          [t("training.hr.pendingExternal"), formatNumber(Number(pendingExternal.n), locale)],
          [t("training.hr.pendingRequests"), formatNumber(Number(pendingRequests.n), locale)],
        ].map(([label, value]) => (
          <div class="col-6 col-lg-2">
            <div class="card stat-card h-100">
              <div class="card-body">
                <p class="small mb-1">{label}</p>
                <p class="fs-3 fw-semibold mb-0">{value}</p>
              </div>
            </div>
          </div>
        ))}
      </div>
      <p>
        {t("training.hr.export")}: <a href={`${HR}/ekspor?tahun=${year}&format=csv`}>CSV</a> ·{" "}
        <a href={`${HR}/ekspor?tahun=${year}&format=xlsx`}>XLSX</a>{" "}
        <span class="small">({t("training.hr.exportHint")})</span>
      </p>
      <ChartWithTable
        id="chart-unit"
        title={t("training.hr.chartUnit")}
        svg={barChartSvg({
          categories: perUnit.map((u) => u.groupName),
          series: [{ name: t("training.hr.compliance"), values: perUnit.map((u) => u.pct ?? 0) }],
          horizontal: true,
          max: 100,
          unit: "%",
        })}
        headers={[
          t("training.field.unit"),
          t("training.hr.asnCount"),
          t("training.hr.met"),
          t("training.hr.compliance"),
        ]}
        rows={perUnit.map((u) => [u.groupName, u.people, u.met, pct(u.pct)])}
      />
      <ChartWithTable
        id="chart-bands"
        title={t("training.hr.chartBands")}
        svg={barChartSvg({
          categories: bands.map((b) => b.label),
          series: [{ name: "ASN", values: bands.map((b) => b.count) }],
        })}
        headers={[t("training.hr.band"), t("training.hr.asnCount")]}
        rows={bands.map((b) => [b.label, b.count])}
      />
      <ChartWithTable
        id="chart-months"
        title={t("training.hr.chartMonths", { year })}
        svg={lineChartSvg({
          categories: monthNames,
          series: [{ name: "JP", values: months.map((m) => m.jp) }],
        })}
        headers={[t("training.hr.month"), "JP"]}
        rows={months.map((m) => [monthNames[m.month - 1]!, m.jp])}
      />
      <Section id="behind-title" title={t("training.hr.behindTitle", { n: behind.length })}>
        <form method="get" action={HR} class="d-flex flex-wrap gap-2 align-items-end mb-2">
          <input type="hidden" name="tahun" value={String(year)} />
          <UnitFilterFields
            t={t}
            options={perUnit.map((u) => ({ id: u.groupId, name: u.groupName }))}
            selected={groupFilter}
          />
        </form>
        {behindShown.length === 0 ? (
          <Empty>{t("training.hr.nobodyBehind")}</Empty>
        ) : (
          <ScrollTable label={t("training.hr.behindTitle", { n: behind.length })}>
            <thead>
              <tr>
                <th scope="col">{t("training.field.name")}</th>
                <th scope="col">NIP</th>
                <th scope="col">{t("training.field.unit")}</th>
                <th scope="col">{t("training.field.asnType")}</th>
                <th scope="col" class="text-end">
                  {t("training.field.earned")}
                </th>
                <th scope="col" class="text-end">
                  {t("training.field.target")}
                </th>
              </tr>
            </thead>
            <tbody>
              {behindShown.map((r) => (
                <tr>
                  <td>
                    <a href={`/staf/pelatihan/kompetensi/${r.employeeId}`}>{r.name}</a>
                  </td>
                  <td>{r.nip}</td>
                  <td>{r.unitName}</td>
                  <td>{r.asnType.replace("_", " ")}</td>
                  <td class="text-end">{r.earned}</td>
                  <td class="text-end">{r.target}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </Section>
    </>,
  );
});

/** Training history ready for BKN's SIASN upload (SPEC §3.12): NIP, course, dates, JP — CSV or XLSX. */
hrPages.get(`${HR}/ekspor`, async (c) => {
  const actor = assertDashboard(c);
  const year = yearParam(c, Number(todayOf(ctxOf(c)).slice(0, 4)));
  const format = c.req.query("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw new AppError("BAD_REQUEST", "Format harus csv atau xlsx.");
  const rows = await siasnRows(c.var.deps.db, year, readScope(actor));
  const file = await spreadsheetDownload(siasnTable(rows, year), format);
  return c.body(file.body, 200, file.headers);
});

/** Training needs per unit: who needs what, ranked (SPEC §3.3 issue 2). */
hrPages.get(`${HR}/kebutuhan`, async (c) => {
  const t = c.get("t");
  const actor = assertDashboard(c);
  const { db } = c.var.deps;
  const scope = readScope(actor);
  const groups = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(
      and(
        scopeCondition(units.path, scope),
        sql`array_length(string_to_array(trim(both '/' from ${units.path}), '/'), 1) = 2`,
      ),
    )
    .orderBy(units.name);
  const unitId = c.req.query("unit") ?? "";
  const chosen = groups.find((g) => g.id === unitId);
  const rows = await needRows(db, chosen ? [chosen.path] : scope);
  const needs = unitNeeds(rows);
  const courses = await listCourses(db, { activeOnly: true });
  return render(
    c,
    t("training.needs.title"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.needs.title")} current={`${HR}/kebutuhan`} />
      <p>{t("training.needs.lead")}</p>
      <form method="get" action={`${HR}/kebutuhan`} class="d-flex flex-wrap gap-2 align-items-end mb-3">
        <UnitFilterFields t={t} options={groups} selected={unitId} />
      </form>
      {needs.length === 0 ? (
        <Empty>{t("training.needs.none")}</Empty>
      ) : (
        <ScrollTable label={t("training.needs.title")} align="align-top">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("training.competency.title")}</th>
              <th scope="col" class="text-end">
                {t("training.needs.people")}
              </th>
              <th scope="col" class="text-end">
                {t("training.needs.totalGap")}
              </th>
              <th scope="col">{t("training.needs.who")}</th>
              <th scope="col">{t("training.needs.courses")}</th>
            </tr>
          </thead>
          <tbody>
            {needs.map((n, i) => (
              <tr>
                <td>{i + 1}</td>
                <th scope="row" class="fw-normal">
                  <span class="fw-semibold">{n.competencyCode}</span> {n.competencyName}
                </th>
                <td class="text-end">{n.people}</td>
                <td class="text-end">{n.totalGap}</td>
                <td>
                  <details>
                    <summary>{t("training.needs.show", { n: n.employees.length })}</summary>
                    <ul class="small mb-0">
                      {n.employees.map((e) => (
                        <li>
                          <a href={`/staf/pelatihan/kompetensi/${e.employeeId}`}>{e.employeeName}</a> (−
                          {e.gap})
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
                <td class="small">
                  {courses
                    .filter((co) => co.competencies.some((x) => x.id === n.competencyId))
                    .map((co) => co.title)
                    .join("; ") || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>,
  );
});

/** The competency dictionary with its levels, and the standards (required levels) per position. */
async function competencyAdminPage(c: C, problem?: FormProblem | null) {
  const t = c.get("t");
  const actor = assertDashboard(c);
  const { db } = c.var.deps;
  const dictionary = await listCompetencies(db);
  const positions = await positionStandards(db);
  const positionId = c.req.query("jabatan") ?? "";
  const chosen = positions.find((p) => p.id === positionId);
  const canEdit = can(actor, "catalogue.manage");
  return render(
    c,
    t("training.dictionary.title"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.dictionary.title")} current={`${HR}/kompetensi`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <div class="row g-4">
        <div class="col-lg-6">
          <h2 class="h5">{t("training.dictionary.list")}</h2>
          {dictionary.map((d) => (
            <details class="mb-2">
              <summary>
                <span class="fw-semibold">{d.code}</span> {d.name}{" "}
                <span class="small text-body-secondary">({t(`training.kind.${d.kind}`)})</span>
              </summary>
              <p class="small mt-2">{d.description}</p>
              <ol class="small">
                {d.levels.map((l) => (
                  <li>
                    <strong>{l.title}</strong>
                    <ul>
                      {l.indicators.map((i) => (
                        <li>{i}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </details>
          ))}
        </div>
        <div class="col-lg-6">
          <h2 class="h5">{t("training.dictionary.standards")}</h2>
          <form method="get" action={`${HR}/kompetensi`} class="d-flex gap-2 align-items-end mb-3">
            <div class="flex-grow-1">
              <label class="form-label" for="f-jabatan">
                {t("training.field.position")}
              </label>
              <select class="form-select" id="f-jabatan" name="jabatan">
                <option value="">{t("training.dictionary.choosePosition")}</option>
                {positions.map((p) => (
                  <option value={p.id} selected={p.id === positionId}>
                    {p.name} — {p.unitName}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" class="btn btn-outline-primary">
              {t("training.action.show")}
            </button>
          </form>
          {chosen && (
            <form method="post" action={`${HR}/kompetensi/standar/${chosen.id}`} novalidate>
              <Csrf token={c.get("csrfToken")} />
              <table class="table table-sm">
                <caption class="visually-hidden">{t("training.dictionary.standards")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("training.competency.title")}</th>
                    <th scope="col">{t("training.competency.required")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dictionary.map((d) => (
                    <tr>
                      <th scope="row" class="fw-normal">
                        <label for={`f-req-${d.id}`}>
                          {d.code} {d.name}
                        </label>
                      </th>
                      <td>
                        <select
                          class="form-select form-select-sm"
                          id={`f-req-${d.id}`}
                          name={`req-${d.id}`}
                          disabled={!canEdit}
                        >
                          <option value="">{t("training.dictionary.notRequired")}</option>
                          {[1, 2, 3, 4, 5].map((n) => (
                            <option value={String(n)} selected={chosen.levels.get(d.id) === n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {canEdit && (
                <button type="submit" class="btn btn-primary">
                  {t("form.save")}
                </button>
              )}
            </form>
          )}
        </div>
      </div>
    </>,
    { status: problem?.status ?? 200 },
  );
}

hrPages.get(`${HR}/kompetensi`, (c) => competencyAdminPage(c));

hrPages.post(`${HR}/kompetensi/standar/:positionId`, async (c) => {
  const positionId = uuidParam(c, "positionId");
  const body = await formBody(c);
  const levels: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (k.startsWith("req-")) levels[k.slice(4)] = str(v);
  return handleForm(
    c,
    async () => {
      await setRequiredLevels(ctxOf(c), positionId, levels);
      return `${HR}/kompetensi?jabatan=${positionId}&ok=saved`;
    },
    (problem) => competencyAdminPage(c, problem),
  );
});

/** JP targets per ASN type (SPEC §4.4: a setting HR edits). */
async function settingsPage(c: C, problem?: FormProblem | null, values?: Record<string, string>) {
  const t = c.get("t");
  const actor = requireRight(c, "settings.manage");
  const targets = await getJpTargets(c.var.deps.db);
  const errors = problem?.fields ?? [];
  return render(
    c,
    t("training.settings.title"),
    <>
      <HrHeading t={t} actor={actor} title={t("training.settings.title")} current={`${HR}/pengaturan`} />
      <Flash t={t} ok={c.req.query("ok")} />
      <ProblemMessages t={t} problem={problem} />
      <p>{t("training.settings.lead")}</p>
      <form method="post" action={`${HR}/pengaturan`} class="col-md-6" novalidate>
        <Csrf token={c.get("csrfToken")} />
        {ASN_TYPES.map((type) => (
          <TextField
            name={type}
            label={t(`training.settings.${type}`)}
            value={values?.[type] ?? String(targets[type])}
            type="number"
            inputmode="numeric"
            width="w-auto"
            errors={errors}
            required
          />
        ))}
        <button type="submit" class="btn btn-primary">
          {t("form.save")}
        </button>
      </form>
    </>,
    { status: problem?.status ?? 200 },
  );
}

hrPages.get(`${HR}/pengaturan`, (c) => settingsPage(c));

hrPages.post(`${HR}/pengaturan`, async (c) => {
  const values = await formValues(c);
  return handleForm(
    c,
    async () => {
      await setJpTargets(ctxOf(c), values);
      return `${HR}/pengaturan?ok=saved`;
    },
    (problem) => settingsPage(c, problem, values),
  );
});
