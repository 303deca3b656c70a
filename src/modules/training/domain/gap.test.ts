import { describe, expect, it } from "vitest";
import { gapOf, type NeedRow, rankNeeds, unitNeeds } from "./gap";

describe("competency gap", () => {
  it.each([
    [3, 1, 2],
    [3, 3, 0],
    [2, 4, 0],
    [5, 1, 4],
    [3, null, null],
  ])("required %d, current %j → gap %j", (req, cur, gap) => {
    expect(gapOf(req, cur)).toBe(gap);
  });

  const row = (e: string, c: string, required: number, current: number | null): NeedRow => ({
    employeeId: e,
    employeeName: e,
    competencyId: c,
    competencyCode: c,
    competencyName: c,
    required,
    current,
  });

  it("ranks needs: widest gap first, unassessed and met left out", () => {
    const ranked = rankNeeds([
      row("Budi", "T.TIK", 3, 2),
      row("Ani", "M.05", 3, 1),
      row("Citra", "T.TIK", 4, 2),
      row("Dodi", "M.05", 3, null),
      row("Eka", "M.01", 3, 3),
    ]);
    expect(ranked.map((r) => `${r.employeeName}:${r.competencyCode}:${r.gap}`)).toEqual([
      "Citra:T.TIK:2",
      "Ani:M.05:2",
      "Budi:T.TIK:1",
    ]);
  });

  it("groups a unit's needs per competency, most people first", () => {
    const needs = unitNeeds([
      row("Budi", "T.TIK", 3, 2),
      row("Ani", "T.TIK", 3, 1),
      row("Ani", "M.05", 4, 1),
      row("Citra", "M.01", 3, 3),
    ]);
    expect(needs.map((n) => [n.competencyCode, n.people, n.totalGap])).toEqual([
      ["T.TIK", 2, 3],
      ["M.05", 1, 3],
    ]);
    expect(needs[0]!.employees.map((e) => e.employeeName)).toEqual(["Ani", "Budi"]);
  });
});
