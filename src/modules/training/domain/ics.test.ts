import { describe, expect, it } from "vitest";
import { buildIcs, foldLine, jakartaToUtcStamp } from "./ics";

describe("calendar file", () => {
  it.each([
    ["2026-03-03", "08:30", "20260303T013000Z"],
    ["2026-03-03", "06:00", "20260302T230000Z"],
  ])("%s %s WIB is %s", (d, t, utc) => {
    expect(jakartaToUtcStamp(d, t)).toBe(utc);
  });

  it("writes one event per day, escapes text and ends lines with CRLF", () => {
    const ics = buildIcs({
      uid: "abc",
      title: "Pelayanan Prima; angkatan I, 2026",
      description: "Baris 1\nBaris 2",
      location: "Aula Kantor Camat",
      days: [
        { date: "2026-03-03", startTime: "08:00", endTime: "16:00" },
        { date: "2026-03-04", startTime: "08:00", endTime: "12:00" },
      ],
      stamp: new Date("2026-02-01T00:00:00Z"),
    });
    expect(ics.split("BEGIN:VEVENT").length - 1).toBe(2);
    expect(ics).toContain("SUMMARY:Pelayanan Prima\\; angkatan I\\, 2026 (hari 1)");
    expect(ics).toContain("DESCRIPTION:Baris 1\\nBaris 2");
    expect(ics).toContain("DTSTART:20260304T010000Z");
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const folded = foldLine(`DESCRIPTION:${"é".repeat(60)}`);
    for (const part of folded.split("\r\n")) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(`DESCRIPTION:${"é".repeat(60)}`);
  });
});
