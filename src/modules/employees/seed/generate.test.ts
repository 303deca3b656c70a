import { describe, expect, it } from "vitest";
import { parseNiPppk, parseNip } from "../../../platform/identifiers/nip";
import { DEMO_PERSON_KEYS, DEMO_REFERENCE_DATE, generateDemoEmployees, NI_PPPK_CODE } from "./generate";
import { nameWords } from "./names";
import { seedKelurahan, seedPositions, seedUnits } from "./org-data";

const rows = generateDemoEmployees();
const byKey = new Map(rows.map((e) => [e.key, e]));
const positions = new Map(seedPositions.map((p) => [p.code, p]));
const units = new Map(seedUnits.map((u) => [u.code, u]));
const today = new Date(`${DEMO_REFERENCE_DATE}T00:00:00Z`);

const ageOn = (birthDate: string, on: string) => {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [y, m, d] = on.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

describe("org data", () => {
  it("has unique unit codes whose parents exist and come first", () => {
    const seen = new Set<string>();
    for (const u of seedUnits) {
      expect(seen.has(u.code), u.code).toBe(false);
      if (u.parentCode !== null) expect(seen.has(u.parentCode), u.code).toBe(true);
      seen.add(u.code);
    }
    expect(seedUnits.filter((u) => u.parentCode === null).map((u) => u.code)).toEqual(["MM"]);
  });

  it("carries the Kemendagri codes of SPEC §2", () => {
    expect(units.get("MM")?.kemendagriCode).toBe("12.71.12");
    const kel = seedUnits.filter((u) => u.kind === "kelurahan");
    expect(kel.map((u) => [u.name, u.kemendagriCode])).toEqual([
      ["Kelurahan Labuhan Deli", "12.71.12.1001"],
      ["Kelurahan Rengas Pulau", "12.71.12.1002"],
      ["Kelurahan Terjun", "12.71.12.1003"],
      ["Kelurahan Tanah Enam Ratus", "12.71.12.1004"],
      ["Kelurahan Paya Pasir", "12.71.12.1005"],
    ]);
  });

  it("numbers each kelurahan's lingkungan in Roman numerals", () => {
    for (const kel of seedKelurahan) {
      const ling = seedUnits.filter((u) => u.kind === "lingkungan" && u.parentCode === kel.code);
      expect(ling).toHaveLength(kel.lingkunganCount);
    }
    expect(units.get("MM.1003.L14")?.name).toBe("Lingkungan XIV");
    expect(units.get("MM.1002.L27")?.name).toBe("Lingkungan XXVII");
  });

  it("has unique position codes on existing units, at most one head per unit", () => {
    expect(new Set(seedPositions.map((p) => p.code)).size).toBe(seedPositions.length);
    const heads = new Map<string, number>();
    for (const p of seedPositions) {
      expect(units.has(p.unitCode), p.code).toBe(true);
      if (p.isHead) heads.set(p.unitCode, (heads.get(p.unitCode) ?? 0) + 1);
      if (p.isHead) expect(p.kind).toBe("struktural");
    }
    for (const count of heads.values()) expect(count).toBe(1);
    expect(positions.get("MM.CAMAT")).toMatchObject({ name: "Camat", unitCode: "MM", isHead: true });
    // Every unit except a lingkungan (Kepling is not an ASN) has a head position.
    for (const u of seedUnits) if (u.kind !== "lingkungan") expect(heads.has(u.code), u.code).toBe(true);
  });
});

describe("generateDemoEmployees", () => {
  it("is deterministic for a seed and varies with it", () => {
    expect(generateDemoEmployees()).toEqual(rows);
    expect(generateDemoEmployees(2026)).toEqual(rows);
    const other = generateDemoEmployees(7);
    expect(other.map((e) => e.key)).toEqual(rows.map((e) => e.key));
    expect(other.map((e) => e.name)).not.toEqual(rows.map((e) => e.name));
  });

  it("produces about 150 employees with the intended ASN mix", () => {
    expect(rows.length).toBeGreaterThanOrEqual(140);
    expect(rows.length).toBeLessThanOrEqual(160);
    const share = (t: string) => rows.filter((e) => e.asnType === t).length / rows.length;
    expect(share("PNS")).toBeCloseTo(0.8, 1);
    expect(share("PPPK")).toBeCloseTo(0.15, 1);
    expect(share("PPPK_PW")).toBeCloseTo(0.05, 1);
  });

  it("gives every row a unique key, NIP, e-mail, phone and name", () => {
    for (const field of ["key", "nip", "email", "phone", "name"] as const) {
      expect(new Set(rows.map((e) => e[field])).size, field).toBe(rows.length);
    }
  });

  it("issues structurally valid NIPs (PNS) and NI PPPK numbers consistent with the row", () => {
    for (const e of rows) {
      if (e.asnType === "PNS") {
        const r = parseNip(e.nip, { today });
        expect(r.ok, `${e.key} ${e.nip}`).toBe(true);
        if (!r.ok) continue;
        expect(r.value.birthDate).toBe(e.birthDate);
        expect(r.value.sex).toBe(e.sex);
        const tmt = `${r.value.tmt}-01`;
        const ageAtTmt = ageOn(e.birthDate, tmt);
        expect(ageAtTmt, e.key).toBeGreaterThanOrEqual(21);
        expect(ageAtTmt, e.key).toBeLessThanOrEqual(35);
        expect(tmt < DEMO_REFERENCE_DATE).toBe(true);
        expect(e.tmtJabatan > tmt, e.key).toBe(true);
      } else {
        const r = parseNiPppk(e.nip, { today });
        expect(r.ok, `${e.key} ${e.nip}`).toBe(true);
        if (!r.ok) continue;
        expect(r.value.birthDate).toBe(e.birthDate);
        expect(r.value.sex).toBe(e.sex);
        expect(r.value.code).toBe(NI_PPPK_CODE);
        expect(r.value.appointmentYear).toBeGreaterThanOrEqual(2021);
        expect(r.value.appointmentYear).toBeLessThanOrEqual(2025);
        expect(Number(e.tmtJabatan.slice(0, 4))).toBe(r.value.appointmentYear);
      }
      // Belt and braces, independent of the parser: 18 digits, sex digit, sequence ≠ 000.
      expect(e.nip).toMatch(/^\d{18}$/);
      expect(e.nip[14]).toBe(e.sex === "L" ? "1" : "2");
      expect(e.nip.slice(15)).not.toBe("000");
    }
  });

  it("keeps ages, dates, golongan and grades realistic", () => {
    for (const e of rows) {
      const age = ageOn(e.birthDate, DEMO_REFERENCE_DATE);
      expect(age, e.key).toBeGreaterThanOrEqual(24);
      expect(age, e.key).toBeLessThanOrEqual(58);
      expect(e.tmtJabatan).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.tmtJabatan <= DEMO_REFERENCE_DATE, e.key).toBe(true);
      if (e.asnType === "PNS") {
        expect(e.golongan, e.key).toMatch(/^(II|III|IV)\/[a-e]$/);
        expect(e.pppkGrade).toBeUndefined();
      } else {
        expect(e.golongan).toBeNull();
        if (e.asnType === "PPPK") expect(e.pppkGrade).toMatch(/^[IVX]+$/);
      }
      expect(e.phone).toMatch(/^\+628\d{9,11}$/);
      expect(e.email).toMatch(/^[a-z]+\.[a-z]+\d*@medanmarelan\.go\.id$/);
    }
    expect(byKey.get("CAMAT")?.golongan).toMatch(/^IV\//);
  });

  it("never repeats a word within a person's name", () => {
    for (const e of rows) {
      const words = nameWords(e.name).map((w) => w.toLowerCase());
      expect(words.length, e.name).toBeGreaterThanOrEqual(2);
      expect(new Set(words).size, e.name).toBe(words.length);
    }
  });

  it("uses only positions and units from the org data, consistently", () => {
    for (const e of rows) {
      const p = positions.get(e.positionCode);
      expect(p, e.positionCode).toBeDefined();
      expect(units.has(e.unitCode), e.unitCode).toBe(true);
      expect(p?.unitCode).toBe(e.unitCode);
      if (p?.isHead) expect(e.asnType, e.key).toBe("PNS");
    }
  });

  it("fills every head position exactly once", () => {
    for (const p of seedPositions.filter((x) => x.isHead)) {
      expect(
        rows.filter((e) => e.positionCode === p.code),
        p.code,
      ).toHaveLength(1);
    }
  });

  it("builds an acyclic supervisor chain that follows the org tree", () => {
    const camat = rows.filter((e) => e.supervisorKey === null);
    expect(camat.map((e) => e.key)).toEqual(["CAMAT"]);
    for (const e of rows) {
      if (e.supervisorKey !== null) expect(byKey.has(e.supervisorKey), e.key).toBe(true);
      const seen = new Set<string>();
      let cur: string | null = e.key;
      while (cur !== null) {
        expect(seen.has(cur), `cycle at ${e.key}`).toBe(false);
        seen.add(cur);
        cur = byKey.get(cur)?.supervisorKey ?? null;
      }
      expect(seen.has("CAMAT"), e.key).toBe(true);
    }
    const holder = (positionCode: string) => rows.find((r) => r.positionCode === positionCode)?.key;
    const sup = (positionCode: string) => rows.find((r) => r.positionCode === positionCode)?.supervisorKey;
    expect(sup("MM.SEKCAM")).toBe("CAMAT");
    expect(sup("MM.UMPEG.KASUBBAG")).toBe(holder("MM.SEKCAM"));
    expect(sup("MM.RENKEU.KASUBBAG")).toBe(holder("MM.SEKCAM"));
    for (const s of ["PEM", "PATEN", "TRANTIB", "PMD", "KESOS"]) expect(sup(`MM.${s}.KASI`)).toBe("CAMAT");
    for (const kel of seedKelurahan) {
      expect(sup(`${kel.code}.LURAH`)).toBe("CAMAT");
      expect(sup(`${kel.code}.SEKLUR`)).toBe(holder(`${kel.code}.LURAH`));
      for (const s of ["PEM", "YAN", "TRANTIB", "PMD"]) {
        expect(sup(`${kel.code}.${s}.KASI`)).toBe(holder(`${kel.code}.LURAH`));
      }
    }
    // Staff report to the head of their own unit.
    for (const e of rows.filter((r) => !positions.get(r.positionCode)?.isHead)) {
      const head = seedPositions.find((p) => p.isHead && p.unitCode === e.unitCode);
      expect(e.supervisorKey, e.key).toBe(holder(head!.code));
    }
  });

  it("staffs PATEN with ~10 and each kelurahan Seksi Pelayanan Umum with 3–4", () => {
    const staffOf = (unit: string) =>
      rows.filter((e) => e.unitCode === unit && !e.positionCode.endsWith(".KASI"));
    expect(staffOf("MM.PATEN").length).toBeGreaterThanOrEqual(9);
    expect(staffOf("MM.PATEN").length).toBeLessThanOrEqual(11);
    for (const kel of seedKelurahan) {
      const n = staffOf(`${kel.code}.YAN`).length;
      expect(n, kel.name).toBeGreaterThanOrEqual(3);
      expect(n, kel.name).toBeLessThanOrEqual(4);
    }
  });

  it("includes the documented demo persons with stable keys, units and supervisors", () => {
    expect([...DEMO_PERSON_KEYS].sort()).toEqual(
      ["CAMAT", "KASI_YAN", "KEPEG", "LURAH_TERJUN", "PETUGAS", "PETUGAS_PAYAPASIR", "PETUGAS_TERJUN"].sort(),
    );
    expect(byKey.has("AUDITOR")).toBe(false);
    expect(byKey.get("CAMAT")).toMatchObject({ positionCode: "MM.CAMAT", sex: "L", supervisorKey: null });
    expect(byKey.get("KEPEG")).toMatchObject({ unitCode: "MM.UMPEG", positionCode: "MM.UMPEG.ASDM" });
    expect(byKey.get("KASI_YAN")).toMatchObject({ positionCode: "MM.PATEN.KASI", supervisorKey: "CAMAT" });
    expect(byKey.get("PETUGAS")).toMatchObject({ unitCode: "MM.PATEN", supervisorKey: "KASI_YAN" });
    expect(byKey.get("LURAH_TERJUN")).toMatchObject({
      positionCode: "MM.1003.LURAH",
      supervisorKey: "CAMAT",
    });
    expect(byKey.get("PETUGAS_TERJUN")?.unitCode).toBe("MM.1003.YAN");
    expect(byKey.get("PETUGAS_PAYAPASIR")?.unitCode).toBe("MM.1005.YAN");
    // Independent of the seed, so documentation can quote them.
    const other = new Map(generateDemoEmployees(99).map((e) => [e.key, e]));
    for (const key of DEMO_PERSON_KEYS) {
      const { phone: _a, ...mine } = byKey.get(key)!;
      const { phone: _b, ...theirs } = other.get(key)!;
      expect(theirs, key).toEqual(mine);
    }
  });
});
