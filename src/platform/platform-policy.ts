import type { Actor } from "./auth/actor";
import { hasRole } from "./policy";

/**
 * Who may use the platform's own pages (SPEC §1). Holidays, settings and the outbox are system
 * administration; the audit log is for auditors and admins; every signed-in user manages their own account.
 */
export type PlatformAction =
  | "holidays.manage"
  | "settings.manage"
  | "audit.read"
  | "outbox.read"
  | "locks.manage"
  | "account.manage";

export function canPlatform(actor: Actor | null, action: PlatformAction): boolean {
  if (!actor) return false;
  switch (action) {
    case "holidays.manage":
    case "settings.manage":
    case "outbox.read":
    case "locks.manage":
      return hasRole(actor, "admin_sistem");
    case "audit.read":
      return hasRole(actor, "admin_sistem", "auditor");
    case "account.manage":
      return true;
  }
}
