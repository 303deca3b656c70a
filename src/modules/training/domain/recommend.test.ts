import { describe, expect, it } from "vitest";
import { mergeSuggestions } from "./recommend";

describe("recommendation merge", () => {
  it("adds weights per course, keeps distinct reasons, drops excluded and weightless courses", () => {
    const merged = mergeSuggestions(
      [
        { courseId: "tik", weight: 2, reason: "Kesenjangan TIK 2 level", source: "kompetensi" },
        {
          courseId: "prima",
          weight: 1,
          reason: "Kesenjangan Pelayanan Publik 1 level",
          source: "kompetensi",
        },
        { courseId: "prima", weight: 3, reason: "Nilai IKM U7 rendah", source: "ikm" },
        {
          courseId: "prima",
          weight: 1,
          reason: "Kesenjangan Pelayanan Publik 1 level",
          source: "kompetensi",
        },
        { courseId: "done", weight: 5, reason: "x", source: "kompetensi" },
        { courseId: "zero", weight: 0, reason: "y", source: "kompetensi" },
      ],
      new Set(["done"]),
    );
    expect(merged.map((m) => [m.courseId, m.weight, m.reasons.length])).toEqual([
      ["prima", 5, 2],
      ["tik", 2, 1],
    ]);
  });
});
