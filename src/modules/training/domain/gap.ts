/**
 * Competency gap (SPEC §3.3; PermenPANRB 38/2017): required level of the position minus the latest assessed
 * level, never negative. Not assessed yet → unknown (null), listed separately rather than guessed.
 */
export function gapOf(required: number, current: number | null): number | null {
  if (current === null) return null;
  return Math.max(0, required - current);
}

export type NeedRow = {
  employeeId: string;
  employeeName: string;
  competencyId: string;
  competencyCode: string;
  competencyName: string;
  required: number;
  current: number | null;
};
export type RankedNeed = NeedRow & { gap: number };

/** Training needs: the rows with a positive gap, the widest gap first, then the higher required level. */
export function rankNeeds(rows: NeedRow[]): RankedNeed[] {
  return rows
    .map((r) => ({ ...r, gap: gapOf(r.required, r.current) }))
    .filter((r): r is RankedNeed => r.gap !== null && r.gap > 0)
    .sort(
      (a, b) =>
        b.gap - a.gap ||
        b.required - a.required ||
        a.competencyCode.localeCompare(b.competencyCode) ||
        a.employeeName.localeCompare(b.employeeName),
    );
}

export type CompetencyNeed = {
  competencyId: string;
  competencyCode: string;
  competencyName: string;
  people: number;
  totalGap: number;
  employees: { employeeId: string; employeeName: string; gap: number }[];
};

/** Needs of a unit per competency: who needs what, ranked by the number of people then the total gap. */
export function unitNeeds(rows: NeedRow[]): CompetencyNeed[] {
  const by = new Map<string, CompetencyNeed>();
  for (const r of rankNeeds(rows)) {
    let n = by.get(r.competencyId);
    if (!n) {
      n = {
        competencyId: r.competencyId,
        competencyCode: r.competencyCode,
        competencyName: r.competencyName,
        people: 0,
        totalGap: 0,
        employees: [],
      };
      by.set(r.competencyId, n);
    }
    n.people++;
    n.totalGap += r.gap;
    n.employees.push({ employeeId: r.employeeId, employeeName: r.employeeName, gap: r.gap });
  }
  return [...by.values()].sort(
    (a, b) =>
      b.people - a.people || b.totalGap - a.totalGap || a.competencyCode.localeCompare(b.competencyCode),
  );
}
