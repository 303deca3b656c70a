import type { Actor, Role } from "../../../platform/auth/actor";
import { hasRole, inScope, scopePaths } from "../../../platform/policy";

/** HR manages training in their unit subtree (SPEC §1: "Admin kepegawaian: training catalogue and sessions"). */
export const MANAGE_ROLES: readonly Role[] = ["admin_kepegawaian"];
/** Who reads training records and dashboards of a unit subtree. */
export const READ_ROLES: readonly Role[] = ["admin_kepegawaian", "pimpinan", "auditor"];

export type TrainingAction =
  | "catalogue.read"
  | "catalogue.manage"
  | "settings.manage"
  | "session.manage"
  | "session.facilitate"
  | "enrolment.request"
  | "enrolment.decide"
  | "enrolment.assign"
  | "enrolment.withdraw"
  | "record.read"
  | "assessment.record"
  | "external.submit"
  | "external.verify"
  | "dashboard.read";

/**
 * What the action is about. `unitPath` is the employee's unit (or the session's organising unit for session
 * actions); `supervisorId` the employee's supervisor; `facilitatorUserId` the session's facilitator account.
 */
export type TrainingResource = {
  unitPath?: string;
  employeeId?: string;
  supervisorId?: string | null;
  facilitatorUserId?: string | null;
};

/**
 * The one policy of the training module (ARCHITECTURE §3.6), pure. "Atasan" is not a role: it is the
 * employee whose id is the subject's `supervisor_id` (SPEC §1). Nobody decides on their own request or
 * verifies their own claim.
 */
export function can(actor: Actor | null, action: TrainingAction, r: TrainingResource = {}): boolean {
  if (!actor) return false;
  const isSelf = !!actor.employeeId && actor.employeeId === r.employeeId;
  const isSupervisor = !!actor.employeeId && !!r.supervisorId && actor.employeeId === r.supervisorId;
  const hrInScope = r.unitPath !== undefined && inScope(actor, MANAGE_ROLES, r.unitPath);
  switch (action) {
    case "catalogue.read":
      return !!actor.employeeId || actor.grants.length > 0;
    case "catalogue.manage":
    case "settings.manage":
      return hasRole(actor, ...MANAGE_ROLES);
    case "session.manage":
      return hrInScope;
    case "session.facilitate":
      return hrInScope || (!!r.facilitatorUserId && r.facilitatorUserId === actor.userId);
    case "enrolment.request":
    case "external.submit":
      return isSelf;
    case "enrolment.decide":
    case "assessment.record":
      return !isSelf && (isSupervisor || hrInScope);
    case "enrolment.assign":
    case "external.verify":
      return !isSelf && hrInScope;
    case "enrolment.withdraw":
      return isSelf || hrInScope;
    case "record.read":
      return isSelf || isSupervisor || (r.unitPath !== undefined && inScope(actor, READ_ROLES, r.unitPath));
    case "dashboard.read":
      return hasRole(actor, ...READ_ROLES);
  }
}

/** Unit paths whose training records the actor reads (dashboards, exports). */
export const readScope = (actor: Actor | null) => scopePaths(actor, READ_ROLES);
/** Unit paths where the actor manages sessions, assignments and verifications. */
export const manageScope = (actor: Actor | null) => scopePaths(actor, MANAGE_ROLES);
export const isManager = (actor: Actor) => hasRole(actor, ...MANAGE_ROLES);
