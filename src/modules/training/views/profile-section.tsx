import { todayJakarta } from "../../../platform/i18n/format";
import type { ProfileSectionArgs } from "../../employees";
import { can } from "../domain/policy";
import { jpSummaryFor } from "../queries/jp";
import { findEmployee } from "../training.repository";
import { dateRange, JpProgress } from "./components";

/** "Pelatihan & JP" on the employee profile (SPEC §3.2): this year's JP against the target, and the items. */
export async function renderTrainingProfile({ deps, actor, t, locale, employee }: ProfileSectionArgs) {
  const person = await findEmployee(deps.db, employee.id);
  if (
    !person ||
    !can(actor, "record.read", {
      employeeId: person.id,
      supervisorId: person.supervisorId,
      unitPath: person.unitPath,
    })
  ) {
    return null;
  }
  const year = Number(todayJakarta(deps.now()).slice(0, 4));
  const summary = (await jpSummaryFor(deps.db, person.id, year))!;
  return (
    <section aria-labelledby="profile-training-title" class="mb-2">
      <h3 class="h6" id="profile-training-title">
        {t("training.jp.year", { year })}
      </h3>
      <JpProgress t={t} summary={summary} who={person.name} />
      {summary.items.length > 0 && (
        <ul class="small">
          {summary.items.map((i) => (
            <li>
              {i.title} — {dateRange(i.startDate, i.endDate, locale)} · {i.jp} JP
            </li>
          ))}
        </ul>
      )}
      <a href={`/staf/pelatihan/kompetensi/${person.id}`}>
        {t("training.competency.of", { name: person.name })}
      </a>
    </section>
  );
}
