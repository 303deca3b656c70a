import { Hono } from "hono";
import type { AppEnv } from "../http/context";
import { requireActor } from "../http/middleware";
import { render } from "../http/render";
import { addMessages } from "../i18n";
import { listPublicLinks, navFor } from "../nav/nav";
import { waitingFor } from "../nav/waiting";

addMessages({
  id: {
    "home.title": "Beranda",
    "home.lead":
      "SIGAP adalah satu sistem Kecamatan Medan Marelan untuk pelayanan publik yang lebih baik dan ASN yang terus berkembang.",
    "home.services": "Layanan untuk warga",
    "home.noServices":
      "Layanan daring sedang disiapkan. Untuk sementara silakan datang ke loket PATEN Kantor Camat Medan Marelan.",
    "home.visit": "Kantor Camat Medan Marelan, Jl. Marelan Raya, Kota Medan. Senin–Jumat 08.00–16.00 WIB.",
    "home.staff": "Untuk pegawai",
    "home.staffLead":
      "Pegawai Kecamatan dan Kelurahan masuk untuk mengelola layanan, pelatihan, dan data kepegawaian.",
    "staff.title": "Beranda Staf",
    "staff.welcome": "Selamat datang, {name}.",
    "staff.roles": "Peran Anda",
    "staff.noRoles": "Akun Anda belum memiliki peran. Hubungi admin sistem.",
    "staff.waiting": "Menunggu Anda",
    "staff.nothingWaiting": "Tidak ada pekerjaan yang menunggu.",
    "staff.menu": "Menu",
    "role.admin_sistem": "Admin sistem",
    "role.admin_kepegawaian": "Admin kepegawaian",
    "role.pimpinan": "Pimpinan",
    "role.petugas": "Petugas",
    "role.auditor": "Auditor",
  },
  en: {
    "home.title": "Home",
    "home.lead":
      "SIGAP is Medan Marelan district's single system for better public services and ever-improving civil servants.",
    "home.services": "Services for citizens",
    "home.noServices":
      "Online services are being prepared. Meanwhile please visit the PATEN counter at the Medan Marelan district office.",
    "home.visit": "Medan Marelan district office, Jl. Marelan Raya, Medan. Monday–Friday 08.00–16.00 WIB.",
    "home.staff": "For staff",
    "home.staffLead": "District and kelurahan staff sign in to manage services, training and personnel data.",
    "staff.title": "Staff home",
    "staff.welcome": "Welcome, {name}.",
    "staff.roles": "Your roles",
    "staff.noRoles": "Your account has no role yet. Contact the system administrator.",
    "staff.waiting": "Waiting for you",
    "staff.nothingWaiting": "Nothing is waiting for you.",
    "staff.menu": "Menu",
    "role.admin_sistem": "System administrator",
    "role.admin_kepegawaian": "HR administrator",
    "role.pimpinan": "Leadership",
    "role.petugas": "Officer",
    "role.auditor": "Auditor",
  },
});

export const homePages = new Hono<AppEnv>();

homePages.get("/", (c) => {
  const t = c.get("t");
  const links = listPublicLinks();
  return render(
    c,
    t("home.title"),
    <>
      <div class="p-4 mb-4 bg-body-tertiary rounded-3">
        <h1 class="h2">SIGAP Kecamatan Medan Marelan</h1>
        <p class="lead mb-0">{t("home.lead")}</p>
      </div>
      <h2 class="h4">{t("home.services")}</h2>
      {links.length === 0 ? (
        <p>{t("home.noServices")}</p>
      ) : (
        <div class="row g-3 mb-4">
          {links.map((l) => (
            <div class="col-sm-6 col-lg-4">
              <div class="card h-100">
                <div class="card-body">
                  <h3 class="h5 card-title">
                    <a href={l.href}>{t(l.labelKey)}</a>
                  </h3>
                  <p class="card-text">{t(l.descriptionKey)}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
      )}
      <p class="text-body-secondary">{t("home.visit")}</p>
      <h2 class="h4 mt-4">{t("home.staff")}</h2>
      <p>
        {t("home.staffLead")} <a href="/login">{t("layout.staffSignIn")}</a>
      </p>
    </>,
  );
});

homePages.get("/staf", async (c) => {
  const t = c.get("t");
  const actor = requireActor(c);
  const [entries, waiting] = await Promise.all([
    navFor(actor, c.var.deps.db),
    waitingFor(actor, c.var.deps.db, c.var.deps.now()),
  ]);
  return render(
    c,
    t("staff.title"),
    <>
      <h1 class="h3">{t("staff.title")}</h1>
      <p>{t("staff.welcome", { name: actor.displayName })}</p>
      <h2 class="h5">{t("staff.roles")}</h2>
      {actor.grants.length === 0 ? (
        <p>{t("staff.noRoles")}</p>
      ) : (
        <ul>
          {actor.grants.map((g) => (
            <li>
              {t(`role.${g.role}`)} — {g.unitName}
            </li>
          ))}
        </ul>
      )}
      <h2 class="h5 mt-4">{t("staff.waiting")}</h2>
      {waiting.length === 0 ? (
        <p>{t("staff.nothingWaiting")}</p>
      ) : (
        <ul class="list-group mb-3">
          {waiting.map((w) => (
            <li class="list-group-item d-flex justify-content-between align-items-center">
              <a href={w.href}>{t(w.labelKey, { ...w.params, count: w.count })}</a>
              <span class={`badge rounded-pill ${w.urgent ? "text-bg-danger" : "text-bg-primary"}`}>
                {w.count.toLocaleString(c.get("locale") === "en" ? "en-GB" : "id-ID")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 class="h5 mt-4">{t("staff.menu")}</h2>
      <div class="row g-3 mt-1">
        {entries.map((e) => (
          <div class="col-sm-6 col-lg-3">
            <a class="card h-100 text-decoration-none" href={e.href}>
              <div class="card-body">
                <span class="h6">{t(e.labelKey)}</span>
              </div>
            </a>
          </div>
        ))}
      </div>
    </>,
  );
});
