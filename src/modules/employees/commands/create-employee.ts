import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "../../../db/client";
import { audit } from "../../../platform/audit/audit";
import type { CommandContext } from "../../../platform/command-context";
import { forbidden } from "../../../platform/errors";
import { todayJakarta } from "../../../platform/i18n/format";
import { hasWriteRole } from "../domain/policy";
import type { EmployeeCreateInput } from "../employees.types";
import { employeeHistory, employees } from "../schema";
import { searchTextOf } from "../search-text";
import { rejectIssues } from "./context";
import { checkEmployeeRecord, supervisorChoice } from "./employee-checks";

/** History notes are data (stored in Indonesian, like the seed's "Data awal"), not interface text. */
export const HISTORY_NOTE = { created: "Data baru", moved: "Mutasi jabatan/unit", imported: "Impor data" };

/** The audited view of an employee (no derived search column). */
export const auditSnapshot = (e: typeof employees.$inferSelect | typeof employees.$inferInsert) => ({
  nip: e.nip,
  asnType: e.asnType,
  name: e.name,
  sex: e.sex,
  birthDate: e.birthDate,
  golongan: e.golongan ?? null,
  unitId: e.unitId,
  positionId: e.positionId ?? null,
  supervisorId: e.supervisorId ?? null,
  tmtJabatan: e.tmtJabatan ?? null,
  education: e.education ?? null,
  email: e.email ?? null,
  phone: e.phone ?? null,
  isActive: e.isActive ?? true,
});

/**
 * Adds one ASN to the register (SPEC §3.2). Birth date and sex come from the NIP/NI PPPK; the supervisor
 * defaults to the head of the unit. Employee, first history row and audit row commit together.
 */
export async function createEmployee(ctx: CommandContext, input: EmployeeCreateInput): Promise<string> {
  if (!hasWriteRole(ctx.actor)) throw forbidden("employees.error.noWrite");
  const choice = supervisorChoice(input);
  try {
    return await ctx.deps.db.transaction(async (tx) => {
      const { issues, checked } = await checkEmployeeRecord(
        tx,
        ctx.actor,
        {
          asnType: input.asnType,
          nip: input.nip,
          golongan: input.golongan ?? null,
          tmtJabatan: input.tmtJabatan ?? null,
          unitId: input.unitId,
          positionId: input.positionId ?? null,
          // Not named: the head of the unit, from the org tree (SPEC §1).
          supervisor: choice.kind === "keep" ? { kind: "auto" } : choice,
          currentSupervisorId: null,
        },
        ctx.now,
      );
      if (!checked) return rejectIssues(issues);
      const { info } = checked;
      const row = {
        id: randomUUID(),
        nip: info.nip,
        asnType: input.asnType,
        name: input.name,
        sex: info.sex,
        birthDate: info.birthDate,
        golongan: input.golongan ?? null,
        unitId: input.unitId,
        positionId: input.positionId ?? null,
        supervisorId: checked.supervisorId,
        tmtJabatan: input.tmtJabatan ?? null,
        education: input.education || null,
        email: input.email || null,
        phone: input.phone || null,
        isActive: input.isActive ?? true,
        searchText: searchTextOf(input.name, info.nip),
      };
      await tx.insert(employees).values(row);
      await tx.insert(employeeHistory).values({
        employeeId: row.id,
        positionId: row.positionId,
        unitId: row.unitId,
        golongan: row.golongan,
        startDate: row.tmtJabatan ?? todayJakarta(ctx.now),
        note: HISTORY_NOTE.created,
      });
      await audit(tx, ctx.actor, {
        action: "employees.create",
        entity: "employee",
        entityId: row.id,
        unitPath: checked.unitPath,
        after: auditSnapshot(row),
      });
      return row.id;
    });
  } catch (err) {
    // Two requests racing for one NIP: the unique index decides, the loser gets the same 409.
    if (isUniqueViolation(err)) rejectIssues([{ field: "nip", key: "employees.v.nipTaken" }]);
    throw err;
  }
}
