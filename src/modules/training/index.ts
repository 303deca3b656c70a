import type { Actor } from "../../platform/auth/actor";
import { addMessages } from "../../platform/i18n";
import { registerJob } from "../../platform/jobs/jobs";
import type { AppModule } from "../../platform/module";
import { registerNav } from "../../platform/nav/nav";
import { hasSubordinates, registerProfileSection } from "../employees";
import { sendJpReminders, sendSessionReminders } from "./commands/send-reminders";
import { can, isManager } from "./domain/policy";
import { registerTrainingApi } from "./http/api";
import { trainingPages } from "./http/pages";
import { renderTrainingProfile } from "./http/profile-section";
import { trainingMessages } from "./messages";
import { seedTrainingDemo, seedTrainingReference } from "./seed/insert";

addMessages(trainingMessages);

registerNav(
  {
    href: "/staf/pelatihan",
    labelKey: "training.nav.my",
    order: 30,
    isVisible: (a: Actor) => !!a.employeeId,
  },
  {
    href: "/staf/pelatihan/persetujuan",
    labelKey: "training.nav.approvals",
    order: 31,
    isVisible: async (a: Actor, db) =>
      isManager(a) || (!!a.employeeId && (await hasSubordinates(db, a.employeeId))),
  },
  {
    href: "/staf/pelatihan/kelola",
    labelKey: "training.nav.manage",
    order: 32,
    isVisible: (a: Actor) => can(a, "dashboard.read"),
  },
);

registerProfileSection({ key: "training.jp", slot: "training", order: 10, render: renderTrainingProfile });

// Reminders are checked hourly; notice keys make each one go out once (per month, per session).
registerJob("training.jp-reminders", async (deps) => void (await sendJpReminders(deps)), 3600);
registerJob("training.session-reminders", async (deps) => void (await sendSessionReminders(deps)), 3600);

export const trainingModule: AppModule = {
  name: "training",
  pages: trainingPages,
  registerApi: registerTrainingApi,
  seedReference: seedTrainingReference,
  seedDemo: seedTrainingDemo,
};

export type { Suggestion } from "./domain/recommend";
/** For the employee profile ("Pelatihan & JP", SPEC §3.2) and other modules. */
export { type JpSummary, jpSummaryFor } from "./queries/jp";
/** Extension point for course recommendations from IKM, complaints and performance (SPEC §3.3). */
export {
  type RecommendationSource,
  recommendFor,
  registerRecommendationSource,
} from "./queries/recommendations";
