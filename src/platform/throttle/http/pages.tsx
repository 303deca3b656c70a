import { Hono } from "hono";
import { audit } from "../../audit/audit";
import { forbidden } from "../../errors";
import type { AppEnv } from "../../http/context";
import { requireActor } from "../../http/middleware";
import { render } from "../../http/render";
import { formStrings } from "../../http/validation";
import { addMessages } from "../../i18n";
import { formatDateTime } from "../../i18n/format";
import { registerNav } from "../../nav/nav";
import { canPlatform } from "../../platform-policy";
import { DataTable } from "../../views/data-table";
import { Csrf } from "../../views/form";
import { clearThrottles, listThrottles } from "../throttle";

addMessages({
  id: {
    "locks.nav": "Penundaan masuk",
    "locks.title": "Penundaan karena percobaan gagal",
    "locks.lead":
      "Percobaan masuk dan PIN pelacakan yang gagal menambah waktu tunggu sedikit demi sedikit, tidak mengunci akun. Di sini terlihat siapa yang sedang ditunda (24 jam terakhir) dan penundaan dapat dihapus, misalnya setelah pengguna menghubungi Anda.",
    "locks.none": "Tidak ada percobaan gagal dalam 24 jam terakhir.",
    "locks.who": "Nama / alamat / nomor",
    "locks.scope": "Jenis",
    "locks.failures": "Gagal",
    "locks.last": "Terakhir gagal",
    "locks.wait": "Sisa tunggu",
    "locks.waitNone": "—",
    "locks.waitSeconds": "{seconds} detik",
    "locks.clear": "Hapus penundaan",
    "locks.clearLabel": "Hapus penundaan {who}",
    "locks.cleared": "Penundaan dihapus.",
    "locks.scope.login": "Masuk staf",
    "locks.scope.tracking": "PIN pelacakan",
  },
  en: {
    "locks.nav": "Sign-in delays",
    "locks.title": "Delays after failed attempts",
    "locks.lead":
      "Failed sign-ins and tracking PINs add a growing wait instead of locking the account. This page shows who is being delayed (last 24 hours) and lets you clear a delay, e.g. after the user contacted you.",
    "locks.none": "No failed attempts in the last 24 hours.",
    "locks.who": "Name / address / number",
    "locks.scope": "Kind",
    "locks.failures": "Failures",
    "locks.last": "Last failure",
    "locks.wait": "Wait left",
    "locks.waitNone": "—",
    "locks.waitSeconds": "{seconds} seconds",
    "locks.clear": "Clear delay",
    "locks.clearLabel": "Clear the delay of {who}",
    "locks.cleared": "Delay cleared.",
    "locks.scope.login": "Staff sign-in",
    "locks.scope.tracking": "Tracking PIN",
  },
});

registerNav({
  href: "/staf/admin/penundaan",
  labelKey: "locks.nav",
  order: 92,
  isVisible: (a) => canPlatform(a, "locks.manage"),
});

const BASE = "/staf/admin/penundaan";
export const throttlePages = new Hono<AppEnv>();

throttlePages.get(BASE, async (c) => {
  const actor = requireActor(c);
  if (!canPlatform(actor, "locks.manage")) throw forbidden();
  const t = c.get("t");
  const now = c.var.deps.now();
  const rows = await listThrottles(c.var.deps.db, now);
  return render(
    c,
    t("locks.title"),
    <>
      <h1 class="h3">{t("locks.title")}</h1>
      <p>{t("locks.lead")}</p>
      {c.req.query("ok") && (
        <div class="alert alert-success" role="status">
          {t("locks.cleared")}
        </div>
      )}
      {rows.length === 0 ? (
        <p>{t("locks.none")}</p>
      ) : (
        <DataTable
          label={t("locks.title")}
          columns={[
            t("locks.who"),
            t("locks.scope"),
            t("locks.failures"),
            t("locks.last"),
            t("locks.wait"),
            "",
          ]}
        >
          {rows.map((r) => {
            const wait = Math.max(0, Math.ceil((new Date(r.waitUntil).getTime() - now.getTime()) / 1000));
            return (
              <tr>
                <td>{r.label}</td>
                <td>{t(`locks.scope.${r.scope}`)}</td>
                <td>{r.failures}</td>
                <td>{formatDateTime(new Date(r.lastFailureAt), c.get("locale"))}</td>
                <td>{wait > 0 ? t("locks.waitSeconds", { seconds: wait }) : t("locks.waitNone")}</td>
                <td>
                  <form method="post" action={`${BASE}/hapus`} class="m-0">
                    <Csrf token={c.get("csrfToken")} />
                    <input type="hidden" name="key" value={r.key} />
                    <button
                      type="submit"
                      class="btn btn-sm btn-outline-danger"
                      aria-label={t("locks.clearLabel", { who: r.label })}
                    >
                      {t("locks.clear")}
                    </button>
                  </form>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>,
  );
});

throttlePages.post(`${BASE}/hapus`, async (c) => {
  const actor = requireActor(c);
  if (!canPlatform(actor, "locks.manage")) throw forbidden();
  const { key } = formStrings(await c.req.parseBody());
  if (key) {
    await c.var.deps.db.transaction(async (tx) => {
      await clearThrottles(tx, [key]);
      await audit(tx, actor, {
        action: "throttle.clear",
        entity: "throttle",
        entityId: null,
        after: { key },
      });
    });
  }
  return c.redirect(`${BASE}?ok=1`, 303);
});
