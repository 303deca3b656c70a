import type { Actor } from "../../../platform/auth/actor";
import type { T } from "../../../platform/i18n";
import { can } from "../domain/policy";
import { HR } from "./helpers";

/** The HR section's own menu: one line of links, the current one marked. */
export function HrNav({ t, actor, current }: { t: T; actor: Actor; current: string }) {
  const items: [string, string, boolean][] = [
    [HR, "training.hr.dashboard", can(actor, "dashboard.read")],
    [`${HR}/sesi`, "training.hr.sessions", can(actor, "catalogue.manage")],
    [`${HR}/kursus`, "training.hr.courses", can(actor, "catalogue.manage")],
    [`${HR}/eksternal`, "training.hr.external", can(actor, "catalogue.manage")],
    [`${HR}/kebutuhan`, "training.hr.needs", can(actor, "dashboard.read")],
    [`${HR}/kompetensi`, "training.hr.competencies", can(actor, "dashboard.read")],
    [`${HR}/pengaturan`, "training.hr.settings", can(actor, "settings.manage")],
  ];
  return (
    <nav aria-label={t("training.hr.nav")} class="mb-3">
      <ul class="nav nav-pills flex-wrap gap-1">
        {items
          .filter(([, , visible]) => visible)
          .map(([href, key]) => (
            <li class="nav-item">
              <a
                class={`nav-link${href === current ? " active" : ""}`}
                aria-current={href === current ? "page" : undefined}
                href={href}
              >
                {t(key)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** The heading of an HR page: its h1, then the section menu with the page's own entry marked. */
export function HrHeading({
  t,
  actor,
  title,
  current,
}: {
  t: T;
  actor: Actor;
  title: string;
  current: string;
}) {
  return (
    <>
      <h1 class="h3">{title}</h1>
      <HrNav t={t} actor={actor} current={current} />
    </>
  );
}
