import type { Executor } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { notFound } from "../../../platform/errors";
import { isUuid } from "../../../platform/identifiers";
import { type AsnType, parseAsnNumber } from "../domain/employee-rules";

import { can } from "../domain/policy";
import { type EmployeeDetailRow, findEmployee, historyOf, subordinatesOf } from "../employees.repository";

/** One employee the actor may read, or 404 — also for records outside their scope (ARCHITECTURE §4). */
export async function getEmployee(db: Executor, actor: Actor, id: string): Promise<EmployeeDetailRow> {
  const row = isUuid(id) ? await findEmployee(db, id) : null;
  if (!row || !can(actor, "read", { unitPath: row.unitPath, employeeId: row.id })) {
    throw notFound("employees.error.notFound");
  }
  return row;
}

/** Everything the profile page shows that this module owns (SPEC §3.2). */
export async function getEmployeeProfile(db: Executor, actor: Actor, id: string, now: Date) {
  const employee = await getEmployee(db, actor, id);
  const [history, subordinates] = await Promise.all([historyOf(db, id), subordinatesOf(db, id)]);
  const parsed = parseAsnNumber(employee.asnType as AsnType, employee.nip, now);
  return {
    employee,
    numberInfo: parsed.ok ? parsed.value : null,
    history,
    subordinates: subordinates.map((s) => ({
      ...s,
      isReadable: can(actor, "read", { unitPath: s.unitPath, employeeId: s.id }),
    })),
    isSupervisorReadable:
      !!employee.supervisorId &&
      can(actor, "read", { unitPath: employee.supervisorUnitPath ?? "", employeeId: employee.supervisorId }),
    canEdit: can(actor, "update", { unitPath: employee.unitPath }),
  };
}
