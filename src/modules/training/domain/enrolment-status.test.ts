import { describe, expect, it } from "vitest";
import {
  canTransition,
  ENROLMENT_STATUSES,
  type EnrolmentAction,
  type EnrolmentStatus,
} from "./enrolment-status";

const allowed: Record<EnrolmentAction, (EnrolmentStatus | null)[]> = {
  request: [null, "ditolak", "batal"],
  approve: ["menunggu"],
  decline: ["menunggu"],
  assign: [null, "ditolak", "batal", "menunggu"],
  withdraw: ["menunggu", "terdaftar", "daftar_tunggu"],
  promote: ["daftar_tunggu"],
  complete: ["terdaftar"],
};

describe("enrolment transitions (full table)", () => {
  const cases = (Object.keys(allowed) as EnrolmentAction[]).flatMap((action) =>
    [null, ...ENROLMENT_STATUSES].map((from) => [action, from, allowed[action].includes(from)] as const),
  );
  it.each(cases)("%s from %j → %s", (action, from, ok) => {
    expect(canTransition(action, from)).toBe(ok);
  });
});
