/**
 * CSV/formula injection (OWASP "CSV Injection"): a cell starting with = + - @ (or a tab/CR before one) is
 * run as a formula by Excel and LibreOffice, e.g. `=CMD()` or `=HYPERLINK(…)`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * On import such a cell is refused. Signed numbers and phone numbers ("+62 812-…", "-") are not formulas
 * and are let through so a phone column in international form still imports.
 */
export function isFormulaLike(value: string): boolean {
  const v = value.trimStart();
  if (!/^[=+\-@]/.test(v)) return false;
  return !/^[+-][\d\s().-]*$/.test(v);
}

/** On export every cell starting with one of those characters gets a leading apostrophe, as OWASP advises. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
