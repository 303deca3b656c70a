import { describe, expect, it } from "vitest";
import { type Actor, type Role, roles } from "./auth/actor";
import { canPlatform, type PlatformAction } from "./platform-policy";

const actorWith = (role: Role | null): Actor => ({
  userId: "u",
  username: "u",
  displayName: "u",
  employeeId: null,
  locale: "id",
  grants: role ? [{ role, unitId: "x", unitPath: "/x/", unitName: "X" }] : [],
});

// role × action matrix: true = allowed.
const matrix: Record<PlatformAction, Role[]> = {
  "holidays.manage": ["admin_sistem"],
  "settings.manage": ["admin_sistem"],
  "outbox.read": ["admin_sistem"],
  "locks.manage": ["admin_sistem"],
  "audit.read": ["admin_sistem", "auditor"],
  "account.manage": [...roles],
};

describe("platform policy matrix", () => {
  for (const [action, allowed] of Object.entries(matrix) as [PlatformAction, Role[]][]) {
    for (const role of roles) {
      it(`${role} ${allowed.includes(role) ? "may" : "may not"} ${action}`, () => {
        expect(canPlatform(actorWith(role), action)).toBe(allowed.includes(role));
      });
    }
    it(`nobody signed out may ${action}`, () => expect(canPlatform(null, action)).toBe(false));
  }
});
