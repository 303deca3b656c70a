import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../../http/context";
import { requireActor } from "../../http/middleware";
import { render } from "../../http/render";
import { addMessages } from "../../i18n";
import { formatDateTime } from "../../i18n/format";
import { registerNav } from "../../nav/nav";
import { scopeCondition } from "../../org/scope-sql";
import { canPlatform } from "../../platform-policy";
import { assertAllowed, scopePaths } from "../../policy";
import { DataTable } from "../../views/data-table";
import { Csrf } from "../../views/form";
import { Pagination } from "../../views/table";
import { verifyAuditChain } from "../audit";
import { auditLog } from "../schema";

addMessages({
  id: {
    "audit.nav": "Log audit",
    "audit.title": "Log audit",
    "audit.lead":
      "Setiap perubahan data dicatat di log yang hanya dapat ditambah dan dirantai dengan hash. Ubahan di luar sistem akan terdeteksi saat rantai diperiksa.",
    "audit.when": "Waktu",
    "audit.who": "Pelaku",
    "audit.action": "Tindakan",
    "audit.entity": "Objek",
    "audit.changes": "Perubahan",
    "audit.filterEntity": "Objek (mis. employee, holiday)",
    "audit.filterAction": "Tindakan (mis. auth.login)",
    "audit.from": "Dari tanggal",
    "audit.to": "Sampai tanggal",
    "audit.verify": "Periksa rantai hash",
    "audit.chainOk": "Rantai utuh: {rows} baris diperiksa, tidak ada yang diubah.",
    "audit.chainBroken": "Rantai RUSAK mulai baris #{seq}: {reason}.",
    "audit.details": "Lihat",
  },
  en: {
    "audit.nav": "Audit log",
    "audit.title": "Audit log",
    "audit.lead":
      "Every change of data is written to an append-only, hash-chained log. Changes made outside the system are detected when the chain is checked.",
    "audit.when": "When",
    "audit.who": "Who",
    "audit.action": "Action",
    "audit.entity": "Object",
    "audit.changes": "Changes",
    "audit.filterEntity": "Object (e.g. employee, holiday)",
    "audit.filterAction": "Action (e.g. auth.login)",
    "audit.from": "From",
    "audit.to": "To",
    "audit.verify": "Verify the hash chain",
    "audit.chainOk": "Chain intact: {rows} rows checked, none altered.",
    "audit.chainBroken": "Chain BROKEN from row #{seq}: {reason}.",
    "audit.details": "Show",
  },
});

registerNav({
  href: "/staf/audit",
  labelKey: "audit.nav",
  order: 95,
  isVisible: (a) => canPlatform(a, "audit.read"),
});

export const auditPages = new Hono<AppEnv>();
const PAGE_SIZE = 50;
const isDate = (v: string | undefined) =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

async function auditPage(c: Context<AppEnv>, chainMessage?: { ok: boolean; text: string }) {
  const actor = requireActor(c);
  assertAllowed(canPlatform(actor, "audit.read"));
  const t = c.get("t");
  const q = c.req.query();
  const page = Math.max(1, Math.min(100000, Number(q.page) || 1));
  const conds: SQL[] = [];
  if (q.entity) conds.push(eq(auditLog.entity, q.entity.slice(0, 60)));
  if (q.action) conds.push(eq(auditLog.action, q.action.slice(0, 60)));
  if (isDate(q.from)) conds.push(gte(auditLog.at, new Date(`${q.from}T00:00:00+07:00`)));
  if (isDate(q.to))
    conds.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86400_000)));
  // Rows tied to a unit are limited to the reader's scope; platform-wide rows (sign-ins, settings) are visible to all auditors.
  const paths = scopePaths(actor, ["admin_sistem", "auditor"]);
  conds.push(sql`(${auditLog.unitPath} is null or ${scopeCondition(auditLog.unitPath, paths)})`);
  const where = and(...conds);
  const db = c.var.deps.db;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  const locale = c.get("locale");
  return render(
    c,
    t("audit.title"),
    <>
      <h1 class="h3">{t("audit.title")}</h1>
      <p>{t("audit.lead")}</p>
      {chainMessage && (
        <div class={`alert ${chainMessage.ok ? "alert-success" : "alert-danger"}`} role="status">
          {chainMessage.text}
        </div>
      )}
      <form method="post" action="/staf/audit/verifikasi" class="mb-3">
        <Csrf token={c.get("csrfToken")} />
        <button class="btn btn-outline-primary" type="submit">
          {t("audit.verify")}
        </button>
      </form>
      <form method="get" action="/staf/audit" class="row g-2 align-items-end mb-3">
        {[
          ["entity", t("audit.filterEntity"), "text"],
          ["action", t("audit.filterAction"), "text"],
          ["from", t("audit.from"), "date"],
          ["to", t("audit.to"), "date"],
        ].map(([name, label, type]) => (
          <div class="col-sm-6 col-lg-3">
            <label class="form-label" for={`q-${name}`}>
              {label}
            </label>
            <input class="form-control" id={`q-${name}`} name={name} type={type} value={q[name!] ?? ""} />
          </div>
        ))}
        <div class="col-12">
          <button class="btn btn-primary" type="submit">
            {t("form.filter")}
          </button>
        </div>
      </form>
      <p>{t("table.total", { total: count?.n ?? 0 })}</p>
      <DataTable
        label={t("audit.title")}
        columns={[
          "#",
          t("audit.when"),
          t("audit.who"),
          t("audit.action"),
          t("audit.entity"),
          t("audit.changes"),
        ]}
      >
        {rows.map((r) => (
          <tr>
            <td>{r.seq}</td>
            <td>{formatDateTime(r.at, locale)}</td>
            <td>
              {r.actorName}
              {r.ip && <div class="small text-body-secondary">{r.ip}</div>}
            </td>
            <td>
              <code>{r.action}</code>
            </td>
            <td>
              {r.entity}
              {r.entityId && <div class="small text-body-secondary text-break">{r.entityId}</div>}
            </td>
            <td>
              {(r.before !== null || r.after !== null) && (
                <details>
                  <summary>{t("audit.details")}</summary>
                  <pre class="small mb-0 text-wrap">
                    {JSON.stringify({ before: r.before, after: r.after }, null, 1)}
                  </pre>
                </details>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        t={t}
        page={page}
        pageSize={PAGE_SIZE}
        total={count?.n ?? 0}
        baseUrl="/staf/audit"
        query={{ entity: q.entity, action: q.action, from: q.from, to: q.to }}
      />
    </>,
  );
}

auditPages.get("/staf/audit", (c) => auditPage(c));
auditPages.post("/staf/audit/verifikasi", async (c) => {
  assertAllowed(canPlatform(requireActor(c), "audit.read"));
  const report = await verifyAuditChain(c.var.deps.db);
  const t = c.get("t");
  return auditPage(
    c,
    report.ok
      ? { ok: true, text: t("audit.chainOk", { rows: report.rows }) }
      : { ok: false, text: t("audit.chainBroken", { seq: report.brokenSeq, reason: report.reason }) },
  );
});
