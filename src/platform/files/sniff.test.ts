import { describe, expect, it } from "vitest";
import { sniff } from "./index";

const bytes = (s: string | number[]) =>
  typeof s === "string" ? new TextEncoder().encode(s) : Uint8Array.from(s);

describe("sniff (type from content, not name)", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n..."), "pdf"],
    ["a PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "png"],
    ["a JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), "jpg"],
    ["HTML pretending to be a PDF", bytes("<html><script>alert(1)</script>%PDF-"), null],
    ["an SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), null],
    ["a truncated PDF header", bytes("%PD"), null],
    ["empty", bytes(""), null],
  ])("%s", (_label, input, expected) => {
    expect(sniff(input)).toBe(expected);
  });
});
