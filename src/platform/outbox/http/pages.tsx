import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../../http/context";
import { requireActor } from "../../http/middleware";
import { render } from "../../http/render";
import { addMessages } from "../../i18n";
import { formatDateTime } from "../../i18n/format";
import { registerNav } from "../../nav/nav";
import { canPlatform } from "../../platform-policy";
import { assertAllowed } from "../../policy";
import { ScrollRegion } from "../../views/data-table";
import { notifications, outbox } from "../schema";

addMessages({
  id: {
    "outbox.nav": "Kotak keluar",
    "outbox.title": "Kotak keluar notifikasi",
    "outbox.lead":
      "Pesan e-mail, WhatsApp/SMS dan notifikasi aplikasi. Tanpa penyedia yang dikonfigurasi, pesan dicatat di sini (status 'dicatat') dan tidak dikirim.",
    "outbox.when": "Dibuat",
    "outbox.channel": "Saluran",
    "outbox.to": "Penerima",
    "outbox.subject": "Judul",
    "outbox.status": "Status",
    "outbox.status.pending": "menunggu",
    "outbox.status.sent": "terkirim",
    "outbox.status.failed": "gagal",
    "outbox.status.logged": "dicatat",
    "notif.nav": "Notifikasi",
    "notif.title": "Notifikasi saya",
    "notif.none": "Belum ada notifikasi.",
    "account.title": "Akun saya",
    "account.signOutAll": "Keluar dari semua perangkat",
    "account.signOutAllHelp": "Mengakhiri semua sesi akun ini, termasuk di perangkat lain.",
  },
  en: {
    "outbox.nav": "Outbox",
    "outbox.title": "Notification outbox",
    "outbox.lead":
      "E-mail, WhatsApp/SMS and in-app messages. Without a configured provider, messages are recorded here ('logged') and not sent.",
    "outbox.when": "Created",
    "outbox.channel": "Channel",
    "outbox.to": "Recipient",
    "outbox.subject": "Subject",
    "outbox.status": "Status",
    "outbox.status.pending": "pending",
    "outbox.status.sent": "sent",
    "outbox.status.failed": "failed",
    "outbox.status.logged": "logged",
    "notif.nav": "Notifications",
    "notif.title": "My notifications",
    "notif.none": "No notifications yet.",
    "account.title": "My account",
    "account.signOutAll": "Sign out on all devices",
    "account.signOutAllHelp": "Ends every session of this account, including on other devices.",
  },
});

registerNav(
  { href: "/staf/notifikasi", labelKey: "notif.nav", order: 80, isVisible: () => true },
  {
    href: "/staf/admin/kotak-keluar",
    labelKey: "outbox.nav",
    order: 92,
    isVisible: (a) => canPlatform(a, "outbox.read"),
  },
);

export const outboxPages = new Hono<AppEnv>();

/** Masks a recipient for the admin list: enough to recognise it, not to harvest it. */
const maskRecipient = (r: string) =>
  r.includes("@")
    ? r.replace(/^(.).*(@.*)$/, "$1•••$2")
    : /^\+?\d{6,}$/.test(r)
      ? `${r.slice(0, 4)}••••${r.slice(-2)}`
      : "pengguna";

outboxPages.get("/staf/admin/kotak-keluar", async (c) => {
  assertAllowed(canPlatform(requireActor(c), "outbox.read"));
  const t = c.get("t");
  const rows = await c.var.deps.db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(200);
  return render(
    c,
    t("outbox.title"),
    <>
      <h1 class="h3">{t("outbox.title")}</h1>
      <p>{t("outbox.lead")}</p>
      <ScrollRegion label={t("outbox.title")}>
        <table class="table table-sm">
          <thead>
            <tr>
              <th scope="col">{t("outbox.when")}</th>
              <th scope="col">{t("outbox.channel")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{formatDateTime(r.createdAt, c.get("locale"))}</td>
                <td>{r.channel}</td>
                <td>{maskRecipient(r.recipient)}</td>
                <td>{r.subject}</td>
                <td>
                  {t(`outbox.status.${r.status}`)}
                  {r.lastError && <div class="small text-danger">{r.lastError}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>,
  );
});

outboxPages.get("/staf/notifikasi", async (c) => {
  const actor = requireActor(c);
  const t = c.get("t");
  const db = c.var.deps.db;
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  await db.update(notifications).set({ isRead: true }).where(eq(notifications.userId, actor.userId));
  return render(
    c,
    t("notif.title"),
    <>
      <h1 class="h3">{t("notif.title")}</h1>
      {rows.length === 0 ? (
        <p>{t("notif.none")}</p>
      ) : (
        <ul class="list-group mb-4">
          {rows.map((n) => (
            <li class={`list-group-item${n.isRead ? "" : " list-group-item-info"}`}>
              <div class="fw-semibold">{n.link ? <a href={n.link}>{n.subject}</a> : n.subject}</div>
              <div>{n.body}</div>
              <div class="small text-body-secondary">{formatDateTime(n.createdAt, c.get("locale"))}</div>
            </li>
          ))}
        </ul>
      )}
      <h2 class="h5">{t("account.title")}</h2>
      <form method="post" action="/staf/akun/keluar-semua">
        <input type="hidden" name="_csrf" value={c.get("csrfToken")} />
        <p class="small">{t("account.signOutAllHelp")}</p>
        <button class="btn btn-outline-danger" type="submit">
          {t("account.signOutAll")}
        </button>
      </form>
    </>,
  );
});
