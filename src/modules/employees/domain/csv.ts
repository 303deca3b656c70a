/**
 * CSV in and out, written for what Indonesian offices actually send: Excel's "CSV UTF-8" (with a BOM,
 * `;`-separated in the Indonesian locale because `,` is the decimal sign), Google Sheets (`,`, no BOM),
 * quoted fields with embedded separators, quotes and line breaks (RFC 4180), and CRLF or LF line ends.
 * Pure: bytes or text in, rows or a problem out.
 */

export type TextProblem = { key: string; params?: Record<string, string | number> };

/**
 * Strict UTF-8 (a BOM is dropped). A file saved as ANSI/Windows-1252 or UTF-16 is refused with a message
 * that says how to re-save it, instead of importing mangled names.
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: TextProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: { key: "employees.import.file.utf16" } };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return { ok: false, problem: { key: "employees.import.file.encoding" } };
  }
  if (text.includes("\u0000")) return { ok: false, problem: { key: "employees.import.file.binary" } };
  return { ok: true, text };
}

const CANDIDATES = [";", ",", "\t"] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/** The separator that occurs most often outside quotes in the first line; `;` wins ties (Indonesian Excel). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: Delimiter = ";";
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

export type CsvLimits = { maxRows: number; maxColumns: number; maxCellLength: number };

/**
 * RFC 4180 parser. Rows whose every cell is empty are skipped. Cells longer than `maxCellLength` are cut
 * just past the limit, so the row validator still sees (and reports) them as too long without the parser
 * holding megabytes of one cell.
 */
export function parseCsv(
  text: string,
  delimiter: Delimiter,
  limits: CsvLimits,
): { ok: true; rows: string[][] } | { ok: false; problem: TextProblem } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let line = 1;
  let i = 0;
  const n = text.length;
  const pushCell = () => {
    row.push(cell.length > limits.maxCellLength ? cell.slice(0, limits.maxCellLength + 1) : cell);
    cell = "";
  };
  const pushRow = () => {
    pushCell();
    if (row.some((c) => c.trim() !== "")) rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && cell === "") {
      // Quoted field: runs to the next lone quote; "" is a literal quote.
      const startLine = line;
      i++;
      let closed = false;
      let start = i;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          cell += text.slice(start, i);
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            start = i;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === "\n") line++;
        i++;
      }
      if (!closed)
        return {
          ok: false,
          problem: { key: "employees.import.file.unclosedQuote", params: { line: startLine } },
        };
      const after = text[i];
      if (after !== undefined && after !== delimiter && after !== "\n" && after !== "\r") {
        return { ok: false, problem: { key: "employees.import.file.afterQuote", params: { line } } };
      }
      continue;
    }
    if (ch === delimiter) {
      pushCell();
      if (row.length > limits.maxColumns) {
        return {
          ok: false,
          problem: { key: "employees.import.file.tooManyColumns", params: { max: limits.maxColumns } },
        };
      }
      i++;
    } else if (ch === "\r" || ch === "\n") {
      pushRow();
      if (rows.length > limits.maxRows + 1) {
        return {
          ok: false,
          problem: { key: "employees.import.file.tooManyRows", params: { max: limits.maxRows } },
        };
      }
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    } else {
      // Plain run up to the next special character, copied in one slice.
      let j = i + 1;
      while (j < n) {
        const c = text[j]!;
        if (c === delimiter || c === "\r" || c === "\n") break;
        j++;
      }
      cell += text.slice(i, j);
      i = j;
    }
  }
  if (cell !== "" || row.length > 0) pushRow();
  if (rows.length > limits.maxRows + 1) {
    return {
      ok: false,
      problem: { key: "employees.import.file.tooManyRows", params: { max: limits.maxRows } },
    };
  }
  return { ok: true, rows };
}
