import { describe, expect, it } from "vitest";
import { buildCalendar, seedHolidays } from "../../../platform/calendar";
import { dueDateOf, dueSoonLimit, slaState } from "./sla";

const cal = buildCalendar(seedHolidays);

describe("SLA clock in working days (SPEC §4.5)", () => {
  it("counts n HK from the day after submission, skipping holidays and cuti bersama", () => {
    expect(dueDateOf(cal, "2026-03-13", 5, [])).toBe("2026-03-27");
  });
  it("moves the due date back by the working days spent waiting on the citizen", () => {
    // Submitted Monday 2 Nov, 3 HK → Thursday 5 Nov; returned for correction Tue 3 Nov, resubmitted Mon 9 Nov:
    // Tue, Wed, Thu, Fri (4 HK) paused → due Wed 11 Nov.
    expect(dueDateOf(cal, "2026-11-02", 3, [])).toBe("2026-11-05");
    expect(dueDateOf(cal, "2026-11-02", 3, [{ from: "2026-11-03", to: "2026-11-09" }])).toBe("2026-11-11");
    expect(dueDateOf(cal, "2026-11-02", 3, [{ from: "2026-11-03", to: null }])).toBeNull();
  });
  it.each([
    [
      { dueDate: "2026-11-25", isOpen: true, isPaused: false, finishedOn: null },
      { kind: "overdue", days: 2 },
    ],
    [
      { dueDate: "2026-11-27", isOpen: true, isPaused: false, finishedOn: null },
      { kind: "dueSoon", days: 0 },
    ],
    [
      { dueDate: "2026-11-30", isOpen: true, isPaused: false, finishedOn: null },
      { kind: "dueSoon", days: 1 },
    ],
    [
      { dueDate: "2026-12-02", isOpen: true, isPaused: false, finishedOn: null },
      { kind: "onTrack", days: 3 },
    ],
    [{ dueDate: null, isOpen: true, isPaused: true, finishedOn: null }, { kind: "paused" }],
    [
      { dueDate: "2026-11-20", isOpen: false, isPaused: false, finishedOn: "2026-11-19" },
      { kind: "done", onTime: true },
    ],
    [
      { dueDate: "2026-11-20", isOpen: false, isPaused: false, finishedOn: "2026-11-23" },
      { kind: "done", onTime: false },
    ],
  ])("%o on Friday 27 Nov 2026 → %o", (input, expected) =>
    expect(slaState(cal, input, "2026-11-27")).toEqual(expected),
  );

  it("due soon reaches the next working day", () =>
    expect(dueSoonLimit(cal, "2026-11-27")).toBe("2026-11-30"));
});
