import type { Locale } from "../i18n";

export const roles = ["admin_sistem", "admin_kepegawaian", "pimpinan", "petugas", "auditor"] as const;
export type Role = (typeof roles)[number];

/** A role held over a unit subtree; `unitPath` is the unit's materialised path ("/a/b/"). */
export type RoleGrant = { role: Role; unitId: string; unitPath: string; unitName: string };

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
