/**
 * iCalendar (RFC 5545) for a session: one VEVENT per day so a phone calendar shows each day at its hours.
 * Times are written in UTC: Asia/Jakarta is UTC+7 all year (no daylight saving), so no VTIMEZONE is needed.
 */
export type IcsInput = {
  uid: string;
  title: string;
  description: string;
  location: string;
  url?: string;
  days: { date: string; startTime: string; endTime: string }[];
  stamp: Date;
};

const escapeText = (s: string) =>
  s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets are folded with CRLF + space (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const len = Buffer.byteLength(ch);
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + len > limit) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += len;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** "2026-03-03" + "08:30" in Jakarta → "20260303T013000Z". */
export function jakartaToUtcStamp(date: string, time: string): string {
  const d = new Date(`${date}T${time}:00+07:00`);
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function buildIcs(input: IcsInput): string {
  const stamp = input.stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//SIGAP Medan Marelan//Pelatihan//ID",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
  ];
  input.days.forEach((d, i) => {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${input.uid}-${i + 1}@sigap`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${jakartaToUtcStamp(d.date, d.startTime)}`,
      `DTEND:${jakartaToUtcStamp(d.date, d.endTime)}`,
      `SUMMARY:${escapeText(input.days.length > 1 ? `${input.title} (hari ${i + 1})` : input.title)}`,
      `DESCRIPTION:${escapeText(input.description)}`,
      `LOCATION:${escapeText(input.location)}`,
      ...(input.url ? [`URL:${input.url}`] : []),
      "END:VEVENT",
    );
  });
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
