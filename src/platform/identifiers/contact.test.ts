import { describe, expect, it } from "vitest";
import { formatPhone, isIsoDate, parseEmail, parseIsoDate, parsePhone } from "./index";

describe("parsePhone: one stored form (+62…) for every way a number is typed", () => {
  it.each([
    ["081234567890", "+6281234567890", true],
    ["0812-3456-7890", "+6281234567890", true],
    ["+62 812 3456 7890", "+6281234567890", true],
    ["62812.3456.7890", "+6281234567890", true],
    ["(0812) 3456 7890", "+6281234567890", true],
    ["0811234567", "+62811234567", true],
    ["(061) 685 1234", "+62616851234", false],
    ["021-5551234", "+62215551234", false],
  ])("%s → %s (mobile: %s)", (typed, e164, isMobile) => {
    expect(parsePhone(typed)).toEqual({ ok: true, value: { e164, isMobile } });
  });

  it.each([
    ["", "phone.format"],
    ["12345", "phone.format"],
    ["0812", "phone.format"],
    ["+1 202 555 0100", "phone.format"],
    ["0812-3456-7890-1234", "phone.format"],
    ["08o1234567", "phone.format"],
    ["0801234567", "phone.format"],
  ])("refuses %j with %s", (typed, key) => {
    expect(parsePhone(typed)).toEqual({ ok: false, error: { key } });
  });

  it("refuses a landline where a message must reach the person (WhatsApp/SMS)", () => {
    expect(parsePhone("061-6851234", { mobileOnly: true })).toEqual({
      ok: false,
      error: { key: "phone.mobile" },
    });
    expect(parsePhone("0812 3456 7890", { mobileOnly: true }).ok).toBe(true);
  });

  it("reads a stored number back the way Indonesians write it", () => {
    expect(formatPhone("+6281234567890")).toBe("0812-3456-7890");
    expect(formatPhone("+62616851234")).toBe("0616851234");
  });
});

describe("parseEmail", () => {
  it.each([
    ["nama@contoh.id", "nama@contoh.id"],
    ["  Siti.Aminah@Medan.go.id ", "siti.aminah@medan.go.id"],
  ])("%j → %s", (typed, value) => expect(parseEmail(typed)).toEqual({ ok: true, value }));

  it.each([
    ["nama"],
    ["nama@"],
    ["@contoh.id"],
    ["nama@contoh"],
    ["a b@contoh.id"],
    [`${"a".repeat(250)}@c.id`],
  ])("refuses %j", (typed) =>
    expect(parseEmail(typed)).toEqual({ ok: false, error: { key: "email.format" } }),
  );
});

describe("isIsoDate / parseIsoDate: a real calendar date as YYYY-MM-DD", () => {
  it.each([
    ["2026-03-27", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-04-31", false],
    ["2026-3-27", false],
    ["27-03-2026", false],
    ["2026-03-27T00:00", false],
    ["", false],
  ])("%j → %s", (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
    expect(parseIsoDate(value).ok).toBe(ok);
  });
});
