import { todayJakarta } from "../../../platform/i18n/format";
import type { ProfileSectionArgs } from "../../employees";
import { can } from "../domain/policy";
import { jpSummaryFor } from "../queries/jp";
import { findEmployee } from "../training.repository";
import { TrainingProfileSection } from "../views/profile-section";

/**
 * "Pelatihan & JP" on the employee profile (SPEC §3.2), registered with the employees module: loads this
 * year's JP for a person the actor may read, and hands the view plain data.
 */
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
  return <TrainingProfileSection t={t} locale={locale} year={year} person={person} summary={summary} />;
}
