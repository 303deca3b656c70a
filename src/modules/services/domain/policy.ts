import type { Actor, Role } from "../../../platform/auth/actor";
import { hasRole, inScope, scopePaths } from "../../../platform/policy";
import type { Capacity } from "./workflow";

/**
 * Who may do what with public services (SPEC §1, §3.4). Scope is a unit subtree: a request belongs to its
 * office's unit (`unitPath`) and is worked where it is now (`currentUnitPath`, the kecamatan once a kelurahan
 * letter goes up to the camat). Admin sistem runs the catalogue but does not read citizens' requests.
 */
export const READ_ROLES: readonly Role[] = ["petugas", "pimpinan", "auditor"];
export const WORK_ROLES: readonly Role[] = ["petugas", "pimpinan"];
export const SIGN_ROLES: readonly Role[] = ["pimpinan"];

export type ServiceAction =
  | "queue"
  | "read"
  | "act"
  | "sign"
  | "file"
  | "revoke"
  | "catalogue.edit"
  | "maklumat.edit"
  | "umkm.read";

export type ServiceResource = { unitPath?: string; currentUnitPath?: string };

export function can(actor: Actor | null, action: ServiceAction, r: ServiceResource = {}): boolean {
  if (!actor) return false;
  const at = (roles: readonly Role[], path?: string) => path !== undefined && inScope(actor, roles, path);
  switch (action) {
    case "queue":
    case "umkm.read":
      return hasRole(actor, ...READ_ROLES);
    case "read":
      return at(READ_ROLES, r.unitPath) || at(READ_ROLES, r.currentUnitPath);
    case "act":
      return at(WORK_ROLES, r.currentUnitPath);
    case "sign":
      return at(SIGN_ROLES, r.currentUnitPath);
    case "file":
      return hasRole(actor, ...WORK_ROLES);
    case "revoke":
      return at(SIGN_ROLES, r.unitPath) || at(SIGN_ROLES, r.currentUnitPath);
    case "catalogue.edit":
      return hasRole(actor, "admin_sistem");
    case "maklumat.edit":
      return hasRole(actor, "admin_sistem") || at(SIGN_ROLES, r.unitPath);
  }
}

/** The workflow capacities a staff actor has on a request (see domain/workflow.ts). */
export function capacitiesOf(actor: Actor | null, r: ServiceResource): Capacity[] {
  const out: Capacity[] = [];
  if (can(actor, "act", r)) out.push("petugas");
  if (can(actor, "sign", r)) out.push("penandatangan");
  return out;
}

/** Unit paths whose requests the actor may read (SQL filter on unit_path or current_unit_path). */
export const readScope = (actor: Actor | null) => scopePaths(actor, READ_ROLES);
