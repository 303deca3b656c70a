/**
 * NIP (Nomor Induk Pegawai) of a PNS, Peraturan Kepala BKN No. 22 Tahun 2007, and
 * NI PPPK (Nomor Induk PPPK) of a contract ASN. Both are 18 digits.
 *
 *   NIP:     YYYYMMDD  YYYYMM  G  NNN
 *            birth     TMT     sex sequence
 *            date      CPNS
 *   NI PPPK: YYYYMMDD  YYYY  CC  G  NNN
 *            birth     year  code sex sequence
 *            date      appt.
 *
 * Unlike the NIK there is no "+40" rule for women: the sex is the separate digit G
 * (1 = laki-laki, 2 = perempuan). The 2-digit CC in an NI PPPK is not a month, so it
 * is accepted as any 00–99 and kept as-is.
 */
import { isRealDate } from "./date";
import type { IdentifierError, IdentifierResult, Sex } from "./messages";

export type NipInfo = {
  nip: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  /** TMT CPNS, "YYYY-MM" */
  tmt: string;
  sex: Sex;
  sequence: number;
};

export type NiPppkInfo = {
  nip: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  appointmentYear: number;
  /** The 2-digit code after the appointment year, "00"–"99". */
  code: string;
  sex: Sex;
  sequence: number;
};

export type NipResult = IdentifierResult<NipInfo>;
export type NiPppkResult = IdentifierResult<NiPppkInfo>;

export type NipOptions = {
  /** Reference date for the "birth year not in the future" check; defaults to now. */
  today?: Date;
};

/** Oldest birth year accepted: nobody born earlier can still be (or recently have been) in service. */
export const MIN_BIRTH_YEAR = 1940;

/**
 * Parses and validates a PNS NIP. Whitespace is ignored so that the grouped form printed
 * on an SK ("19660801 198803 1 001") is accepted.
 */
export function parseNip(input: string, options: NipOptions = {}): NipResult {
  const nip = stripWhitespace(input);
  if (!/^\d{18}$/.test(nip)) return fail("nip.length");

  const birth = checkBirthDate("nip", nip, options.today ?? new Date());
  if ("error" in birth) return { ok: false, error: birth.error };

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12) return fail("nip.tmtMonth", { value: nip.slice(12, 14) });
  const tmt = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;
  // A person cannot be appointed before (or in the month of) their birth; comparing
  // year*12+month keeps the check at month precision, which is all a TMT has.
  if (tmtYear * 12 + tmtMonth <= birth.year * 12 + birth.month) {
    return fail("nip.tmtBeforeBirth", { tmt, birthDate: birth.iso });
  }

  const sex = parseSex(nip[14]);
  if (!sex) return fail("nip.sex", { value: nip[14] });

  const sequence = Number(nip.slice(15, 18));
  if (sequence === 0) return fail("nip.sequence");

  return { ok: true, value: { nip, birthDate: birth.iso, tmt, sex, sequence } };
}

/** Parses and validates an NI PPPK (same layout as a NIP, but YYYY + 2-digit code instead of TMT YYYYMM). */
export function parseNiPppk(input: string, options: NipOptions = {}): NiPppkResult {
  const nip = stripWhitespace(input);
  if (!/^\d{18}$/.test(nip)) return fail("pppk.length");

  const birth = checkBirthDate("pppk", nip, options.today ?? new Date());
  if ("error" in birth) return { ok: false, error: birth.error };

  const appointmentYear = Number(nip.slice(8, 12));
  if (appointmentYear <= birth.year) {
    return fail("pppk.appointmentYear", { year: appointmentYear, birthYear: birth.year });
  }
  const code = nip.slice(12, 14);

  const sex = parseSex(nip[14]);
  if (!sex) return fail("pppk.sex", { value: nip[14] });

  const sequence = Number(nip.slice(15, 18));
  if (sequence === 0) return fail("pppk.sequence");

  return { ok: true, value: { nip, birthDate: birth.iso, appointmentYear, code, sex, sequence } };
}

export type NipParts = { birthDate: string; tmt: string; sex: Sex; sequence: number };

/**
 * Builds a NIP from its parts (used by demo-data generators). Throws a RangeError when
 * the parts cannot form a valid NIP, so bad seed data fails loudly instead of silently.
 */
export function buildNip(parts: NipParts): string {
  const nip =
    parts.birthDate.replaceAll("-", "") +
    parts.tmt.replace("-", "") +
    (parts.sex === "L" ? "1" : "2") +
    String(parts.sequence).padStart(3, "0");
  const result = parseNip(nip);
  if (!result.ok)
    throw new RangeError(`buildNip: invalid parts ${JSON.stringify(parts)} (${result.error.key})`);
  return nip;
}

export type NiPppkParts = {
  birthDate: string;
  appointmentYear: number;
  /** 0–99; defaults to 1. */
  code?: number;
  sex: Sex;
  sequence: number;
};

/** Builds an NI PPPK from its parts (demo data). Throws a RangeError on invalid parts. */
export function buildNiPppk(parts: NiPppkParts): string {
  const code = parts.code ?? 1;
  if (!Number.isInteger(code) || code < 0 || code > 99) {
    throw new RangeError(`buildNiPppk: code must be 0–99, got ${code}`);
  }
  const nip =
    parts.birthDate.replaceAll("-", "") +
    String(parts.appointmentYear).padStart(4, "0") +
    String(code).padStart(2, "0") +
    (parts.sex === "L" ? "1" : "2") +
    String(parts.sequence).padStart(3, "0");
  const result = parseNiPppk(nip);
  if (!result.ok) {
    throw new RangeError(`buildNiPppk: invalid parts ${JSON.stringify(parts)} (${result.error.key})`);
  }
  return nip;
}

// --- helpers -------------------------------------------------------------

type BirthCheck = { year: number; month: number; iso: string } | { error: IdentifierError };

/** Validates digits 1–8 (YYYYMMDD): a real calendar date with a plausible year. */
function checkBirthDate(prefix: "nip" | "pppk", nip: string, today: Date): BirthCheck {
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  if (!isRealDate(year, month, day)) {
    return { error: { key: `${prefix}.birthDate`, params: { value: nip.slice(0, 8) } } };
  }
  const maxYear = today.getUTCFullYear();
  if (year < MIN_BIRTH_YEAR || year > maxYear) {
    return { error: { key: `${prefix}.birthYear`, params: { min: MIN_BIRTH_YEAR, max: maxYear } } };
  }
  return { year, month, iso: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}` };
}

/** Perka BKN 22/2007: digit 15 is 1 for a man and 2 for a woman; anything else is invalid. */
function parseSex(digit: string): Sex | null {
  if (digit === "1") return "L";
  if (digit === "2") return "P";
  return null;
}

/** Numbers are often written in groups ("19660801 198803 1 001"); the spaces carry no meaning. */
function stripWhitespace(input: string): string {
  return input.replace(/\s+/g, "");
}

function fail(key: string, params?: IdentifierError["params"]): { ok: false; error: IdentifierError } {
  return { ok: false, error: params ? { key, params } : { key } };
}
