import { describe, expect, it } from "vitest";
import { attendancePct, evaluateCompletion } from "./completion";

describe("completion rule: attendance ≥ x % and post-test ≥ y", () => {
  it.each([
    // rule, attended/total, post score, passed, reasons
    [{ minAttendancePct: 100, minPostScore: 70 }, 2, 2, 80, true, []],
    [{ minAttendancePct: 100, minPostScore: 70 }, 1, 2, 80, false, ["kehadiran_kurang"]],
    [{ minAttendancePct: 100, minPostScore: 70 }, 2, 2, 69.9, false, ["post_test_kurang"]],
    [{ minAttendancePct: 100, minPostScore: 70 }, 2, 2, 70, true, []],
    [{ minAttendancePct: 100, minPostScore: 70 }, 2, 2, null, false, ["post_test_belum"]],
    [{ minAttendancePct: 100, minPostScore: 70 }, 0, 2, null, false, ["kehadiran_kurang", "post_test_belum"]],
    [{ minAttendancePct: 80, minPostScore: null }, 4, 5, null, true, []],
    [{ minAttendancePct: 80, minPostScore: null }, 3, 5, null, false, ["kehadiran_kurang"]],
    // 2 of 3 days is 66.67 %: it must not pass a 67 % rule by rounding.
    [{ minAttendancePct: 67, minPostScore: null }, 2, 3, null, false, ["kehadiran_kurang"]],
    [{ minAttendancePct: 66, minPostScore: null }, 2, 3, null, true, []],
    [{ minAttendancePct: 0, minPostScore: null }, 0, 1, null, true, []],
    // More check-ins than days (should not happen) count as full attendance, no more.
    [{ minAttendancePct: 100, minPostScore: null }, 5, 2, null, true, []],
    [{ minAttendancePct: 0, minPostScore: null }, 0, 0, null, false, ["kehadiran_kurang"]],
  ])("%j with %d/%d days and post %j → %s", (rule, attended, total, post, passed, reasons) => {
    const r = evaluateCompletion(rule, { attendedDays: attended, totalDays: total, postScore: post });
    expect(r.passed).toBe(passed);
    expect(r.reasons).toEqual(reasons);
  });

  it.each([
    [2, 3, 66],
    [3, 3, 100],
    [0, 3, 0],
    [1, 0, 0],
  ])("attendance %d of %d days is %d %%", (a, t, pct) => {
    expect(attendancePct(a, t)).toBe(pct);
  });
});
