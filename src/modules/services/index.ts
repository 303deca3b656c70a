import { Hono } from "hono";
import type { AppEnv } from "../../platform/http/context";
import { addMessages } from "../../platform/i18n";
import { registerJob } from "../../platform/jobs/jobs";
import type { AppModule } from "../../platform/module";
import { registerNav, registerPublicLink } from "../../platform/nav/nav";
import { runSlaCheck } from "./commands/sla-check";
import { can } from "./domain/policy";
import { adminPages } from "./http/admin-pages";
import { registerServicesApi } from "./http/api";
import { publicPages } from "./http/public-pages";
import { staffPages } from "./http/staff-pages";
import { servicesMessages } from "./messages";
import { seedServicesDemo } from "./seed/demo";
import { seedServicesReference } from "./seed/reference";

addMessages(servicesMessages);

registerNav(
  { href: "/staf/layanan", labelKey: "services.nav.queue", order: 20, isVisible: (a) => can(a, "queue") },
  {
    href: "/staf/layanan/umkm",
    labelKey: "services.nav.umkm",
    order: 25,
    isVisible: (a) => can(a, "umkm.read"),
  },
  {
    href: "/staf/layanan/katalog",
    labelKey: "services.nav.catalogue",
    order: 26,
    isVisible: (a) => can(a, "catalogue.edit"),
  },
);
registerPublicLink(
  {
    href: "/layanan",
    labelKey: "services.link.apply",
    descriptionKey: "services.link.applyDescription",
    order: 10,
  },
  {
    href: "/lacak",
    labelKey: "services.link.track",
    descriptionKey: "services.link.trackDescription",
    order: 11,
  },
);

// SLA warnings and breaches (SPEC §3.4), every 5 minutes.
registerJob("services.sla-check", async (deps) => void (await runSlaCheck(deps)), 300);

const pages = new Hono<AppEnv>();
pages.route("/", publicPages);
pages.route("/", adminPages);
pages.route("/", staffPages);

/** PATEN: the service catalogue, applications, their workflow and letters (SPEC §3.4, §3.9). */
export const servicesModule: AppModule = {
  name: "services",
  pages,
  registerApi: registerServicesApi,
  seedReference: seedServicesReference,
  seedDemo: seedServicesDemo,
};
