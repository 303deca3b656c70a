import { describe, expect, it } from "vitest";
import { checkEmployeeCore, golonganIssue, normaliseGolongan, parseAsnNumber } from "./employee-rules";
import { defaultSupervisor } from "./supervisor";

const today = new Date("2026-06-01T00:00:00Z");

describe("parseAsnNumber (SPEC §4.1)", () => {
  it("reads a PNS NIP: birth date, TMT CPNS, sex", () => {
    expect(parseAsnNumber("PNS", "19660801 198803 1 001", today)).toEqual({
      ok: true,
      value: { nip: "196608011988031001", birthDate: "1966-08-01", sex: "L", tmtCpns: "1988-03" },
    });
  });
  it("reads an NI PPPK for PPPK and PPPK paruh waktu", () => {
    for (const type of ["PPPK", "PPPK_PW"] as const) {
      expect(parseAsnNumber(type, "199005102022212001", today)).toEqual({
        ok: true,
        value: {
          nip: "199005102022212001",
          birthDate: "1990-05-10",
          sex: "P",
          appointmentYear: 2022,
          code: "21",
        },
      });
    }
  });
  it("judges the number by the ASN type: a month 21 is no TMT for a PNS", () => {
    expect(parseAsnNumber("PNS", "199005102022212001", today)).toEqual({
      ok: false,
      error: { key: "nip.tmtMonth", params: { value: "21" } },
    });
  });
});

describe("golongan", () => {
  it.each([
    ["III/a", "III/a"],
    ["iii / A", "III/a"],
    ["IVe", "IV/e"],
    ["II-b", "II/b"],
    ["ix", "IX"],
  ])("normalises %j to %j", (raw, expected) => expect(normaliseGolongan(raw)).toBe(expected));

  it.each([
    ["PNS", "III/a", null],
    ["PNS", "IV/e", null],
    ["PNS", "IV/f", "employees.v.golonganPns"],
    ["PNS", "IX", "employees.v.golonganPns"],
    ["PNS", null, "employees.v.golonganRequired"],
    ["PPPK", "XVII", null],
    ["PPPK", "XVIII", "employees.v.golonganPppk"],
    ["PPPK", "III/a", "employees.v.golonganPppk"],
    ["PPPK", null, "employees.v.golonganRequired"],
    ["PPPK_PW", null, null],
    ["PPPK_PW", "V", null],
  ] as const)("%s %j → %j", (type, golongan, key) => {
    expect(golonganIssue(type, golongan)?.key ?? null).toBe(key);
  });
});

describe("checkEmployeeCore", () => {
  it("passes a consistent record and returns what the NIP says", () => {
    const r = checkEmployeeCore(
      { asnType: "PNS", nip: "196608011988031001", golongan: "IV/a", tmtJabatan: "2020-01-02" },
      today,
    );
    expect(r.issues).toEqual([]);
    expect(r.info?.birthDate).toBe("1966-08-01");
  });
  it("collects every problem: NIP, golongan, TMT", () => {
    const r = checkEmployeeCore(
      { asnType: "PNS", nip: "196613011988031001", golongan: "X", tmtJabatan: "2030-01-01" },
      today,
    );
    expect(r.issues.map((i) => i.key)).toEqual([
      "nip.birthDate",
      "employees.v.golonganPns",
      "employees.v.tmtFuture",
    ]);
  });
  it("refuses a TMT jabatan before birth", () => {
    const r = checkEmployeeCore(
      { asnType: "PNS", nip: "196608011988031001", golongan: "IV/a", tmtJabatan: "1960-01-01" },
      today,
    );
    expect(r.issues.map((i) => i.key)).toEqual(["employees.v.tmtBeforeBirth"]);
  });
});

describe("defaultSupervisor (supervisor derived from the org tree)", () => {
  // kecamatan K (head: camat) → kelurahan L (head: lurah) → seksi S (no head yet)
  const org = {
    parentOf: new Map<string, string | null>([
      ["K", null],
      ["L", "K"],
      ["S", "L"],
    ]),
    headOf: new Map([
      ["K", "camat"],
      ["L", "lurah"],
    ]),
  };
  it.each([
    ["staff of the kelurahan → lurah", "L", false, "x", "lurah"],
    ["staff of a headless seksi → nearest head above", "S", false, "x", "lurah"],
    ["the lurah → camat", "L", true, "lurah", "camat"],
    ["the camat → nobody", "K", true, "camat", null],
    ["a second head in the unit is not their own supervisor", "L", false, "lurah", "camat"],
  ])("%s", (_, unit, isHead, self, expected) => {
    expect(defaultSupervisor(org, unit, isHead, self)).toBe(expected);
  });
});
