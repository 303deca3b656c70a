import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

describe("sameOriginPath: ?next= never leads off-site", () => {
  it.each([
    ["/staf/pegawai", "/staf/pegawai"],
    ["/lacak?nomor=MM-2611-7K3Q", "/lacak?nomor=MM-2611-7K3Q"],
    ["/staf/layanan#antrian", "/staf/layanan#antrian"],
    ["/a/../staf", "/staf"],
  ])("keeps %j as %j", (next, expected) => expect(sameOriginPath(next, "/")).toBe(expected));

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["/%5Cevil.example".replace("%5C", "\\")],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["https://evil.example"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [""],
    [undefined],
  ])("refuses %j", (next) => expect(sameOriginPath(next, "/beranda")).toBe("/beranda"));
});
