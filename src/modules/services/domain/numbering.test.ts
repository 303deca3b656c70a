import { describe, expect, it } from "vitest";
import { formatLetterNumber, romanMonth } from "./numbering";

describe("letter numbers", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [11, "XI"],
    [12, "XII"],
  ])("month %i is %s", (m, r) => expect(romanMonth(m)).toBe(r));

  it.each([
    [
      { classification: "470", sequence: 123, letterCode: "PATEN", date: "2026-11-27" },
      "470/0123/PATEN/XI/2026",
    ],
    [
      { classification: "400.12", sequence: 1, letterCode: "TRJ", date: "2026-01-02" },
      "400.12/0001/TRJ/I/2026",
    ],
    [
      { classification: "503", sequence: 12345, letterCode: "PATEN", date: "2027-04-30" },
      "503/12345/PATEN/IV/2027",
    ],
  ])("%o → %s", (input, expected) => expect(formatLetterNumber(input)).toBe(expected));

  it("refuses impossible input", () => {
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(() =>
      formatLetterNumber({ classification: "470", sequence: 0, letterCode: "X", date: "2026-01-01" }),
    ).toThrow();
    expect(() =>
      formatLetterNumber({ classification: "470", sequence: 1, letterCode: "X", date: "2026/01/01" }),
    ).toThrow();
  });
});
