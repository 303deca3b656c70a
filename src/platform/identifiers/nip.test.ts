import { describe, expect, it } from "vitest";
import { formatIdentifierError, identifierMessages } from "./messages";
import { buildNiPppk, buildNip, parseNiPppk, parseNip } from "./nip";

const today = new Date("2026-03-13T00:00:00Z");

describe("parseNip (Perka BKN 22/2007)", () => {
  it.each([
    {
      input: "196608011988031001",
      value: { nip: "196608011988031001", birthDate: "1966-08-01", tmt: "1988-03", sex: "L", sequence: 1 },
    },
    {
      input: "19660801 198803 1 001",
      value: { nip: "196608011988031001", birthDate: "1966-08-01", tmt: "1988-03", sex: "L", sequence: 1 },
    },
    {
      input: " 199002282015122999 ",
      value: { nip: "199002282015122999", birthDate: "1990-02-28", tmt: "2015-12", sex: "P", sequence: 999 },
    },
    // 29 February in a leap year is a real date.
    {
      input: "199202292019012005",
      value: { nip: "199202292019012005", birthDate: "1992-02-29", tmt: "2019-01", sex: "P", sequence: 5 },
    },
    // TMT one month after birth is implausible but not forbidden by the rule.
    {
      input: "200001152000021001",
      value: { nip: "200001152000021001", birthDate: "2000-01-15", tmt: "2000-02", sex: "L", sequence: 1 },
    },
  ])("accepts $input", ({ input, value }) => {
    expect(parseNip(input, { today })).toEqual({ ok: true, value });
  });

  it.each([
    { input: "", error: { key: "nip.length" } },
    { input: "19660801198803100", error: { key: "nip.length" } },
    { input: "1966080119880310011", error: { key: "nip.length" } },
    { input: "19660801198803100A", error: { key: "nip.length" } },
    { input: "1966-08-01-1988-03-1-001", error: { key: "nip.length" } },
    { input: "196602301988031001", error: { key: "nip.birthDate", params: { value: "19660230" } } },
    { input: "199102291988031001", error: { key: "nip.birthDate", params: { value: "19910229" } } },
    { input: "196613011988031001", error: { key: "nip.birthDate", params: { value: "19661301" } } },
    { input: "196608001988031001", error: { key: "nip.birthDate", params: { value: "19660800" } } },
    // No +40 rule in a NIP: day 41 is simply invalid.
    { input: "196608411988032001", error: { key: "nip.birthDate", params: { value: "19660841" } } },
    { input: "193912311960031001", error: { key: "nip.birthYear", params: { min: 1940, max: 2026 } } },
    { input: "202701012045031001", error: { key: "nip.birthYear", params: { min: 1940, max: 2026 } } },
    { input: "196608011988001001", error: { key: "nip.tmtMonth", params: { value: "00" } } },
    { input: "196608011988131001", error: { key: "nip.tmtMonth", params: { value: "13" } } },
    {
      input: "196608011966081001",
      error: { key: "nip.tmtBeforeBirth", params: { tmt: "1966-08", birthDate: "1966-08-01" } },
    },
    {
      input: "196608011960031001",
      error: { key: "nip.tmtBeforeBirth", params: { tmt: "1960-03", birthDate: "1966-08-01" } },
    },
    { input: "196608011988030001", error: { key: "nip.sex", params: { value: "0" } } },
    { input: "196608011988033001", error: { key: "nip.sex", params: { value: "3" } } },
    { input: "196608011988031000", error: { key: "nip.sequence" } },
  ])("rejects $input with $error.key", ({ input, error }) => {
    expect(parseNip(input, { today })).toEqual({ ok: false, error });
  });

  it("uses the current year as the upper bound by default", () => {
    expect(parseNip("196608011988031001").ok).toBe(true);
  });
});

