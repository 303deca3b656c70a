import type { Locale, T } from "../../../platform/i18n";
import type { JpSummary } from "../queries/jp";
import { dateRange, JpProgress } from "./components";

/** "Pelatihan & JP" on the employee profile (SPEC §3.2): this year's JP against the target, and the items. */
export function TrainingProfileSection(props: {
  t: T;
  locale: Locale;
  year: number;
  person: { id: string; name: string };
  summary: JpSummary;
}) {
  const { t, locale, year, person, summary } = props;
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
