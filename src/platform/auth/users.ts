import type { Executor } from "../../db/client";
import type { Role } from "./actor";
import { hashPassword } from "./password";
import { userRoles, users } from "./schema";

export type NewUser = {
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  employeeId?: string | null;
  nip?: string | null;
  isDemo?: boolean;
  grants: { role: Role; unitId: string }[];
};

/** Creates a staff account with its scoped roles (used by the CLI, admin pages and demo data). */
export async function createUser(tx: Executor, input: NewUser): Promise<string> {
  const [row] = await tx
    .insert(users)
    .values({
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
      email: input.email ?? null,
      employeeId: input.employeeId ?? null,
      nip: input.nip ?? null,
      isDemo: input.isDemo ?? false,
    })
    .returning({ id: users.id });
  if (input.grants.length) {
    await tx
      .insert(userRoles)
      .values(input.grants.map((g) => ({ userId: row!.id, role: g.role, unitId: g.unitId })));
  }
  return row!.id;
}
