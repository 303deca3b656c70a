import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatRupiah, todayJakarta } from "./format";

describe("Indonesian formats (SPEC §3.1)", () => {
  it.each([
    [() => formatDate("2026-11-27"), "27 November 2026"],
    [() => formatDateTime(new Date("2026-11-27T07:30:00Z")), "27 November 2026, 14.30 WIB"],
    [() => formatNumber(1234.5), "1.234,5"],
    [() => formatRupiah(1500000), "Rp1.500.000"],
    [() => todayJakarta(new Date("2026-11-27T18:00:00Z")), "2026-11-28"],
    [() => formatDate("2026-01-01", "en"), "1 January 2026"],
  ])("formats %#", (fn, expected) => {
    expect(fn()).toBe(expected);
  });
});
