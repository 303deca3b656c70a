/**
 * Pre/post test scoring (SPEC §3.3): single choice (tunggal) scores when the one chosen option is right;
 * multiple choice (ganda) scores only for exactly the set of right options (no partial credit, so guessing
 * every box never pays). Scores are 0–100 with one decimal.
 */
export type QuestionKind = "tunggal" | "ganda";
export type ScoredQuestion = { id: string; kind: QuestionKind; correct: number[]; optionCount: number };
export type Answers = Record<string, number[]>;

export function isCorrect(q: ScoredQuestion, answer: readonly number[] | undefined): boolean {
  if (!answer || answer.length === 0) return false;
  const chosen = [...new Set(answer)].sort((a, b) => a - b);
  if (q.kind === "tunggal" && chosen.length !== 1) return false;
  const right = [...new Set(q.correct)].sort((a, b) => a - b);
  return chosen.length === right.length && chosen.every((v, i) => v === right[i]);
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export function scoreAnswers(questions: ScoredQuestion[], answers: Answers) {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id])).length;
  const total = questions.length;
  return { correct, total, score: total === 0 ? 0 : round1((correct / total) * 100) };
}

/**
 * Learning gain: the raw difference post − pre (points) and Hake's normalised gain (post − pre)/(100 − pre),
 * the share of what was still to learn that was learnt; null when the pre-test was already perfect.
 */
export function learningGain(pre: number, post: number) {
  return {
    gain: round1(post - pre),
    normalized: pre >= 100 ? null : Math.round(((post - pre) / (100 - pre)) * 100) / 100,
  };
}

/** Averages over the participants who took both tests. */
export function sessionGain(pairs: { pre: number | null; post: number | null }[]) {
  const both = pairs.filter((p): p is { pre: number; post: number } => p.pre !== null && p.post !== null);
  if (both.length === 0) return { n: 0, meanPre: null, meanPost: null, meanGain: null, meanNormalized: null };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanPre = mean(both.map((p) => p.pre));
  const meanPost = mean(both.map((p) => p.post));
  const normalized = both.filter((p) => p.pre < 100).map((p) => (p.post - p.pre) / (100 - p.pre));
  return {
    n: both.length,
    meanPre: round1(meanPre),
    meanPost: round1(meanPost),
    meanGain: round1(meanPost - meanPre),
    meanNormalized: normalized.length ? Math.round(mean(normalized) * 100) / 100 : null,
  };
}

/** Seconds of grace after the deadline for a slow network; answers later than this are refused. */
export const SUBMIT_GRACE_SECONDS = 30;

export function isPastDeadline(now: Date, deadline: Date, graceSeconds = SUBMIT_GRACE_SECONDS): boolean {
  return now.getTime() > deadline.getTime() + graceSeconds * 1000;
}

/** Checks an answer sheet against the attempt's questions: ids known, option indices in range. */
export function answerErrors(questions: ScoredQuestion[], answers: Answers): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: string[] = [];
  for (const [id, chosen] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) errors.push(`Soal ${id} bukan bagian dari tes ini.`);
    else if (chosen.some((i) => !Number.isInteger(i) || i < 0 || i >= q.optionCount))
      errors.push(`Pilihan jawaban soal ${id} tidak dikenal.`);
    else if (q.kind === "tunggal" && chosen.length > 1) errors.push(`Soal ${id} hanya boleh satu jawaban.`);
  }
  return errors;
}
