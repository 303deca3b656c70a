import type { AsnType } from "./domain/employee-rules";
import type { EmployeeDetailRow } from "./employees.repository";
import type { EmployeeListRow } from "./queries/find-employees";
import type { PositionItem, UnitItem } from "./queries/org-lists";

/** Rows → API shapes: named fields only, so a new column never leaks (ARCHITECTURE §2). */
export const presentListItem = (r: EmployeeListRow) => ({
  id: r.id,
  nip: r.nip,
  name: r.name,
  asnType: r.asnType as AsnType,
  golongan: r.golongan,
  unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
  position: r.positionId ? { id: r.positionId, name: r.positionName ?? "" } : null,
  isActive: r.isActive,
});

export const presentEmployee = (r: EmployeeDetailRow) => ({
  id: r.id,
  nip: r.nip,
  name: r.name,
  asnType: r.asnType as AsnType,
  sex: r.sex as "L" | "P",
  birthDate: r.birthDate,
  golongan: r.golongan,
  unit: { id: r.unitId, code: r.unitCode, name: r.unitName },
  position: r.positionId
    ? { id: r.positionId, name: r.positionName ?? "", kind: r.positionKind ?? "" }
    : null,
  supervisor: r.supervisorId
    ? { id: r.supervisorId, nip: r.supervisorNip ?? "", name: r.supervisorName ?? "" }
    : null,
  tmtJabatan: r.tmtJabatan,
  education: r.education,
  email: r.email,
  phone: r.phone,
  isActive: r.isActive,
  updatedAt: r.updatedAt.toISOString(),
});

export const presentUnit = (u: UnitItem) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  depth: u.depth,
});

export const presentPosition = (p: PositionItem) => ({
  id: p.id,
  code: p.code,
  name: p.name,
  kind: p.kind,
  unitId: p.unitId,
  isHead: p.isHead,
});
