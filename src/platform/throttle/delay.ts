/**
 * Progressive delays instead of hard locks (issue 9): a hard lock after five failures is a lock anyone can
 * trigger for someone else; a delay that grows with each failure stops guessing just as well (a 6-digit PIN
 * or a password is not guessed at one try per several minutes) and never shuts out the right person for
 * long. Pure, so the schedule is a table test.
 */
export type DelayRule = {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first failure beyond `free`; it doubles with each further failure… */
  baseSeconds: number;
  /** …up to this. */
  maxSeconds: number;
  /** Failures are forgotten after this long without a new one. */
  forgetSeconds: number;
};

/** Seconds to wait after the last failure before the next attempt, given the failures so far. */
export function delaySeconds(rule: DelayRule, failures: number): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.baseSeconds * 2 ** doublings, rule.maxSeconds);
}
