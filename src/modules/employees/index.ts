import { addMessages } from "../../platform/i18n";
import { registerJob } from "../../platform/jobs/jobs";
import type { AppModule } from "../../platform/module";
import { registerNav } from "../../platform/nav/nav";
import { allCommitsDone } from "./commands/commit-import";
import { pruneImports } from "./commands/prune-imports";
import { seesRegister } from "./domain/policy";
import { registerEmployeesApi } from "./http/api";
import { employeePages } from "./http/pages";
import { employeeMessages } from "./messages";
import { seedDemoEmployees, seedOrg } from "./seed/insert";

addMessages(employeeMessages);

registerNav(
  { href: "/staf/pegawai", labelKey: "employees.nav", order: 10, isVisible: seesRegister },
  { href: "/staf/profil", labelKey: "employees.nav.profile", order: 95, isVisible: (a) => !!a.employeeId },
);

registerJob("employees.prune-imports", async (deps) => pruneImports(deps.db, deps.now()), 24 * 3600);

export const employeesModule: AppModule = {
  name: "employees",
  pages: employeePages,
  registerApi: registerEmployeesApi,
  seedReference: seedOrg,
  seedDemo: seedDemoEmployees,
  // Nothing runs in the background except import commits; shutdown waits for them.
  startWorkers: () => allCommitsDone,
};

// What other modules may use (ARCHITECTURE §3.1: modules talk only through index.ts).
export { can as canOnEmployee, READ_ROLES as EMPLOYEE_READ_ROLES } from "./domain/policy";
export { hasSubordinates } from "./employees.repository";
export {
  type ProfileSection,
  type ProfileSectionArgs,
  type ProfileSlot,
  registerProfileSection,
} from "./profile-sections";
/** The register's tables, for other modules' joins and foreign keys (read-only use: writes go through commands). */
export { employees, positions } from "./schema";
export { DEMO_PASSWORD } from "./seed/insert";
