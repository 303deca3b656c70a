import type { Actor, Role } from "../../../platform/auth/actor";
import { hasRole, inScope, scopePaths } from "../../../platform/policy";

/** Who may read the ASN register of a unit subtree (SPEC §1). */
export const READ_ROLES: readonly Role[] = ["admin_kepegawaian", "pimpinan", "auditor", "admin_sistem"];
/** Who may change it: HR staff only (SPEC §1, "Admin kepegawaian: employees, units, positions"). */
export const WRITE_ROLES: readonly Role[] = ["admin_kepegawaian"];

export type EmployeeAction = "list" | "read" | "create" | "update" | "import" | "export";

/** The record an action is about: its unit path, the employee (if any), and for a move, the target unit. */
export type EmployeeResource = {
  unitPath?: string;
  employeeId?: string;
  /** update: the unit the employee moves to. */
  newUnitPath?: string;
};

/**
 * The one policy of the employees module (ARCHITECTURE §3.6), pure:
 * - read: the read roles within their unit subtree; anyone may read their own record;
 * - list/export: whoever can read something (the query then limits rows to what they can read);
 * - create/update: admin kepegawaian in scope, and a moved employee's new unit must be in scope too;
 * - import: admin kepegawaian (each row's unit is then checked against the scope).
 * Callers answer 404 rather than 403 when `read` is refused, so existence is not revealed.
 */
export function can(actor: Actor | null, action: EmployeeAction, resource: EmployeeResource = {}): boolean {
  if (!actor) return false;
  const isSelf = !!actor.employeeId && actor.employeeId === resource.employeeId;
  switch (action) {
    case "read":
      return isSelf || (resource.unitPath !== undefined && inScope(actor, READ_ROLES, resource.unitPath));
    case "list":
    case "export":
      return !!actor.employeeId || hasRole(actor, ...READ_ROLES);
    case "create":
      return resource.unitPath !== undefined && inScope(actor, WRITE_ROLES, resource.unitPath);
    case "update":
      return (
        resource.unitPath !== undefined &&
        inScope(actor, WRITE_ROLES, resource.unitPath) &&
        (resource.newUnitPath === undefined || inScope(actor, WRITE_ROLES, resource.newUnitPath))
      );
    case "import":
      return hasWriteRole(actor);
  }
}

export const hasWriteRole = (actor: Actor | null) => hasRole(actor, ...WRITE_ROLES);

/** Unit paths whose employees the actor may read (for SQL filters). */
export const readScope = (actor: Actor | null) => scopePaths(actor, READ_ROLES);
/** Unit paths where the actor may create and edit employees. */
export const writeScope = (actor: Actor | null) => scopePaths(actor, WRITE_ROLES);
/** Who sees the register in the staff menu. */
export const seesRegister = (actor: Actor) => hasRole(actor, ...READ_ROLES);
