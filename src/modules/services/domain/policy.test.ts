import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../../../platform/auth/actor";
import { can, capacitiesOf, type ServiceAction } from "./policy";

const MM = "/mm/";
const PATEN = "/mm/paten/";
const TERJUN = "/mm/terjun/";
const PAYAPASIR = "/mm/payapasir/";

const actor = (role: Role, unitPath: string): Actor => ({
  userId: `${role}-${unitPath}`,
  username: role,
  displayName: role,
  employeeId: null,
  grants: [{ role, unitId: unitPath, unitPath, unitName: unitPath }],
  locale: "id",
});

const petugasPaten = actor("petugas", PATEN);
const petugasTerjun = actor("petugas", TERJUN);
const lurahTerjun = actor("pimpinan", TERJUN);
const camat = actor("pimpinan", MM);
const auditor = actor("auditor", MM);
const admin = actor("admin_sistem", MM);

const terjunRequest = { unitPath: TERJUN, currentUnitPath: TERJUN };
const terjunEscalated = { unitPath: TERJUN, currentUnitPath: PATEN };
const payaPasirRequest = { unitPath: PAYAPASIR, currentUnitPath: PAYAPASIR };

describe("services policy matrix (SPEC §1)", () => {
  const cases: [string, Actor | null, ServiceAction, typeof terjunRequest, boolean][] = [
    ["citizen without login reads nothing", null, "read", terjunRequest, false],
    ["petugas Terjun reads Terjun", petugasTerjun, "read", terjunRequest, true],
    ["petugas Terjun cannot read Paya Pasir", petugasTerjun, "read", payaPasirRequest, false],
    ["petugas Terjun acts on Terjun", petugasTerjun, "act", terjunRequest, true],
    ["petugas Terjun cannot act on Paya Pasir", petugasTerjun, "act", payaPasirRequest, false],
    [
      "petugas Terjun still reads its letter gone up to the camat",
      petugasTerjun,
      "read",
      terjunEscalated,
      true,
    ],
    ["petugas Terjun cannot act on it there", petugasTerjun, "act", terjunEscalated, false],
    ["petugas PATEN cannot read kelurahan letters", petugasPaten, "read", terjunRequest, false],
    ["petugas PATEN reads escalated letters", petugasPaten, "read", terjunEscalated, true],
    ["petugas never signs", petugasTerjun, "sign", terjunRequest, false],
    ["lurah signs in the kelurahan", lurahTerjun, "sign", terjunRequest, true],
    ["lurah cannot sign for the camat", lurahTerjun, "sign", terjunEscalated, false],
    ["lurah cannot sign Paya Pasir", lurahTerjun, "sign", payaPasirRequest, false],
    ["camat signs everywhere", camat, "sign", terjunEscalated, true],
    ["lurah revokes own documents", lurahTerjun, "revoke", terjunRequest, true],
    ["petugas cannot revoke", petugasTerjun, "revoke", terjunRequest, false],
    ["auditor reads", auditor, "read", payaPasirRequest, true],
    ["auditor never acts", auditor, "act", payaPasirRequest, false],
    ["admin sistem does not read citizens' requests", admin, "read", terjunRequest, false],
    ["admin sistem edits the catalogue", admin, "catalogue.edit", terjunRequest, true],
    ["camat does not edit the catalogue", camat, "catalogue.edit", terjunRequest, false],
    ["lurah edits own maklumat", lurahTerjun, "maklumat.edit", terjunRequest, true],
    ["lurah cannot edit another maklumat", lurahTerjun, "maklumat.edit", payaPasirRequest, false],
    ["petugas files for a walk-in citizen", petugasPaten, "file", terjunRequest, true],
    ["auditor cannot file", auditor, "file", terjunRequest, false],
    ["petugas sees the queue", petugasPaten, "queue", terjunRequest, true],
    ["admin sistem has no queue", admin, "queue", terjunRequest, false],
  ];
  it.each(cases)("%s", (_name, who, action, resource, expected) =>
    expect(can(who, action, resource)).toBe(expected),
  );

  it("gives capacities for the workflow", () => {
    expect(capacitiesOf(petugasTerjun, terjunRequest)).toEqual(["petugas"]);
    expect(capacitiesOf(lurahTerjun, terjunRequest)).toEqual(["petugas", "penandatangan"]);
    expect(capacitiesOf(petugasTerjun, payaPasirRequest)).toEqual([]);
    expect(capacitiesOf(null, terjunRequest)).toEqual([]);
  });
});
