import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../../../platform/auth/actor";
import { can, type TrainingAction, type TrainingResource } from "./policy";

const ROOT = "/mm/";
const PATEN = "/mm/paten/";
const TERJUN = "/mm/terjun/";
const actor = (employeeId: string | null, grants: [Role, string][] = []): Actor => ({
  userId: `u-${employeeId ?? grants.map((g) => g[0]).join("-")}`,
  username: "x",
  displayName: "x",
  employeeId,
  grants: grants.map(([role, unitPath]) => ({ role, unitId: unitPath, unitPath, unitName: unitPath })),
  locale: "id",
});

const rina = actor("rina");
const syahrul = actor("syahrul", [["petugas", PATEN]]);
const kepegawaian = actor("dewi", [["admin_kepegawaian", ROOT]]);
const hrTerjun = actor("hr-terjun", [["admin_kepegawaian", TERJUN]]);
const camat = actor("camat", [["pimpinan", ROOT]]);
const auditor = actor(null, [["auditor", ROOT]]);
const stranger = actor("fadli", [["petugas", TERJUN]]);

const rinaRecord: TrainingResource = { employeeId: "rina", supervisorId: "syahrul", unitPath: PATEN };
const dewiRecord: TrainingResource = { employeeId: "dewi", supervisorId: "kasubbag", unitPath: "/mm/umpeg/" };
const session: TrainingResource = { unitPath: ROOT, facilitatorUserId: "u-fadli" };

// [who, action, resource, allowed]
const matrix: [string, Actor | null, TrainingAction, TrainingResource, boolean][] = [
  ["nobody", null, "catalogue.read", {}, false],
  ["an ASN", rina, "catalogue.read", {}, true],
  ["an ASN", rina, "catalogue.manage", {}, false],
  ["HR", kepegawaian, "catalogue.manage", {}, true],
  ["the camat", camat, "catalogue.manage", {}, false],
  ["HR", kepegawaian, "settings.manage", {}, true],
  ["an ASN", rina, "settings.manage", {}, false],
  ["HR", kepegawaian, "session.manage", session, true],
  ["HR of a kelurahan", hrTerjun, "session.manage", session, false],
  ["the facilitator", stranger, "session.facilitate", session, true],
  ["an ASN", rina, "session.facilitate", session, false],
  ["HR", kepegawaian, "session.facilitate", session, true],
  ["the ASN herself", rina, "enrolment.request", rinaRecord, true],
  ["her supervisor", syahrul, "enrolment.request", rinaRecord, false],
  ["her supervisor", syahrul, "enrolment.decide", rinaRecord, true],
  ["another supervisor", stranger, "enrolment.decide", rinaRecord, false],
  ["the ASN herself", rina, "enrolment.decide", rinaRecord, false],
  ["HR in scope", kepegawaian, "enrolment.decide", rinaRecord, true],
  ["HR out of scope", hrTerjun, "enrolment.decide", rinaRecord, false],
  ["HR on her own request", kepegawaian, "enrolment.decide", dewiRecord, false],
  ["the camat", camat, "enrolment.decide", rinaRecord, false],
  ["HR in scope", kepegawaian, "enrolment.assign", rinaRecord, true],
  ["her supervisor", syahrul, "enrolment.assign", rinaRecord, false],
  ["HR out of scope", hrTerjun, "enrolment.assign", rinaRecord, false],
  ["the ASN herself", rina, "enrolment.withdraw", rinaRecord, true],
  ["HR in scope", kepegawaian, "enrolment.withdraw", rinaRecord, true],
  ["her supervisor", syahrul, "enrolment.withdraw", rinaRecord, false],
  ["the ASN herself", rina, "record.read", rinaRecord, true],
  ["her supervisor", syahrul, "record.read", rinaRecord, true],
  ["the camat", camat, "record.read", rinaRecord, true],
  ["the auditor", auditor, "record.read", rinaRecord, true],
  ["another ASN", stranger, "record.read", rinaRecord, false],
  ["HR out of scope", hrTerjun, "record.read", rinaRecord, false],
  ["her supervisor", syahrul, "assessment.record", rinaRecord, true],
  ["HR in scope", kepegawaian, "assessment.record", rinaRecord, true],
  ["the ASN herself", rina, "assessment.record", rinaRecord, false],
  ["another ASN", stranger, "assessment.record", rinaRecord, false],
  ["the ASN herself", rina, "external.submit", rinaRecord, true],
  ["HR for someone else", kepegawaian, "external.submit", rinaRecord, false],
  ["HR in scope", kepegawaian, "external.verify", rinaRecord, true],
  ["HR on her own claim", kepegawaian, "external.verify", dewiRecord, false],
  ["her supervisor", syahrul, "external.verify", rinaRecord, false],
  ["HR", kepegawaian, "dashboard.read", {}, true],
  ["the camat", camat, "dashboard.read", {}, true],
  ["the auditor", auditor, "dashboard.read", {}, true],
  ["an ASN", rina, "dashboard.read", {}, false],
  ["a supervisor", syahrul, "dashboard.read", {}, false],
];

describe("training policy matrix (role × action × scope)", () => {
  it.each(matrix)("%s: %s → %s", (_who, a, action, resource, allowed) => {
    expect(can(a, action, resource)).toBe(allowed);
  });
});
