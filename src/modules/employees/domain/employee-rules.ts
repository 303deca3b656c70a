import { type FieldIssue, issue } from "../../../platform/errors";
import { type IdentifierError, parseNiPppk, parseNip, type Sex } from "../../../platform/identifiers";

export const asnTypes = ["PNS", "PPPK", "PPPK_PW"] as const;
export type AsnType = (typeof asnTypes)[number];

/** Golongan/ruang of a PNS, I/a … IV/e (PP 99/2000). */
export const pnsGolongan = [
  ...["a", "b", "c", "d"].map((r) => `I/${r}`),
  ...["a", "b", "c", "d"].map((r) => `II/${r}`),
  ...["a", "b", "c", "d"].map((r) => `III/${r}`),
  ...["a", "b", "c", "d", "e"].map((r) => `IV/${r}`),
] as const;

/** Golongan of a PPPK, I … XVII (Perpres 98/2020). */
export const pppkGolongan = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
] as const;

/** Accepts the ways golongan are typed ("III/a", "iii / A", "IIIa", "III-a") and returns the canonical form. */
export function normaliseGolongan(raw: string): string {
  const compact = raw.replace(/\s+/g, "").replace(/[-.]/g, "/");
  const pns = compact.match(/^(IV|III|II|I)\/?([A-Ea-e])$/i);
  if (pns) return `${pns[1]!.toUpperCase()}/${pns[2]!.toLowerCase()}`;
  return compact.toUpperCase();
}

/** A PNS carries a golongan/ruang; a PPPK a PPPK golongan; a PPPK paruh waktu may have none yet. */
export function golonganIssue(asnType: AsnType, golongan: string | null | undefined): FieldIssue | null {
  if (!golongan) return asnType === "PPPK_PW" ? null : issue("golongan", "employees.v.golonganRequired");
  if (asnType === "PNS") {
    return (pnsGolongan as readonly string[]).includes(golongan)
      ? null
      : issue("golongan", "employees.v.golonganPns");
  }
  return (pppkGolongan as readonly string[]).includes(golongan)
    ? null
    : issue("golongan", "employees.v.golonganPppk");
}

/** What the staff number says about its holder (SPEC §4.1). */
export type AsnNumberInfo = {
  nip: string;
  birthDate: string;
  sex: Sex;
  /** PNS: TMT CPNS "YYYY-MM". */
  tmtCpns?: string;
  /** PPPK: year of appointment and the 2-digit code after it. */
  appointmentYear?: number;
  code?: string;
};

/** A NIP for a PNS, an NI PPPK for PPPK and PPPK paruh waktu (Perka BKN 22/2007; SPEC §4.1). */
export function parseAsnNumber(
  asnType: AsnType,
  value: string,
  today: Date,
): { ok: true; value: AsnNumberInfo } | { ok: false; error: IdentifierError } {
  if (asnType === "PNS") {
    const r = parseNip(value, { today });
    if (!r.ok) return r;
    const { nip, birthDate, sex, tmt } = r.value;
    return { ok: true, value: { nip, birthDate, sex, tmtCpns: tmt } };
  }
  const r = parseNiPppk(value, { today });
  if (!r.ok) return r;
  const { nip, birthDate, sex, appointmentYear, code } = r.value;
  return { ok: true, value: { nip, birthDate, sex, appointmentYear, code } };
}

/** Control characters and bidi overrides can hide or reorder text; no text field accepts them. */
export const hasControlChars = (s: string) => /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u.test(s);

export type EmployeeCore = {
  asnType: AsnType;
  nip: string;
  golongan: string | null;
  tmtJabatan: string | null;
};

/**
 * Cross-field rules of one employee record: the number must be valid for the ASN type (birth date and sex
 * are read from it, never typed twice), the golongan must belong to the type, and TMT jabatan must lie after
 * birth and not more than a year ahead.
 */
export function checkEmployeeCore(
  rec: EmployeeCore,
  today: Date,
): { issues: FieldIssue[]; info: AsnNumberInfo | null } {
  const issues: FieldIssue[] = [];
  const parsed = parseAsnNumber(rec.asnType, rec.nip, today);
  const info = parsed.ok ? parsed.value : null;
  if (!parsed.ok) issues.push(issue("nip", parsed.error.key, parsed.error.params));
  const g = golonganIssue(rec.asnType, rec.golongan);
  if (g) issues.push(g);
  if (rec.tmtJabatan) {
    const limit = new Date(today.getTime() + 366 * 86400_000).toISOString().slice(0, 10);
    if (info && rec.tmtJabatan <= info.birthDate)
      issues.push(issue("tmtJabatan", "employees.v.tmtBeforeBirth"));
    else if (rec.tmtJabatan > limit) issues.push(issue("tmtJabatan", "employees.v.tmtFuture"));
  }
  return { issues, info };
}
