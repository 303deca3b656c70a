/**
 * Letter numbers in the kecamatan's format (tata naskah dinas, Permendagri 1/2023):
 *   <classification code>/<yearly sequence>/<unit code>/<month in Roman numerals>/<year>
 * e.g. 470/0123/PATEN/XI/2026. The sequence restarts each year per classification and unit; it is padded to
 * four digits and simply grows past 9999.
 */
const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"] as const;

export function romanMonth(month: number): string {
  const r = ROMAN_MONTHS[month - 1];
  if (!r) throw new RangeError(`month must be 1–12, got ${month}`);
  return r;
}

export function formatLetterNumber(input: {
  classification: string;
  sequence: number;
  letterCode: string;
  /** "YYYY-MM-DD", the date of signature. */
  date: string;
}): string {
  if (!Number.isInteger(input.sequence) || input.sequence < 1)
    throw new RangeError(`sequence must be a positive integer, got ${input.sequence}`);
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(input.date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${input.date}`);
  const seq = String(input.sequence).padStart(4, "0");
  return `${input.classification}/${seq}/${input.letterCode}/${romanMonth(Number(m[2]))}/${m[1]}`;
}
