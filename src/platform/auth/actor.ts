import type { Locale } from "../i18n";

export const roles = ["admin_sistem", "admin_kepegawaian", "pimpinan", "petugas", "auditor"] as const;
export type Role = (typeof roles)[number];

/** A role held over a unit subtree; `unitPath` is the unit's materialised path ("/a/b/"). */
export type RoleGrant = {
  role: Role;
  unitId: string;
  unitPath: string;
  unitName: string;
  /**
   * Every unit lies in this grant's subtree (a grant over the kecamatan itself), as found when the actor was
   * loaded: lets a listing skip resolving the scope to unit ids. Absent means "not known", never "no".
   */
  wholeOrganisation?: boolean;
};

/** Who is acting. Commands and queries receive it explicitly; they never see the HTTP context. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  employeeId: string | null;
  grants: RoleGrant[];
  locale: Locale;
  ip?: string;
};

/** The actor for the system itself (jobs, seeding, CLI). */
export const systemActor: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  username: "sistem",
  displayName: "Sistem",
  employeeId: null,
  grants: [],
  locale: "id",
};
