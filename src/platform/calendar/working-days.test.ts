import { describe, expect, it } from "vitest";
import { seedHolidays } from "./holidays-data";
import {
  addDays,
  addWorkingDays,
  buildCalendar,
  dueDateWithPauses,
  isWorkingDay,
  workingDaysBetween,
} from "./working-days";

const withCuti = buildCalendar(seedHolidays, { cutiBersamaIsHoliday: true });
const withoutCuti = buildCalendar(seedHolidays, { cutiBersamaIsHoliday: false });
const weekendsOnly = buildCalendar([], { cutiBersamaIsHoliday: true });
const calendars = { withCuti, withoutCuti, weekendsOnly };
type CalName = keyof typeof calendars;

describe("seedHolidays (SKB 3 Menteri)", () => {
  const datesOf = (year: string, kind: string) =>
    seedHolidays
      .filter((h) => h.date.startsWith(year) && h.kind === kind)
      .map((h) => h.date)
      .sort();

  it("has exactly the 2026 dates of SPEC §4.5", () => {
    expect(datesOf("2026", "libur_nasional")).toEqual([
      "2026-01-01",
      "2026-01-16",
      "2026-02-17",
      "2026-03-19",
      "2026-03-21",
      "2026-03-22",
      "2026-04-03",
      "2026-04-05",
      "2026-05-01",
      "2026-05-14",
      "2026-05-27",
      "2026-05-31",
      "2026-06-01",
      "2026-06-16",
      "2026-08-17",
      "2026-08-25",
      "2026-12-25",
    ]);
    expect(datesOf("2026", "cuti_bersama")).toEqual([
      "2026-02-16",
      "2026-03-18",
      "2026-03-20",
      "2026-03-23",
      "2026-03-24",
      "2026-05-15",
      "2026-05-28",
      "2026-12-24",
    ]);
  });

  it("has the 2025 dates of SKB 3 Menteri 2025", () => {
    expect(datesOf("2025", "libur_nasional")).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-29",
      "2025-03-29",
      "2025-03-31",
      "2025-04-01",
      "2025-04-18",
      "2025-04-20",
      "2025-05-01",
      "2025-05-12",
      "2025-05-29",
      "2025-06-01",
      "2025-06-06",
      "2025-06-27",
      "2025-08-17",
      "2025-09-05",
      "2025-12-25",
    ]);
    expect(datesOf("2025", "cuti_bersama")).toEqual([
      "2025-01-28",
      "2025-03-28",
      "2025-04-02",
      "2025-04-03",
      "2025-04-04",
      "2025-04-07",
      "2025-05-13",
      "2025-05-30",
      "2025-06-09",
      "2025-08-18",
      "2025-12-26",
    ]);
  });

  it("has no duplicate dates and every row has a name", () => {
    const dates = seedHolidays.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of seedHolidays) expect(h.name.length).toBeGreaterThan(0);
  });
});

describe("buildCalendar", () => {
  it("includes cuti bersama only when the setting says so (default: yes)", () => {
    expect(withCuti.holidays.has("2026-03-18")).toBe(true);
    expect(withoutCuti.holidays.has("2026-03-18")).toBe(false);
    expect(withoutCuti.holidays.has("2026-03-19")).toBe(true);
    expect(buildCalendar(seedHolidays).holidays.has("2026-03-18")).toBe(true);
  });

  it("rejects malformed dates", () => {
    expect(() =>
      buildCalendar([{ date: "2026-02-30", name: "x", kind: "libur_nasional" }], {
        cutiBersamaIsHoliday: true,
      }),
    ).toThrow(RangeError);
  });
});

describe("isWorkingDay (Perpres 21/2023: Monday–Friday)", () => {
  it.each<{ cal: CalName; date: string; expected: boolean }>([
    { cal: "withCuti", date: "2026-03-13", expected: true }, // Friday
    { cal: "withCuti", date: "2026-03-14", expected: false }, // Saturday
    { cal: "withCuti", date: "2026-03-15", expected: false }, // Sunday
    { cal: "withCuti", date: "2026-03-18", expected: false }, // cuti bersama Nyepi
    { cal: "withoutCuti", date: "2026-03-18", expected: true },
    { cal: "withoutCuti", date: "2026-03-19", expected: false }, // Nyepi
    { cal: "withCuti", date: "2026-03-25", expected: true },
    { cal: "weekendsOnly", date: "2026-03-19", expected: true },
  ])("$cal $date → $expected", ({ cal, date, expected }) => {
    expect(isWorkingDay(calendars[cal], date)).toBe(expected);
  });
});

