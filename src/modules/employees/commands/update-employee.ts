import { eq } from "drizzle-orm";
import { isUniqueViolation } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { CommandContext } from "../../../platform/command-context";
import { forbidden, notFound } from "../../../platform/errors";
import { todayJakarta } from "../../../platform/i18n/format";
import { isUuid } from "../../../platform/identifiers";
import type { AsnType } from "../domain/employee-rules";
import { can } from "../domain/policy";
import { closeOpenHistory, findEmployee, lockEmployee, syncUserNip } from "../employees.repository";
import type { EmployeeUpdateInput } from "../employees.types";
import { employeeHistory, employees } from "../schema";
import { searchTextOf } from "../search-text";
import { rejectIssues } from "./context";
import { auditSnapshot, HISTORY_NOTE } from "./create-employee";
import { checkEmployeeRecord, supervisorChoice } from "./employee-checks";

/** `undefined` keeps the stored value; `null` clears it. */
const pick = <V>(next: V | undefined, current: V): V => (next === undefined ? current : next);

/**
 * Changes an employee (SPEC §3.2). A new position or unit closes the open history row and opens one; a new
 * NIP is copied to the linked account (sign-in by NIP); one audit row holds before and after. Records the
 * actor cannot read answer 404, so their existence is not revealed.
 */
export async function updateEmployee(
  ctx: CommandContext,
  id: string,
  input: EmployeeUpdateInput,
): Promise<void> {
  if (!isUuid(id)) throw notFound("employees.error.notFound");
  try {
    await ctx.deps.db.transaction(async (tx) => {
      await lockEmployee(tx, id);
      const current = await findEmployee(tx, id);
      if (!current || !can(ctx.actor, "read", { unitPath: current.unitPath, employeeId: current.id })) {
        throw notFound("employees.error.notFound");
      }
      if (!can(ctx.actor, "update", { unitPath: current.unitPath })) {
        throw forbidden("employees.error.noWrite");
      }
      const next = {
        asnType: pick(input.asnType, current.asnType as AsnType),
        nip: pick(input.nip, current.nip),
        name: pick(input.name, current.name),
        golongan: pick(input.golongan, current.golongan),
        unitId: pick(input.unitId, current.unitId),
        positionId: pick(input.positionId, current.positionId),
        tmtJabatan: pick(input.tmtJabatan, current.tmtJabatan),
        education: pick(input.education, current.education) || null,
        email: pick(input.email, current.email) || null,
        phone: pick(input.phone, current.phone) || null,
        isActive: pick(input.isActive, current.isActive),
      };
      const moved = next.unitId !== current.unitId || next.positionId !== current.positionId;
      const choice = supervisorChoice(input);
      const { issues, checked } = await checkEmployeeRecord(
        tx,
        ctx.actor,
        {
          ...next,
          // Moving without naming a supervisor: the new unit's head takes over.
          supervisor: choice.kind === "keep" && moved ? { kind: "auto" } : choice,
          currentSupervisorId: current.supervisorId,
          selfId: id,
        },
        ctx.now,
      );
      if (!checked) return rejectIssues(issues);
      const [before] = await tx.select().from(employees).where(eq(employees.id, id));
      const values = {
        ...next,
        nip: checked.info.nip,
        sex: checked.info.sex,
        birthDate: checked.info.birthDate,
        supervisorId: checked.supervisorId,
        searchText: searchTextOf(next.name, checked.info.nip),
      };
      const after = { ...before!, ...values };
      if (JSON.stringify(auditSnapshot(before!)) === JSON.stringify(auditSnapshot(after))) return;
      await tx.update(employees).set(values).where(eq(employees.id, id));
      if (moved) {
        // Half-open periods: a row ends on the day the next one starts.
        const start =
          next.tmtJabatan && next.tmtJabatan !== current.tmtJabatan ? next.tmtJabatan : todayJakarta(ctx.now);
        await closeOpenHistory(tx, id, start);
        await tx.insert(employeeHistory).values({
          employeeId: id,
          positionId: next.positionId,
          unitId: next.unitId,
          golongan: next.golongan,
          startDate: start,
          note: HISTORY_NOTE.moved,
        });
      }
      if (values.nip !== current.nip) await syncUserNip(tx, id, values.nip);
      await audit(tx, ctx.actor, {
        action: "employees.update",
        entity: "employee",
        entityId: id,
        unitPath: checked.unitPath,
        before: auditSnapshot(before!),
        after: auditSnapshot(after),
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) rejectIssues([{ field: "nip", key: "employees.v.nipTaken" }]);
    throw err;
  }
}
