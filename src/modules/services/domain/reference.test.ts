import { describe, expect, it } from "vitest";
import {
  isReference,
  newPin,
  newReference,
  normaliseReference,
  pinHash,
  pinMatches,
  REFERENCE_ALPHABET,
} from "./reference";

describe("reference numbers and PINs", () => {
  it("has 31 unambiguous characters", () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    for (const c of "0O1IL") expect(REFERENCE_ALPHABET).not.toContain(c);
  });

  it("builds MM-YYMM-XXXX from the date", () => {
    let i = 0;
    const ref = newReference("2026-11-27", () => [4, 17, 1, 21][i++]!);
    expect(ref).toBe("MM-2611-6K3Q");
    expect(isReference(ref)).toBe(true);
    for (let n = 0; n < 200; n++) expect(isReference(newReference("2027-01-05"))).toBe(true);
  });

  it.each([
    ["MM-2611-7K3Q", "MM-2611-7K3Q"],
    ["mm-2611-7k3q", "MM-2611-7K3Q"],
    [" MM 2611 7K3Q ", "MM-2611-7K3Q"],
    ["MM26117K3Q", "MM-2611-7K3Q"],
    ["MM-2611-7K3O", null],
    ["MM-2611-7K3", null],
    ["XX-2611-7K3Q", null],
    ["MM-2611-7K3Q'; drop table x", null],
    ["", null],
  ])("normalises %j → %j", (input, expected) => expect(normaliseReference(input)).toBe(expected));

  it("makes 6-digit PINs and checks them against a keyed hash only", () => {
    expect(newPin(() => 42)).toBe("000042");
    expect(newPin()).toMatch(/^\d{6}$/);
    const h = pinHash("k".repeat(32), "MM-2611-7K3Q", "123456");
    expect(h).not.toContain("123456");
    expect(pinMatches("k".repeat(32), "MM-2611-7K3Q", "123456", h)).toBe(true);
    expect(pinMatches("k".repeat(32), "MM-2611-7K3Q", "123457", h)).toBe(false);
    expect(pinMatches("k".repeat(32), "MM-2611-7K3R", "123456", h)).toBe(false);
    expect(pinMatches("j".repeat(32), "MM-2611-7K3Q", "123456", h)).toBe(false);
  });
});