describe("addWorkingDays (n HK counts from the day after submission)", () => {
  it.each<{ name: string; cal: CalName; start: string; n: number; due: string }>([
    {
      name: "SPEC example, cuti bersama as holidays",
      cal: "withCuti",
      start: "2026-03-13",
      n: 5,
      due: "2026-03-27",
    },
    {
      name: "SPEC example, cuti bersama as working days",
      cal: "withoutCuti",
      start: "2026-03-13",
      n: 5,
      due: "2026-03-23",
    },
    { name: "n = 0 is the start date", cal: "withCuti", start: "2026-03-13", n: 0, due: "2026-03-13" },
    { name: "n = 0 on a Saturday", cal: "withCuti", start: "2026-03-14", n: 0, due: "2026-03-14" },
    { name: "n = 1 on a Friday → Monday", cal: "weekendsOnly", start: "2026-01-09", n: 1, due: "2026-01-12" },
    {
      name: "n = 1 on a Friday before a long weekend",
      cal: "withCuti",
      start: "2026-05-29",
      n: 1,
      due: "2026-06-02",
    },
    {
      name: "the start never counts (Monday, n = 1)",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 1,
      due: "2026-01-06",
    },
    { name: "submitted on a Saturday", cal: "weekendsOnly", start: "2026-01-10", n: 1, due: "2026-01-12" },
    { name: "submitted on a holiday", cal: "withCuti", start: "2026-01-01", n: 1, due: "2026-01-02" },
    { name: "a full week", cal: "weekendsOnly", start: "2026-01-05", n: 5, due: "2026-01-12" },
    {
      name: "year boundary with Natal + cuti",
      cal: "withCuti",
      start: "2025-12-24",
      n: 3,
      due: "2025-12-31",
    },
    { name: "year boundary into 1 January", cal: "withCuti", start: "2025-12-24", n: 4, due: "2026-01-02" },
    { name: "year boundary without cuti", cal: "withoutCuti", start: "2025-12-24", n: 4, due: "2025-12-31" },
    { name: "end of 2026", cal: "withCuti", start: "2026-12-23", n: 2, due: "2026-12-29" },
    { name: "into a year without data", cal: "withCuti", start: "2026-12-31", n: 2, due: "2027-01-04" },
    { name: "leap day", cal: "weekendsOnly", start: "2028-02-28", n: 2, due: "2028-03-01" },
    { name: "Lebaran 2025 with cuti bersama", cal: "withCuti", start: "2025-03-27", n: 3, due: "2025-04-10" },
    {
      name: "Lebaran 2025 without cuti bersama",
      cal: "withoutCuti",
      start: "2025-03-27",
      n: 3,
      due: "2025-04-03",
    },
    { name: "15 HK over 17 Aug and Maulid", cal: "withCuti", start: "2026-08-10", n: 15, due: "2026-09-02" },
  ])("$name: $start + $n HK → $due", ({ cal, start, n, due }) => {
    expect(addWorkingDays(calendars[cal], start, n)).toBe(due);
  });

  it.each([
    { start: "2026-02-30", n: 1 },
    { start: "2026-3-13", n: 1 },
    { start: "2026-03-13", n: -1 },
    { start: "2026-03-13", n: 1.5 },
  ])("throws for start $start, n $n", ({ start, n }) => {
    expect(() => addWorkingDays(withCuti, start, n)).toThrow(RangeError);
  });
});

