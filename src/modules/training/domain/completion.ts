/**
 * Completion rule per course (SPEC §3.3 issue 7): attendance at least x % of the session days and, when the
 * course has one, a post-test score of at least y. Only a completed course credits JP (PerLAN 10/2018).
 */
export type CompletionRule = { minAttendancePct: number; minPostScore: number | null };
export type CompletionInput = { attendedDays: number; totalDays: number; postScore: number | null };
export type CompletionReason = "kehadiran_kurang" | "post_test_belum" | "post_test_kurang";
export type CompletionResult = { passed: boolean; attendancePct: number; reasons: CompletionReason[] };

/** Attendance as a whole percentage for display (rounded down: 2 of 3 days is 66 %, not 67 %). */
export function attendancePct(attended: number, total: number): number {
  if (total <= 0) return 0;
  return Math.floor((Math.min(attended, total) * 100) / total);
}

export function evaluateCompletion(rule: CompletionRule, input: CompletionInput): CompletionResult {
  const reasons: CompletionReason[] = [];
  // Compare with integers (attended·100 ≥ min·total) so 2/3 days never passes a 67 % rule by rounding.
  const attended = Math.min(input.attendedDays, input.totalDays);
  if (input.totalDays <= 0 || attended * 100 < rule.minAttendancePct * input.totalDays) {
    reasons.push("kehadiran_kurang");
  }
  if (rule.minPostScore !== null) {
    if (input.postScore === null) reasons.push("post_test_belum");
    else if (input.postScore < rule.minPostScore) reasons.push("post_test_kurang");
  }
  return { passed: reasons.length === 0, attendancePct: attendancePct(attended, input.totalDays), reasons };
}
