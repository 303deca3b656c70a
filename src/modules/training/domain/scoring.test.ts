import { describe, expect, it } from "vitest";
import {
  answerErrors,
  isCorrect,
  isPastDeadline,
  learningGain,
  type ScoredQuestion,
  scoreAnswers,
  sessionGain,
} from "./scoring";

const single: ScoredQuestion = { id: "a", kind: "tunggal", correct: [2], optionCount: 4 };
const multi: ScoredQuestion = { id: "b", kind: "ganda", correct: [0, 3], optionCount: 4 };

describe("answers", () => {
  it.each([
    [single, [2], true],
    [single, [1], false],
    [single, [2, 1], false],
    [single, [], false],
    [single, undefined, false],
    [multi, [0, 3], true],
    [multi, [3, 0], true],
    [multi, [0, 3, 3], true],
    [multi, [0], false],
    [multi, [0, 1, 2, 3], false],
  ])("%j answered %j → %s", (q, answer, ok) => {
    expect(isCorrect(q, answer)).toBe(ok);
  });

  it("scores 0–100 with one decimal", () => {
    const c: ScoredQuestion = { id: "c", kind: "tunggal", correct: [0], optionCount: 2 };
    expect(scoreAnswers([single, multi, c], { a: [2], b: [0, 3], c: [1] })).toEqual({
      correct: 2,
      total: 3,
      score: 66.7,
    });
    expect(scoreAnswers([single, multi], {})).toEqual({ correct: 0, total: 2, score: 0 });
    expect(scoreAnswers([], {})).toEqual({ correct: 0, total: 0, score: 0 });
  });

  it.each([
    [{ a: [1] }, []],
    [{ z: [1] }, ["bukan bagian"]],
    [{ a: [4] }, ["tidak dikenal"]],
    [{ a: [-1] }, ["tidak dikenal"]],
    [{ a: [0, 1] }, ["hanya boleh satu"]],
    [{ b: [0, 1, 2] }, []],
  ])("sheet %j", (answers, problems) => {
    const errors = answerErrors([single, multi], answers);
    expect(errors.length).toBe(problems.length);
    for (const [i, p] of problems.entries()) expect(errors[i]).toContain(p);
  });
});

describe("learning gain", () => {
  it.each([
    [40, 80, 40, 0.67],
    [50, 50, 0, 0],
    [80, 60, -20, -1],
    [100, 100, 0, null],
    [0, 100, 100, 1],
  ])("pre %d post %d → gain %d, normalised %j", (pre, post, gain, normalized) => {
    expect(learningGain(pre, post)).toEqual({ gain, normalized });
  });

  it("averages a session over those who took both tests", () => {
    expect(
      sessionGain([
        { pre: 40, post: 80 },
        { pre: 60, post: 90 },
        { pre: null, post: 100 },
        { pre: 50, post: null },
      ]),
    ).toEqual({ n: 2, meanPre: 50, meanPost: 85, meanGain: 35, meanNormalized: 0.71 });
    expect(sessionGain([]).n).toBe(0);
  });
});

describe("time limit", () => {
  const deadline = new Date("2026-03-03T02:00:00Z");
  it.each([
    ["2026-03-03T01:59:00Z", false],
    ["2026-03-03T02:00:30Z", false],
    ["2026-03-03T02:00:31Z", true],
    ["2026-03-03T03:00:00Z", true],
  ])("submitted at %s late: %s", (at, late) => {
    expect(isPastDeadline(new Date(at), deadline)).toBe(late);
  });
});
