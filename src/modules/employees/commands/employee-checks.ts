import type { Executor } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { type FieldIssue, issue } from "../../../platform/errors";
import { type AsnNumberInfo, checkEmployeeCore, type EmployeeCore } from "../domain/employee-rules";
import { can } from "../domain/policy";
import { defaultSupervisor } from "../domain/supervisor";
import {
  findEmployeeBasic,
  findEmployeeIdByNip,
  findPosition,
  findUnit,
  loadOrgSnapshot,
  supervisorChainReaches,
} from "../employees.repository";

/** How the supervisor is chosen: unchanged, derived from the org tree, or named by id or NIP. */
export type SupervisorChoice =
  | { kind: "keep" }
  | { kind: "auto" }
  | { kind: "id"; id: string }
  | { kind: "nip"; nip: string };

export function supervisorChoice(input: {
  supervisorId?: string | null;
  supervisorNip?: string | null;
}): SupervisorChoice {
  if (input.supervisorId) return { kind: "id", id: input.supervisorId };
  if (input.supervisorNip) return { kind: "nip", nip: input.supervisorNip };
  if (input.supervisorId === null || input.supervisorNip === null) return { kind: "auto" };
  return { kind: "keep" };
}

export type RecordToCheck = EmployeeCore & {
  unitId: string;
  positionId: string | null;
  supervisor: SupervisorChoice;
  /** The current supervisor (update) for "keep". */
  currentSupervisorId: string | null;
  /** The employee being edited (update); absent on create. */
  selfId?: string;
};

export type CheckedRecord = {
  info: AsnNumberInfo;
  unitPath: string;
  supervisorId: string | null;
};

/**
 * Every rule of one employee record, the pure ones and those that need the database, collected together so
 * a form shows all problems at once: NIP for the ASN type, golongan, unit exists and is in the actor's
 * scope, position belongs to the unit, supervisor exists, is active and closes no cycle, NIP not taken.
 */
export async function checkEmployeeRecord(
  tx: Executor,
  actor: Actor,
  rec: RecordToCheck,
  now: Date,
): Promise<{ issues: FieldIssue[]; checked: CheckedRecord | null }> {
  const { issues, info } = checkEmployeeCore(rec, now);

  const unit = await findUnit(tx, rec.unitId);
  if (!unit) issues.push(issue("unitId", "employees.v.unitUnknown"));
  else if (!can(actor, "create", { unitPath: unit.path })) {
    issues.push(issue("unitId", "employees.v.unitOutOfScope"));
  }

  let isHead = false;
  if (rec.positionId) {
    const position = await findPosition(tx, rec.positionId);
    if (!position) issues.push(issue("positionId", "employees.v.positionUnknown"));
    else if (position.unitId !== rec.unitId)
      issues.push(issue("positionId", "employees.v.positionOtherUnit"));
    else isHead = position.isHead;
  }

  let supervisorId: string | null = null;
  const choice = rec.supervisor;
  if (choice.kind === "keep") supervisorId = rec.currentSupervisorId;
  else if (choice.kind === "id" || choice.kind === "nip") {
    const field = choice.kind === "id" ? "supervisorId" : "supervisorNip";
    const found =
      choice.kind === "id"
        ? await findEmployeeBasic(tx, choice.id)
        : await findEmployeeIdByNip(tx, choice.nip);
    if (!found) issues.push(issue(field, "employees.v.supervisorUnknown"));
    else if (found.id === rec.selfId) issues.push(issue(field, "employees.v.supervisorSelf"));
    else if (!found.isActive) issues.push(issue(field, "employees.v.supervisorInactive"));
    else if (rec.selfId && (await supervisorChainReaches(tx, found.id, rec.selfId))) {
      issues.push(issue(field, "employees.v.supervisorCycle"));
    } else supervisorId = found.id;
  } else if (unit) {
    const derived = defaultSupervisor(await loadOrgSnapshot(tx), unit.id, isHead, rec.selfId);
    // A derived supervisor never creates a cycle with the tree, but explicit choices elsewhere might.
    supervisorId =
      derived && rec.selfId && (await supervisorChainReaches(tx, derived, rec.selfId)) ? null : derived;
  }

  if (info) {
    const holder = await findEmployeeIdByNip(tx, info.nip);
    if (holder && holder.id !== rec.selfId) issues.push(issue("nip", "employees.v.nipTaken"));
  }

  if (issues.length > 0 || !info || !unit) return { issues, checked: null };
  return { issues, checked: { info, unitPath: unit.path, supervisorId } };
}
