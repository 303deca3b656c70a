import { describe, expect, it } from "vitest";
import {
  attendanceCode,
  checkAttendanceCode,
  codeWindow,
  normaliseCode,
  secondsLeftInWindow,
} from "./attendance-code";

const secret = "s".repeat(64);
const day = "0b7c1c2e-4f7a-4d8e-9a11-2c3d4e5f6a7b";
const t0 = new Date("2026-03-03T01:30:10Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const codeAt = (seconds: number) => attendanceCode(secret, day, codeWindow(at(seconds)));

describe("rotating attendance code", () => {
  it("is 8 base32 characters that change every 30 seconds", () => {
    expect(codeAt(0)).toMatch(/^[A-Z2-7]{8}$/);
    expect(codeAt(0)).toBe(codeAt(5));
    expect(codeAt(0)).not.toBe(codeAt(30));
    expect(attendanceCode(secret, "another-day", codeWindow(t0))).not.toBe(codeAt(0));
  });

  it.each([
    ["the current code", 0, 0, "ok"],
    ["a code scanned just before it changed", 0, 25, "ok"],
    ["the previous window's code (scan straddling a change)", 0, 35, "ok"],
    ["a code two windows old (a shared photo)", 0, 65, "expired"],
    ["a code five minutes old", 0, 300, "expired"],
    ["a code an hour old", 0, 3600, "invalid"],
    ["a code from the future", 60, 0, "invalid"],
  ])("%s → %s", (_label, shownAt, scannedAt, result) => {
    expect(checkAttendanceCode(secret, day, codeAt(shownAt), at(scannedAt))).toBe(result);
  });

  it.each([
    ["forged", "AAAAAAAA", "invalid"],
    ["garbage", "<script>", "invalid"],
    ["empty", "", "invalid"],
    ["too long", "ABCDEFGHJ", "invalid"],
  ])("refuses a %s code", (_label, code, result) => {
    expect(checkAttendanceCode(secret, day, code, t0)).toBe(result);
  });

  it("accepts a typed code in lower case with spaces, and only for its own day and key", () => {
    const typed = `${codeAt(0).slice(0, 4).toLowerCase()} ${codeAt(0).slice(4)}`;
    expect(normaliseCode(typed)).toBe(codeAt(0));
    expect(checkAttendanceCode(secret, day, typed, t0)).toBe("ok");
    expect(checkAttendanceCode(secret, "other-day", codeAt(0), t0)).toBe("invalid");
    expect(checkAttendanceCode("k".repeat(64), day, codeAt(0), t0)).toBe("invalid");
  });

  it("tells the screen when to refresh", () => {
    expect(secondsLeftInWindow(new Date("2026-03-03T01:30:10Z"))).toBe(20);
    expect(secondsLeftInWindow(new Date("2026-03-03T01:30:00Z"))).toBe(30);
  });
});
