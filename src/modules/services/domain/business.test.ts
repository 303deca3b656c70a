import { describe, expect, it } from "vitest";
import { businessFromAnswers, classifyBusiness } from "./business";

const M = 1_000_000_000;

describe("business scale (PP 7/2021 Pasal 35)", () => {
  it.each([
    [0, 0, "mikro"],
    [1 * M, 2 * M, "mikro"],
    [1 * M + 1, 2 * M + 1, "kecil"],
    // Either criterion is enough for the smaller class (SPEC §3.4).
    [3 * M, 500_000_000, "mikro"],
    [200_000_000, 10 * M, "mikro"],
    [5 * M, 15 * M, "kecil"],
    [5 * M + 1, 15 * M + 1, "menengah"],
    [10 * M, 50 * M, "menengah"],
    [10 * M + 1, 50 * M + 1, "besar"],
  ])("capital %i, turnover %i → %s", (capital, turnover, scale) =>
    expect(classifyBusiness({ capital, turnover })).toBe(scale),
  );

  it("refuses negative amounts", () =>
    expect(() => classifyBusiness({ capital: -1, turnover: 0 })).toThrow());

  it("reads a business record from the answers", () => {
    expect(
      businessFromAnswers({
        usaha_nama: "Warung Bu Sri",
        usaha_kegiatan: "Warung makan",
        usaha_alamat: "Jl. Marelan Raya",
        usaha_modal: "15000000",
        usaha_omzet: "120000000",
        usaha_pekerja: "2",
      }),
    ).toEqual({
      businessName: "Warung Bu Sri",
      activity: "Warung makan",
      kbli: null,
      address: "Jl. Marelan Raya",
      capital: 15_000_000,
      turnover: 120_000_000,
      workers: 2,
      scale: "mikro",
    });
    expect(businessFromAnswers({ keperluan: "x" })).toBeNull();
  });
});
