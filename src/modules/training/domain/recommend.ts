/**
 * Course recommendations (SPEC §3.3): each source (competency gaps now; low IKM elements U6/U7, complaint
 * categories and a weak predikat once those modules exist) proposes courses with a weight and a reason; the
 * merge adds the weights per course and keeps every reason, so a course several signals point to ranks first.
 */
export type Suggestion = { courseId: string; weight: number; reason: string; source: string };
export type Recommendation = {
  courseId: string;
  weight: number;
  reasons: { source: string; text: string }[];
};

export function mergeSuggestions(
  suggestions: Suggestion[],
  exclude: ReadonlySet<string> = new Set(),
): Recommendation[] {
  const by = new Map<string, Recommendation>();
  for (const s of suggestions) {
    if (exclude.has(s.courseId) || s.weight <= 0) continue;
    const r = by.get(s.courseId) ?? { courseId: s.courseId, weight: 0, reasons: [] };
    r.weight += s.weight;
    if (!r.reasons.some((x) => x.text === s.reason)) r.reasons.push({ source: s.source, text: s.reason });
    by.set(s.courseId, r);
  }
  return [...by.values()].sort((a, b) => b.weight - a.weight || a.courseId.localeCompare(b.courseId));
}
