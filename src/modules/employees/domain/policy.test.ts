import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../../../platform/auth/actor";
import { can, type EmployeeAction } from "./policy";

const MM = "/mm/";
const TERJUN = "/mm/terjun/";
const PAYA = "/mm/paya/";

const actor = (grants: [Role, string][], employeeId: string | null = null): Actor => ({
  userId: "u",
  username: "u",
  displayName: "u",
  employeeId,
  grants: grants.map(([role, unitPath]) => ({ role, unitId: unitPath, unitPath, unitName: unitPath })),
  locale: "id",
});

const actors: Record<string, Actor | null> = {
  "kepegawaian@MM": actor([["admin_kepegawaian", MM]]),
  "kepegawaian@Terjun": actor([["admin_kepegawaian", TERJUN]]),
  "pimpinan@Terjun": actor([["pimpinan", TERJUN]]),
  "auditor@MM": actor([["auditor", MM]]),
  "admin_sistem@MM": actor([["admin_sistem", MM]]),
  "petugas@Terjun(self=e-self)": actor([["petugas", TERJUN]], "e-self"),
  anonymous: null,
};

// Resources: a Terjun employee, a Paya Pasir employee, the petugas's own record (in Terjun).
const resources = {
  terjun: { unitPath: TERJUN, employeeId: "e-terjun" },
  paya: { unitPath: PAYA, employeeId: "e-paya" },
  self: { unitPath: TERJUN, employeeId: "e-self" },
};

// Expected answers: r = read terjun/paya/self, c = create in terjun/paya, u = update terjun/paya,
// m = move a Terjun employee to Paya Pasir, l = list/export, i = import.
const Y = true;
const N = false;
const matrix: Record<
  string,
  { r: boolean[]; c: boolean[]; u: boolean[]; m: boolean; l: boolean; i: boolean }
> = {
  "kepegawaian@MM": { r: [Y, Y, Y], c: [Y, Y], u: [Y, Y], m: Y, l: Y, i: Y },
  "kepegawaian@Terjun": { r: [Y, N, Y], c: [Y, N], u: [Y, N], m: N, l: Y, i: Y },
  "pimpinan@Terjun": { r: [Y, N, Y], c: [N, N], u: [N, N], m: N, l: Y, i: N },
  "auditor@MM": { r: [Y, Y, Y], c: [N, N], u: [N, N], m: N, l: Y, i: N },
  "admin_sistem@MM": { r: [Y, Y, Y], c: [N, N], u: [N, N], m: N, l: Y, i: N },
  "petugas@Terjun(self=e-self)": { r: [N, N, Y], c: [N, N], u: [N, N], m: N, l: Y, i: N },
  anonymous: { r: [N, N, N], c: [N, N], u: [N, N], m: N, l: N, i: N },
};

describe("employees policy: role × action × scope", () => {
  for (const [name, expected] of Object.entries(matrix)) {
    const a = actors[name]!;
    it(name, () => {
      const got = {
        r: [resources.terjun, resources.paya, resources.self].map((r) => can(a, "read", r)),
        c: [TERJUN, PAYA].map((p) => can(a, "create", { unitPath: p })),
        u: [TERJUN, PAYA].map((p) => can(a, "update", { unitPath: p })),
        m: can(a, "update", { unitPath: TERJUN, newUnitPath: PAYA }),
        l: (["list", "export"] as EmployeeAction[]).every((x) => can(a, x)),
        i: can(a, "import"),
      };
      expect(got).toEqual(expected);
    });
  }

  it("a petugas can read their own record but not edit it", () => {
    const petugas = actors["petugas@Terjun(self=e-self)"]!;
    expect(can(petugas, "read", resources.self)).toBe(true);
    expect(can(petugas, "update", resources.self)).toBe(false);
  });

  it("a resource without a unit path is never readable through a scope", () => {
    expect(can(actors["kepegawaian@MM"]!, "read", {})).toBe(false);
    expect(can(actors["kepegawaian@MM"]!, "create", {})).toBe(false);
  });
});
