import { describe, expect, it } from "vitest";
import { identifierMessages } from "./messages";
import { buildNik, maskNik, PROVINCE_CODES, parseNik } from "./nik";

const today = new Date("2026-03-13T00:00:00Z");

describe("parseNik (UU 23/2006 jo. 24/2013)", () => {
  it.each([
    // SPEC example: Medan Marelan, female, born 1990-08-05.
    {
      input: "1271124508900003",
      value: {
        nik: "1271124508900003",
        provinceCode: "12",
        regencyCode: "1271",
        districtCode: "127112",
        birthDate: "1990-08-05",
        sex: "P",
        sequence: 3,
      },
    },
    {
      input: "1271 1205 0890 0003",
      value: {
        nik: "1271120508900003",
        provinceCode: "12",
        regencyCode: "1271",
        districtCode: "127112",
        birthDate: "1990-08-05",
        sex: "L",
        sequence: 3,
      },
    },
    // Registered elsewhere (DKI Jakarta) is still valid; 2-digit year 05 → 2005.
    {
      input: "3174013112059999",
      value: {
        nik: "3174013112059999",
        provinceCode: "31",
        regencyCode: "3174",
        districtCode: "317401",
        birthDate: "2005-12-31",
        sex: "L",
        sequence: 9999,
      },
    },
    // Day 71 = 31 + 40 (female); 29 Feb 2000 exists.
    {
      input: "9601016902000001",
      value: {
        nik: "9601016902000001",
        provinceCode: "96",
        regencyCode: "9601",
        districtCode: "960101",
        birthDate: "2000-02-29",
        sex: "P",
        sequence: 1,
      },
    },
    {
      input: "1101017112990001",
      value: {
        nik: "1101017112990001",
        provinceCode: "11",
        regencyCode: "1101",
        districtCode: "110101",
        birthDate: "1999-12-31",
        sex: "P",
        sequence: 1,
      },
    },
  ])("accepts $input", ({ input, value }) => {
    expect(parseNik(input, { today })).toEqual({ ok: true, value });
  });

  it.each([
    // Century: the latest one that does not put the birth date in the future (today = 2026-03-13).
    { input: "1271121303260001", birthDate: "2026-03-13" },
    { input: "1271121403260001", birthDate: "1926-03-14" },
    { input: "1271120101300001", birthDate: "1930-01-01" },
    { input: "1271120101000001", birthDate: "2000-01-01" },
  ])("chooses the century for $input → $birthDate", ({ input, birthDate }) => {
    expect(parseNik(input, { today })).toMatchObject({ ok: true, value: { birthDate } });
  });

  it.each([
    { input: "", error: { key: "nik.length" } },
    { input: "127112450890000", error: { key: "nik.length" } },
    { input: "12711245089000031", error: { key: "nik.length" } },
    { input: "12711245089O0003", error: { key: "nik.length" } },
    { input: "0071124508900003", error: { key: "nik.province", params: { code: "00" } } },
    { input: "2071124508900003", error: { key: "nik.province", params: { code: "20" } } },
    { input: "9771124508900003", error: { key: "nik.province", params: { code: "97" } } },
    { input: "1271120008900003", error: { key: "nik.birthDate", params: { value: "000890" } } },
    { input: "1271123208900003", error: { key: "nik.birthDate", params: { value: "320890" } } },
    { input: "1271124008900003", error: { key: "nik.birthDate", params: { value: "400890" } } },
    { input: "1271127208900003", error: { key: "nik.birthDate", params: { value: "720890" } } },
    { input: "1271120513900003", error: { key: "nik.birthDate", params: { value: "051390" } } },
    { input: "1271120500900003", error: { key: "nik.birthDate", params: { value: "050090" } } },
    { input: "1271123002900003", error: { key: "nik.birthDate", params: { value: "300290" } } },
    // 29 Feb: 2001 and 1901 are not leap years.
    { input: "1271122902010003", error: { key: "nik.birthDate", params: { value: "290201" } } },
    { input: "1271124508900000", error: { key: "nik.sequence" } },
  ])("rejects $input with $error.key", ({ input, error }) => {
    expect(parseNik(input, { today })).toEqual({ ok: false, error });
  });

  it("knows exactly the 38 current province codes", () => {
    const expected = [
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "21",
      "31",
      "32",
      "33",
      "34",
      "35",
      "36",
      "51",
      "52",
      "53",
      "61",
      "62",
      "63",
      "64",
      "65",
      "71",
      "72",
      "73",
      "74",
      "75",
      "76",
      "81",
      "82",
      "91",
      "92",
      "93",
      "94",
      "95",
      "96",
    ];
    expect(Object.keys(PROVINCE_CODES).sort()).toEqual(expected);
  });

  it("has a message for every error key", () => {
    for (const key of ["nik.length", "nik.province", "nik.birthDate", "nik.sequence"]) {
      expect(identifierMessages.id).toHaveProperty([key]);
      expect(identifierMessages.en).toHaveProperty([key]);
    }
    expect(identifierMessages.id["nik.province"]).toBe("Kode provinsi {code} pada NIK tidak dikenal");
  });
});

describe("maskNik", () => {
  it.each([
    { nik: "1271124508900003", masked: "1271••••••••0003" },
    { nik: "1271 1245 0890 0003", masked: "1271••••••••0003" },
    { nik: "1234", masked: "••••" },
  ])("masks $nik", ({ nik, masked }) => {
    expect(maskNik(nik)).toBe(masked);
  });
});

describe("buildNik", () => {
  it.each([
    {
      parts: { districtCode: "127112", birthDate: "1990-08-05", sex: "P" as const, sequence: 3 },
      nik: "1271124508900003",
    },
    {
      parts: { districtCode: "127112", birthDate: "2005-12-31", sex: "L" as const, sequence: 42 },
      nik: "1271123112050042",
    },
  ])("builds $nik", ({ parts, nik }) => {
    expect(buildNik(parts, { today })).toBe(nik);
    expect(parseNik(nik, { today })).toMatchObject({ ok: true, value: parts });
  });

  it.each([
    { districtCode: "127112", birthDate: "1990-02-30", sex: "L" as const, sequence: 1 },
    { districtCode: "007112", birthDate: "1990-08-05", sex: "L" as const, sequence: 1 },
    { districtCode: "12711", birthDate: "1990-08-05", sex: "L" as const, sequence: 1 },
    { districtCode: "127112", birthDate: "1990-08-05", sex: "L" as const, sequence: 0 },
    { districtCode: "127112", birthDate: "1990-08-05", sex: "L" as const, sequence: 10000 },
    // Born 1920: a 2-digit year would read back as 2020.
    { districtCode: "127112", birthDate: "1920-08-05", sex: "L" as const, sequence: 1 },
  ])("throws for invalid parts %o", (parts) => {
    expect(() => buildNik(parts, { today })).toThrow(RangeError);
  });
});