describe("parseNiPppk", () => {
  it.each([
    {
      input: "198505122021211001",
      value: {
        nip: "198505122021211001",
        birthDate: "1985-05-12",
        appointmentYear: 2021,
        code: "21",
        sex: "L",
        sequence: 1,
      },
    },
    // The 2-digit code is not a month: 00 and 99 are accepted.
    {
      input: "19900101 2023 00 2 123",
      value: {
        nip: "199001012023002123",
        birthDate: "1990-01-01",
        appointmentYear: 2023,
        code: "00",
        sex: "P",
        sequence: 123,
      },
    },
    {
      input: "199001012023992123",
      value: {
        nip: "199001012023992123",
        birthDate: "1990-01-01",
        appointmentYear: 2023,
        code: "99",
        sex: "P",
        sequence: 123,
      },
    },
  ])("accepts $input", ({ input, value }) => {
    expect(parseNiPppk(input, { today })).toEqual({ ok: true, value });
  });

  it.each([
    { input: "1985051220212110", error: { key: "pppk.length" } },
    { input: "198502302021211001", error: { key: "pppk.birthDate", params: { value: "19850230" } } },
    { input: "193505122021211001", error: { key: "pppk.birthYear", params: { min: 1940, max: 2026 } } },
    {
      input: "198505121985211001",
      error: { key: "pppk.appointmentYear", params: { year: 1985, birthYear: 1985 } },
    },
    { input: "198505122021213001", error: { key: "pppk.sex", params: { value: "3" } } },
    { input: "198505122021211000", error: { key: "pppk.sequence" } },
  ])("rejects $input with $error.key", ({ input, error }) => {
    expect(parseNiPppk(input, { today })).toEqual({ ok: false, error });
  });
});

describe("buildNip / buildNiPppk", () => {
  it.each([
    {
      parts: { birthDate: "1966-08-01", tmt: "1988-03", sex: "L" as const, sequence: 1 },
      nip: "196608011988031001",
    },
    {
      parts: { birthDate: "1992-02-29", tmt: "2019-01", sex: "P" as const, sequence: 45 },
      nip: "199202292019012045",
    },
  ])("builds $nip", ({ parts, nip }) => {
    expect(buildNip(parts)).toBe(nip);
    expect(parseNip(nip)).toMatchObject({ ok: true, value: parts });
  });

  it.each([
    { birthDate: "1966-02-30", tmt: "1988-03", sex: "L" as const, sequence: 1 },
    { birthDate: "1966-08-01", tmt: "1960-03", sex: "L" as const, sequence: 1 },
    { birthDate: "1966-08-01", tmt: "1988-03", sex: "L" as const, sequence: 0 },
    { birthDate: "1966-08-01", tmt: "1988-03", sex: "L" as const, sequence: 1000 },
  ])("throws for invalid parts %o", (parts) => {
    expect(() => buildNip(parts)).toThrow(RangeError);
  });

  it("builds an NI PPPK", () => {
    const parts = {
      birthDate: "1985-05-12",
      appointmentYear: 2021,
      code: 21,
      sex: "L" as const,
      sequence: 1,
    };
    expect(buildNiPppk(parts)).toBe("198505122021211001");
    expect(buildNiPppk({ ...parts, code: undefined, sex: "P" })).toBe("198505122021012001");
    expect(() => buildNiPppk({ ...parts, appointmentYear: 1980 })).toThrow(RangeError);
    expect(() => buildNiPppk({ ...parts, code: 100 })).toThrow(RangeError);
  });
});

describe("messages", () => {
  it("has the same keys in every locale", () => {
    expect(Object.keys(identifierMessages.en).sort()).toEqual(Object.keys(identifierMessages.id).sort());
  });

  it.each([
    { error: { key: "nip.length" }, id: "NIP harus 18 digit angka", en: "NIP must be exactly 18 digits" },
    {
      error: { key: "nip.tmtMonth", params: { value: "13" } },
      id: "Bulan TMT CPNS pada NIP (digit 13–14: 13) harus 01–12",
      en: "The CPNS start month in the NIP (digits 13–14: 13) must be 01–12",
    },
    { error: { key: "unknown.key" }, id: "unknown.key", en: "unknown.key" },
  ])("formats $error.key", ({ error, id, en }) => {
    expect(formatIdentifierError(error, "id")).toBe(id);
    expect(formatIdentifierError(error, "en")).toBe(en);
  });
});
