/**
 * NIK (Nomor Induk Kependudukan), UU 23/2006 jo. UU 24/2013 on Administrasi Kependudukan.
 *
 *   PP KK CC DDMMYY SSSS  (16 digits)
 *   PP   province, KK kab/kota, CC kecamatan where the person was FIRST registered
 *   DD   day of birth; women have 40 added (41–71)
 *   MMYY month and two-digit year of birth
 *   SSSS sequence, never 0000
 *
 * The region codes are those of first registration, so a NIK from another province is
 * valid for a resident of Medan Marelan (people move); only the province code is checked
 * against the list of existing provinces.
 */
import { isRealDate } from "./date";
import type { IdentifierError, IdentifierResult, Sex } from "./messages";

/**
 * The 38 province codes in the Kemendagri list of kode wilayah administrasi pemerintahan
 * (Kepmendagri 100.1.1-6117/2022 and later updates), after the 2022 Papua split. Before the split Papua Barat was 91 and
 * Papua 94; both codes remain in the list, so NIKs issued earlier still validate.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  "11": "Aceh",
  "12": "Sumatera Utara",
  "13": "Sumatera Barat",
  "14": "Riau",
  "15": "Jambi",
  "16": "Sumatera Selatan",
  "17": "Bengkulu",
  "18": "Lampung",
  "19": "Kepulauan Bangka Belitung",
  "21": "Kepulauan Riau",
  "31": "DKI Jakarta",
  "32": "Jawa Barat",
  "33": "Jawa Tengah",
  "34": "Daerah Istimewa Yogyakarta",
  "35": "Jawa Timur",
  "36": "Banten",
  "51": "Bali",
  "52": "Nusa Tenggara Barat",
  "53": "Nusa Tenggara Timur",
  "61": "Kalimantan Barat",
  "62": "Kalimantan Tengah",
  "63": "Kalimantan Selatan",
  "64": "Kalimantan Timur",
  "65": "Kalimantan Utara",
  "71": "Sulawesi Utara",
  "72": "Sulawesi Tengah",
  "73": "Sulawesi Selatan",
  "74": "Sulawesi Tenggara",
  "75": "Gorontalo",
  "76": "Sulawesi Barat",
  "81": "Maluku",
  "82": "Maluku Utara",
  "91": "Papua",
  "92": "Papua Barat",
  "93": "Papua Selatan",
  "94": "Papua Tengah",
  "95": "Papua Pegunungan",
  "96": "Papua Barat Daya",
};

export type NikInfo = {
  nik: string;
  /** 2 digits, e.g. "12" (Sumatera Utara) */
  provinceCode: string;
  /** 4 digits, e.g. "1271" (Kota Medan) */
  regencyCode: string;
  /** 6 digits, e.g. "127112" (Medan Marelan) */
  districtCode: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  sex: Sex;
  sequence: number;
};

export type NikResult = IdentifierResult<NikInfo>;

export type NikOptions = {
  /** Reference date used to choose the century of the 2-digit birth year; defaults to now. */
  today?: Date;
};

/** Parses and validates a NIK. Whitespace is ignored ("1271 1245 0890 0003" is accepted). */
export function parseNik(input: string, options: NikOptions = {}): NikResult {
  const nik = input.replace(/\s+/g, "");
  if (!/^\d{16}$/.test(nik)) return fail("nik.length");

  const provinceCode = nik.slice(0, 2);
  if (!(provinceCode in PROVINCE_CODES)) return fail("nik.province", { code: provinceCode });

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  // Women have 40 added to the day of birth; 32–40 and above 71 cannot occur.
  const sex: Sex = rawDay > 40 ? "P" : "L";
  const day = sex === "P" ? rawDay - 40 : rawDay;
  // The NIK holds only two year digits. Take the latest century that does not put the
  // birth in the future: "90" → 1990, "05" → 2005, but "30" in 2026 → 1930.
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  let year = 2000 + yy;
  if (isoDate(year, month, day) > today) year -= 100;
  if (!isRealDate(year, month, day)) return fail("nik.birthDate", { value: nik.slice(6, 12) });

  const sequence = Number(nik.slice(12, 16));
  if (sequence === 0) return fail("nik.sequence");

  return {
    ok: true,
    value: {
      nik,
      provinceCode,
      regencyCode: nik.slice(0, 4),
      districtCode: nik.slice(0, 6),
      birthDate: isoDate(year, month, day),
      sex,
      sequence,
    },
  };
}

/**
 * Masks a NIK for display, keeping the first 4 digits (kab/kota) and the last 4: the NIK is
 * personal data (UU 27/2022 Pelindungan Data Pribadi) and the full number is only shown
 * to officers who need it. "1271124508900003" → "1271••••••••0003".
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s+/g, "");
  if (digits.length <= 8) return "•".repeat(digits.length);
  return `${digits.slice(0, 4)}${"•".repeat(digits.length - 8)}${digits.slice(-4)}`;
}

export type NikParts = {
  /** 6-digit kecamatan code of first registration, e.g. "127112"; it also fixes province and kab/kota. */
  districtCode: string;
  /** "YYYY-MM-DD" */
  birthDate: string;
  sex: Sex;
  /** 1–9999 */
  sequence: number;
};

/**
 * Builds a NIK from its parts (demo-data generators). Throws a RangeError if the result is
 * not valid or would not parse back to the same birth date (a 2-digit year cannot hold
 * births more than ~100 years ago).
 */
export function buildNik(parts: NikParts, options: NikOptions = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts.birthDate);
  if (!m || !/^\d{6}$/.test(parts.districtCode)) {
    throw new RangeError(`buildNik: invalid parts ${JSON.stringify(parts)}`);
  }
  const day = Number(m[3]) + (parts.sex === "P" ? 40 : 0);
  const nik =
    parts.districtCode +
    String(day).padStart(2, "0") +
    m[2] +
    m[1].slice(2) +
    String(parts.sequence).padStart(4, "0");
  const result = parseNik(nik, options);
  if (!result.ok || result.value.birthDate !== parts.birthDate || nik.length !== 16) {
    const reason = result.ok ? "birth year outside the 2-digit window" : result.error.key;
    throw new RangeError(`buildNik: invalid parts ${JSON.stringify(parts)} (${reason})`);
  }
  return nik;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function fail(key: string, params?: IdentifierError["params"]): { ok: false; error: IdentifierError } {
  return { ok: false, error: params ? { key, params } : { key } };
}