describe("dueDateWithPauses (clock stops while waiting on the citizen)", () => {
  it.each<{
    name: string;
    cal: CalName;
    start: string;
    n: number;
    pauses: { from: string; to: string }[];
    due: string;
  }>([
    { name: "no pauses", cal: "weekendsOnly", start: "2026-01-05", n: 5, pauses: [], due: "2026-01-12" },
    {
      name: "two paused working days",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-07", to: "2026-01-09" }],
      due: "2026-01-14",
    },
    {
      name: "the resubmission day (to) counts again",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-06", to: "2026-01-07" }],
      due: "2026-01-13",
    },
    {
      name: "resubmitted the same day (empty pause)",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-07", to: "2026-01-07" }],
      due: "2026-01-12",
    },
    {
      name: "to before from covers nothing",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-08", to: "2026-01-06" }],
      due: "2026-01-12",
    },
    {
      name: "pause over a weekend only",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-10", to: "2026-01-12" }],
      due: "2026-01-12",
    },
    {
      name: "pause starting before the start date",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-01-01", to: "2026-01-07" }],
      due: "2026-01-13",
    },
    {
      name: "pause after the due date",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [{ from: "2026-02-02", to: "2026-02-05" }],
      due: "2026-01-12",
    },
    {
      name: "two pauses",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [
        { from: "2026-01-06", to: "2026-01-07" },
        { from: "2026-01-09", to: "2026-01-13" },
      ],
      due: "2026-01-15",
    },
    {
      name: "overlapping pauses skip a day once",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 5,
      pauses: [
        { from: "2026-01-06", to: "2026-01-08" },
        { from: "2026-01-07", to: "2026-01-09" },
      ],
      due: "2026-01-15",
    },
    {
      name: "SPEC example with one paused day",
      cal: "withCuti",
      start: "2026-03-13",
      n: 5,
      pauses: [{ from: "2026-03-16", to: "2026-03-17" }],
      due: "2026-03-30",
    },
    {
      name: "n = 0",
      cal: "weekendsOnly",
      start: "2026-01-05",
      n: 0,
      pauses: [{ from: "2026-01-05", to: "2026-01-09" }],
      due: "2026-01-05",
    },
  ])("$name → $due", ({ cal, start, n, pauses, due }) => {
    expect(dueDateWithPauses(calendars[cal], start, n, pauses)).toBe(due);
  });

  it("returns null while a pause is still open", () => {
    expect(
      dueDateWithPauses(weekendsOnly, "2026-01-05", 5, [
        { from: "2026-01-06", to: "2026-01-07" },
        { from: "2026-01-08", to: null },
      ]),
    ).toBeNull();
  });
});

describe("workingDaysBetween (after from, up to and including to)", () => {
  it.each<{ name: string; cal: CalName; from: string; to: string; expected: number }>([
    { name: "SPEC example with cuti", cal: "withCuti", from: "2026-03-13", to: "2026-03-27", expected: 5 },
    {
      name: "SPEC example without cuti",
      cal: "withoutCuti",
      from: "2026-03-13",
      to: "2026-03-23",
      expected: 5,
    },
    { name: "same day", cal: "withCuti", from: "2026-03-13", to: "2026-03-13", expected: 0 },
    { name: "to before from", cal: "withCuti", from: "2026-03-13", to: "2026-03-02", expected: 0 },
    { name: "Friday to Saturday", cal: "weekendsOnly", from: "2026-03-13", to: "2026-03-14", expected: 0 },
    { name: "Friday to Monday", cal: "weekendsOnly", from: "2026-03-13", to: "2026-03-16", expected: 1 },
    { name: "Saturday to Monday", cal: "weekendsOnly", from: "2026-03-14", to: "2026-03-16", expected: 1 },
    { name: "overdue by 2 HK", cal: "withCuti", from: "2026-03-27", to: "2026-03-31", expected: 2 },
    { name: "across New Year", cal: "withCuti", from: "2025-12-31", to: "2026-01-02", expected: 1 },
    { name: "whole Lebaran week 2026", cal: "withCuti", from: "2026-03-15", to: "2026-03-24", expected: 2 },
  ])("$name: $from → $to = $expected", ({ cal, from, to, expected }) => {
    expect(workingDaysBetween(calendars[cal], from, to)).toBe(expected);
  });

  it("is the inverse of addWorkingDays", () => {
    for (const cal of Object.values(calendars)) {
      for (let start = "2025-12-01"; start <= "2026-04-30"; start = addDays(start, 3)) {
        for (const n of [0, 1, 2, 5, 10, 20]) {
          expect(workingDaysBetween(cal, start, addWorkingDays(cal, start, n))).toBe(n);
        }
      }
    }
  });
});

describe("addDays", () => {
  it.each([
    { date: "2026-12-31", days: 1, expected: "2027-01-01" },
    { date: "2028-02-28", days: 1, expected: "2028-02-29" },
    { date: "2026-03-01", days: -1, expected: "2026-02-28" },
  ])("$date + $days → $expected", ({ date, days, expected }) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
