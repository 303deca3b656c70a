import { describe, expect, it } from "vitest";
import {
  complianceOf,
  compliancePct,
  DEFAULT_JP_TARGETS,
  implausibleJp,
  isReminderSeason,
  jpFromMinutes,
  jpTargetFor,
  parseHours,
  targetErrors,
} from "./jp";

describe("JP from minutes (PerLAN 10/2018: 1 JP = 45 minutes)", () => {
  it.each([
    [0, 0],
    [44, 0],
    [45, 1],
    [89, 1],
    [90, 2],
    [8 * 60, 10],
    [15 * 60, 20],
    [-45, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])("%d minutes → %d JP", (minutes, jp) => {
    expect(jpFromMinutes(minutes)).toBe(jp);
  });
});

describe("hours typed by an ASN", () => {
  it.each([
    ["16", 960],
    ["7,5", 450],
    ["7.5", 450],
    [" 2 ", 120],
    ["0", null],
    ["-3", null],
    ["abc", null],
    ["1e3", null],
    ["12345", null],
    ["", null],
  ])("%j → %j minutes", (text, minutes) => {
    expect(parseHours(text)).toBe(minutes);
  });
});

describe("plausibility of claimed JP", () => {
  it.each([
    [16, "2026-03-03", "2026-03-04", null],
    [12, "2026-03-03", "2026-03-03", null],
    [13, "2026-03-03", "2026-03-03", "13 JP dalam 1 hari"],
    [0, "2026-03-03", "2026-03-03", "minimal 1"],
    [-5, "2026-03-03", "2026-03-03", "minimal 1"],
    [2.5, "2026-03-03", "2026-03-03", "minimal 1"],
    [1001, "2026-01-01", "2026-12-31", "maksimal 1000"],
    [4, "2026-03-04", "2026-03-03", "sebelum"],
  ])("%d JP from %s to %s", (jp, start, end, problem) => {
    const result = implausibleJp(jp, start, end);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe("targets per ASN type (setting)", () => {
  it.each([
    ["PNS", 20],
    ["PPPK", 10],
    ["PPPK_PW", 0],
    ["HONORER", 0],
  ])("%s → %d", (type, target) => {
    expect(jpTargetFor(type, DEFAULT_JP_TARGETS)).toBe(target);
  });

  it.each([
    [{ PNS: "20", PPPK: "10", PPPK_PW: "0" }, []],
    [{ PNS: 24, PPPK: 24, PPPK_PW: 0 }, []],
    [{ PNS: "-1", PPPK: "10", PPPK_PW: "0" }, ["PNS"]],
    [{ PNS: "20", PPPK: "2,5", PPPK_PW: "999" }, ["PPPK", "PPPK_PW"]],
    [{}, ["PNS", "PPPK", "PPPK_PW"]],
  ])("validates %j", (input, fields) => {
    expect(targetErrors(input).map((e) => e.field)).toEqual(fields);
  });
});

describe("compliance", () => {
  it.each([
    [0, 20, "tertinggal"],
    [19, 20, "tertinggal"],
    [20, 20, "tercapai"],
    [32, 20, "tercapai"],
    [5, 0, "tanpa_target"],
  ])("%d of %d JP → %s", (earned, target, state) => {
    expect(complianceOf(earned, target)).toBe(state);
  });

  it.each([
    [[], null],
    [[{ earned: 5, target: 0 }], null],
    [[{ earned: 20, target: 20 }], 100],
    [
      [
        { earned: 20, target: 20 },
        { earned: 3, target: 20 },
        { earned: 0, target: 0 },
      ],
      50,
    ],
    [
      [
        { earned: 20, target: 20 },
        { earned: 3, target: 20 },
        { earned: 11, target: 10 },
      ],
      66.7,
    ],
  ])("unit compliance of %j is %j %%", (rows, pct) => {
    expect(compliancePct(rows)).toBe(pct);
  });

  it.each([
    ["2026-09-30", false],
    ["2026-10-01", true],
    ["2026-12-31", true],
    ["2026-01-15", false],
  ])("reminders on %s: %s", (date, yes) => {
    expect(isReminderSeason(date)).toBe(yes);
  });
});
