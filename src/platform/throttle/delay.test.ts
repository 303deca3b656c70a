import { describe, expect, it } from "vitest";
import { type DelayRule, delaySeconds } from "./delay";

const rule: DelayRule = { free: 5, baseSeconds: 30, maxSeconds: 900, forgetSeconds: 3600 };

describe("delaySeconds: free tries, then a wait that doubles, capped", () => {
  it.each([
    [0, 0],
    [5, 0],
    [6, 30],
    [7, 60],
    [8, 120],
    [10, 480],
    [11, 900],
    [50, 900],
    [10_000, 900],
  ])("%i failures → %i s", (failures, seconds) => expect(delaySeconds(rule, failures)).toBe(seconds));
});
