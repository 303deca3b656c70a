import { describe, expect, it } from "vitest";
import "../../app"; // every module registers its messages on import
import { missingKeys, translate } from "./index";

describe("i18n catalogue", () => {
  it("has every key in both Bahasa Indonesia and English", () => {
    expect(missingKeys()).toEqual({ id: [], en: [] });
  });

  it("interpolates parameters and falls back to Indonesian", () => {
    expect(translate("id", "table.pageOf", { page: 2, pages: 5 })).toBe("Halaman 2 dari 5");
    expect(translate("en", "table.pageOf", { page: 2, pages: 5 })).toBe("Page 2 of 5");
    expect(translate("en", "no.such.key")).toBe("no.such.key");
  });
});
