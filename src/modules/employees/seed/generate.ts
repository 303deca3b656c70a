/**
 * Deterministic demo roster (~150 ASN) for the org tree in `org-data`. Pure: no clock, no Math.random, no
 * database; the same seed always yields the same rows, so demo accounts and docs can rely on them.
 */
import { buildPersonName, type Sex, withTitles } from "./names";
import { type SeedPosition, type SeedUnit, seedPositions, seedUnits } from "./org-data";

export type AsnType = "PNS" | "PPPK" | "PPPK_PW";

export type SeedEmployee = {
  /** Stable across seeds: "E001"… in org order, or one of the fixed demo keys (`DEMO_PERSON_KEYS`). */
  key: string;
  nip: string;
  asnType: AsnType;
  /** With academic titles, e.g. "Drs. Ahmad Nasution, M.Si.". */
  name: string;
  sex: Sex;
  birthDate: string;
  /** PNS golongan/ruang ("III/a"); null for PPPK, whose pay grade is `pppkGrade`. */
  golongan: string | null;
  /** PPPK grade (Perpres 98/2020), e.g. "IX"; absent for PNS and for PPPK paruh waktu. */
  pppkGrade?: string;
  positionCode: string;
  unitCode: string;
  supervisorKey: string | null;
  tmtJabatan: string;
  education: string;
  email: string;
  phone: string;
};

/** "Today" for ages, TMT and service years: fixed so the output never depends on the clock. */
export const DEMO_REFERENCE_DATE = "2026-01-01";
export const EMAIL_DOMAIN = "medanmarelan.go.id";
/** The 2-digit code after the appointment year in a NI PPPK (SPEC §4.1: a code, not a month). */
export const NI_PPPK_CODE = "21";

// Staff per pelaksana/fungsional position; head positions always get exactly one holder. Sized so the
// roster is ~150 with PATEN at 10 and each kelurahan Seksi Pelayanan Umum at 3–4.
const STAFFING: Record<string, number> = {
  "MM.UMPEG.ASDM": 2,
  "MM.UMPEG.PRAKOM": 1,
  "MM.UMPEG.ADM": 3,
  "MM.RENKEU.KEU": 2,
  "MM.RENKEU.PPAP": 1,
  "MM.RENKEU.BEND": 1,
  "MM.PEM.ANPEM": 1,
  "MM.PEM.TANAH": 1,
  "MM.PEM.ADM": 2,
  "MM.PATEN.PLO": 2,
  "MM.PATEN.PDP": 3,
  "MM.PATEN.ADK": 2,
  "MM.PATEN.OLO": 2,
  "MM.PATEN.PRAKOM": 1,
  "MM.TRANTIB.PTB": 5,
  "MM.TRANTIB.ADM": 1,
  "MM.PMD.PPM": 2,
  "MM.PMD.ADM": 1,
  "MM.KESOS.PKS": 2,
  "MM.KESOS.ADM": 1,
  ...kelurahanStaffing("MM.1001", { ADM: 2, KEU: 1, ADP: 2, PDP: 1, ADK: 1, OLO: 1, PLO: 1, PTB: 4, PPM: 2 }),
  ...kelurahanStaffing("MM.1002", { ADM: 3, KEU: 1, ADP: 3, PDP: 1, ADK: 1, OLO: 1, PLO: 1, PTB: 4, PPM: 2 }),
  ...kelurahanStaffing("MM.1003", { ADM: 2, KEU: 1, ADP: 2, PDP: 1, ADK: 1, OLO: 1, PLO: 1, PTB: 4, PPM: 2 }),
  ...kelurahanStaffing("MM.1004", { ADM: 3, KEU: 1, ADP: 2, PDP: 1, ADK: 1, OLO: 1, PLO: 0, PTB: 3, PPM: 2 }),
  ...kelurahanStaffing("MM.1005", { ADM: 3, KEU: 1, ADP: 2, PDP: 1, ADK: 1, OLO: 1, PLO: 0, PTB: 3, PPM: 2 }),
};

function kelurahanStaffing(kel: string, n: Record<string, number>): Record<string, number> {
  return {
    [`${kel}.SEK.ADM`]: n.ADM,
    [`${kel}.SEK.KEU`]: n.KEU,
    [`${kel}.PEM.ADP`]: n.ADP,
    [`${kel}.YAN.PDP`]: n.PDP,
    [`${kel}.YAN.ADK`]: n.ADK,
    [`${kel}.YAN.OLO`]: n.OLO,
    [`${kel}.YAN.PLO`]: n.PLO,
    [`${kel}.TRANTIB.PTB`]: n.PTB,
    [`${kel}.PMD.PPM`]: n.PPM,
  };
}

type Education = {
  label: string;
  level: "SMA" | "D3" | "D4" | "S1" | "S2" | "S3";
  title: string | null;
  /** Pre-1993 graduates of these fields carry Drs./Dra. or Ir. instead of the modern back title. */
  oldTitle?: "Drs" | "Ir";
};

const E = {
  sma_ips: { label: "SMA IPS", level: "SMA", title: null },
  sma_ipa: { label: "SMA IPA", level: "SMA", title: null },
  smk_ap: { label: "SMK Administrasi Perkantoran", level: "SMA", title: null },
  smk_ak: { label: "SMK Akuntansi", level: "SMA", title: null },
  smk_tkj: { label: "SMK Teknik Komputer dan Jaringan", level: "SMA", title: null },
  d3_mi: { label: "D3 Manajemen Informatika", level: "D3", title: "A.Md." },
  d3_ak: { label: "D3 Akuntansi", level: "D3", title: "A.Md." },
  d3_ap: { label: "D3 Administrasi Perkantoran", level: "D3", title: "A.Md." },
  d3_ks: { label: "D3 Kesekretariatan", level: "D3", title: "A.Md." },
  d4_stp: { label: "D4 Ilmu Pemerintahan (IPDN)", level: "D4", title: "S.STP" },
  s1_ip: { label: "S1 Ilmu Pemerintahan", level: "S1", title: "S.IP" },
  s1_an: { label: "S1 Ilmu Administrasi Negara", level: "S1", title: "S.Sos.", oldTitle: "Drs" },
  s1_sos: { label: "S1 Sosiologi", level: "S1", title: "S.Sos.", oldTitle: "Drs" },
  s1_kesos: { label: "S1 Kesejahteraan Sosial", level: "S1", title: "S.Sos.", oldTitle: "Drs" },
  s1_man: { label: "S1 Manajemen", level: "S1", title: "S.E.", oldTitle: "Drs" },
  s1_ak: { label: "S1 Akuntansi", level: "S1", title: "S.E.", oldTitle: "Drs" },
  s1_ep: { label: "S1 Ekonomi Pembangunan", level: "S1", title: "S.E.", oldTitle: "Drs" },
  s1_hk: { label: "S1 Ilmu Hukum", level: "S1", title: "S.H." },
  s1_ti: { label: "S1 Teknik Informatika", level: "S1", title: "S.Kom." },
  s1_si: { label: "S1 Sistem Informasi", level: "S1", title: "S.Kom." },
  s1_ppkn: {
    label: "S1 Pendidikan Pancasila dan Kewarganegaraan",
    level: "S1",
    title: "S.Pd.",
    oldTitle: "Drs",
  },
  s1_psi: { label: "S1 Psikologi", level: "S1", title: "S.Psi.", oldTitle: "Drs" },
  s1_sipil: { label: "S1 Teknik Sipil", level: "S1", title: "S.T.", oldTitle: "Ir" },
  s1_agb: { label: "S1 Agribisnis", level: "S1", title: "S.P.", oldTitle: "Ir" },
  s2_ap: { label: "S2 Administrasi Publik", level: "S2", title: "M.AP" },
  s2_sp: { label: "S2 Studi Pembangunan", level: "S2", title: "M.Si." },
  s2_ia: { label: "S2 Ilmu Administrasi", level: "S2", title: "M.Si." },
  s2_ip: { label: "S2 Ilmu Pemerintahan", level: "S2", title: "M.Si." },
  s2_mm: { label: "S2 Manajemen", level: "S2", title: "M.M." },
  s2_hk: { label: "S2 Ilmu Hukum", level: "S2", title: "M.H." },
  s3_ap: { label: "S3 Ilmu Administrasi Publik", level: "S3", title: null },
} satisfies Record<string, Education>;
type EduId = keyof typeof E;

const HEAD_FIRST_DEGREE: EduId[] = [
  "d4_stp",
  "d4_stp",
  "s1_ip",
  "s1_an",
  "s1_an",
  "s1_hk",
  "s1_man",
  "s1_sos",
];
const HEAD_MASTER: EduId[] = ["s2_ap", "s2_sp", "s2_ia", "s2_ip", "s2_mm", "s2_hk"];

// First degree pools by pelaksana/fungsional position suffix (the last segment of the position code).
const STAFF_EDUCATION: Record<string, EduId[]> = {
  ASDM: ["s1_psi", "s1_an", "s1_man", "s1_hk"],
  PRAKOM: ["s1_ti", "s1_si", "s1_ti", "d3_mi"],
  ADM: ["sma_ips", "smk_ap", "smk_ap", "d3_ap", "d3_ks", "s1_an"],
  KEU: ["s1_ak", "s1_man", "d3_ak", "smk_ak"],
  PPAP: ["s1_ak", "s1_ep", "s1_man"],
  BEND: ["s1_ak", "d3_ak", "s1_man"],
  ANPEM: ["s1_ip", "s1_an", "s1_hk"],
  TANAH: ["s1_hk", "s1_sipil", "sma_ipa", "d3_ap"],
  ADP: ["sma_ips", "smk_ap", "d3_ap", "s1_ip", "s1_hk"],
  PLO: ["s1_an", "s1_ip", "s1_si", "s1_hk"],
  PDP: ["d3_mi", "s1_si", "s1_an", "d3_ap", "smk_tkj"],
  ADK: ["sma_ips", "smk_ap", "d3_ap", "s1_an", "s1_ppkn"],
  OLO: ["sma_ips", "sma_ipa", "smk_tkj", "smk_ap", "d3_mi"],
  PTB: ["sma_ips", "sma_ipa", "sma_ips", "smk_tkj", "s1_hk"],
  PPM: ["s1_sos", "s1_agb", "s1_ep", "sma_ips", "d3_ap"],
  PKS: ["s1_kesos", "s1_sos", "d3_ap", "sma_ips"],
};

const GOLONGAN = [
  "I/a",
  "I/b",
  "I/c",
  "I/d",
  "II/a",
  "II/b",
  "II/c",
  "II/d",
  "III/a",
  "III/b",
  "III/c",
  "III/d",
  "IV/a",
  "IV/b",
  "IV/c",
  "IV/d",
  "IV/e",
] as const;
const gol = (g: (typeof GOLONGAN)[number]) => GOLONGAN.indexOf(g);

/** Entry golongan of a CPNS by first qualification (PP 99/2000). */
const ENTRY_GOLONGAN: Record<Education["level"], number> = {
  SMA: gol("II/a"),
  D3: gol("II/c"),
  D4: gol("III/a"),
  S1: gol("III/a"),
  S2: gol("III/b"),
  S3: gol("III/b"),
};
/** Highest golongan a pelaksana reaches by regular promotion with that qualification. */
const PELAKSANA_CAP: Record<Education["level"], number> = {
  SMA: gol("III/b"),
  D3: gol("III/c"),
  D4: gol("III/d"),
  S1: gol("III/d"),
  S2: gol("IV/a"),
  S3: gol("IV/a"),
};

type Profile = {
  age: [number, number];
  /** Years since TMT CPNS needed to plausibly hold the post. */
  minService: number;
  golongan: [number, number] | null;
  maleShare: number;
  masterShare: number;
};

// Golongan ranges follow the eselon ranges of PP 100/2000 (with one step of "pangkat pilihan" headroom).
const PROFILES: Record<string, Profile> = {
  "III.a": {
    age: [45, 56],
    minService: 18,
    golongan: [gol("III/d"), gol("IV/b")],
    maleShare: 0.8,
    masterShare: 1,
  },
  "III.b": {
    age: [42, 56],
    minService: 15,
    golongan: [gol("III/d"), gol("IV/a")],
    maleShare: 0.65,
    masterShare: 0.8,
  },
  "IV.a": {
    age: [36, 56],
    minService: 10,
    golongan: [gol("III/b"), gol("IV/a")],
    maleShare: 0.6,
    masterShare: 0.45,
  },
  "IV.b": {
    age: [32, 56],
    minService: 7,
    golongan: [gol("III/a"), gol("III/d")],
    maleShare: 0.55,
    masterShare: 0.25,
  },
  fungsional: { age: [26, 52], minService: 2, golongan: null, maleShare: 0.45, masterShare: 0 },
  pelaksana: { age: [24, 58], minService: 2, golongan: null, maleShare: 0.5, masterShare: 0 },
};

/** PPPK grade by qualification (Perpres 98/2020 ranges for technical posts). */
const PPPK_GRADE: Record<Education["level"], string> = {
  SMA: "V",
  D3: "VII",
  D4: "IX",
  S1: "IX",
  S2: "X",
  S3: "XI",
};

type FixedPerson = {
  key: string;
  positionCode: string;
  fullName: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  /** TMT CPNS as YYYY-MM. */
  tmtCpns: string;
  educations: EduId[];
  tmtJabatan: string;
};

/**
 * The people behind the documented demo accounts. Fully specified (not drawn from the PRNG) so their
 * name, NIP and unit stay the same whatever the seed. The auditor is an inspectorate officer outside the
 * kecamatan and deliberately has no employee row.
 */
export const DEMO_PERSONS: readonly FixedPerson[] = [
  {
    key: "CAMAT",
    positionCode: "MM.CAMAT",
    fullName: "Rahmat Hidayat Siregar",
    firstName: "Rahmat",
    lastName: "Siregar",
    sex: "L",
    birthDate: "1976-05-14",
    tmtCpns: "1999-03",
    educations: ["d4_stp", "s2_sp"],
    tmtJabatan: "2023-08-14",
  },
  {
    key: "KEPEG",
    positionCode: "MM.UMPEG.ASDM",
    fullName: "Dewi Anggraini Lubis",
    firstName: "Dewi",
    lastName: "Lubis",
    sex: "P",
    birthDate: "1991-09-23",
    tmtCpns: "2019-04",
    educations: ["s1_psi"],
    // Pelaksana posts were converted to fungsional at the end of 2021 (PermenPANRB 17/2021).
    tmtJabatan: "2021-12-31",
  },
  {
    key: "KASI_YAN",
    positionCode: "MM.PATEN.KASI",
    fullName: "Syahrul Ramadhan Pohan",
    firstName: "Syahrul",
    lastName: "Pohan",
    sex: "L",
    birthDate: "1982-12-08",
    tmtCpns: "2006-01",
    educations: ["s1_ip", "s2_ap"],
    tmtJabatan: "2022-06-20",
  },
  {
    key: "PETUGAS",
    positionCode: "MM.PATEN.PDP",
    fullName: "Rina Wulandari",
    firstName: "Rina",
    lastName: "Wulandari",
    sex: "P",
    birthDate: "1995-07-02",
    tmtCpns: "2020-07",
    educations: ["d3_mi"],
    tmtJabatan: "2021-07-01",
  },
  {
    key: "LURAH_TERJUN",
    positionCode: "MM.1003.LURAH",
    fullName: "Zulkifli Batubara",
    firstName: "Zulkifli",
    lastName: "Batubara",
    sex: "L",
    birthDate: "1980-02-11",
    tmtCpns: "2003-12",
    educations: ["d4_stp"],
    tmtJabatan: "2024-01-15",
  },
  {
    key: "PETUGAS_TERJUN",
    positionCode: "MM.1003.YAN.PDP",
    fullName: "Fadli Akbar Rangkuti",
    firstName: "Fadli",
    lastName: "Rangkuti",
    sex: "L",
    birthDate: "1993-03-17",
    tmtCpns: "2019-04",
    educations: ["s1_si"],
    tmtJabatan: "2020-05-04",
  },
  {
    key: "PETUGAS_PAYAPASIR",
    positionCode: "MM.1005.YAN.PDP",
    fullName: "Yohana Christina Sinaga",
    firstName: "Yohana",
    lastName: "Sinaga",
    sex: "P",
    birthDate: "1990-11-25",
    tmtCpns: "2014-03",
    educations: ["s1_ak"],
    tmtJabatan: "2019-09-02",
  },
];

export const DEMO_PERSON_KEYS = DEMO_PERSONS.map((p) => p.key);

/** mulberry32: tiny, fast and good enough for demo data; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

// Dates are handled as UTC day numbers so there is no time-zone or DST drift.
const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const REF_DAY = dayOf(DEMO_REFERENCE_DATE);
const yearsBetween = (fromDay: number, toDay: number) => (toDay - fromDay) / 365.25;
const compact = (iso: string) => iso.replaceAll("-", "");

type Slot = { positionCode: string; unitCode: string; position: SeedPosition; fixed?: FixedPerson };

function buildSlots(): Slot[] {
  const positionsByUnit = new Map<string, SeedPosition[]>();
  for (const p of seedPositions) {
    const list = positionsByUnit.get(p.unitCode) ?? [];
    list.push(p);
    positionsByUnit.set(p.unitCode, list);
  }
  const slots: Slot[] = [];
  for (const unit of seedUnits) {
    const positions = positionsByUnit.get(unit.code) ?? [];
    // The head first, so keys read top-down through the org chart.
    for (const p of [...positions].sort((a, b) => Number(b.isHead) - Number(a.isHead))) {
      const count = p.isHead ? 1 : (STAFFING[p.code] ?? 0);
      for (let i = 0; i < count; i++) slots.push({ positionCode: p.code, unitCode: p.unitCode, position: p });
    }
  }
  for (const person of DEMO_PERSONS) {
    const slot = slots.find((s) => s.positionCode === person.positionCode && !s.fixed);
    if (!slot) throw new Error(`demo person ${person.key}: no free slot for ${person.positionCode}`);
    slot.fixed = person;
  }
  return slots;
}

/** Supervisor = head of the person's unit, or for a head the nearest head above (SPEC §1: from the tree). */
function supervisorPositionOf(
  position: SeedPosition,
  units: Map<string, SeedUnit>,
  heads: Map<string, string>,
) {
  let unitCode: string | null = position.isHead
    ? (units.get(position.unitCode)?.parentCode ?? null)
    : position.unitCode;
  while (unitCode) {
    const head = heads.get(unitCode);
    if (head) return head;
    unitCode = units.get(unitCode)?.parentCode ?? null;
  }
  return null;
}

const PHONE_PREFIXES = [
  "0811",
  "0812",
  "0813",
  "0821",
  "0822",
  "0852",
  "0853",
  "0857",
  "0858",
  "0877",
  "0878",
  "0896",
];

function asciiLower(word: string): string {
  return word
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

export function generateDemoEmployees(seed = 2026): SeedEmployee[] {
  const rng = new Rng(mulberry32(seed));
  const units = new Map(seedUnits.map((u) => [u.code, u]));
  const heads = new Map(seedPositions.filter((p) => p.isHead).map((p) => [p.unitCode, p.code]));
  const slots = buildSlots();

  // ~80% PNS / ~15% PPPK / ~5% PPPK paruh waktu. Heads and demo persons stay PNS (a struktural post needs
  // a PNS); paruh waktu goes to operational posts, as in the 2025 appointments.
  const asnType = new Map<Slot, AsnType>();
  const open = slots.filter((s) => !s.position.isHead && !s.fixed);
  const pwEligible = rng.shuffle(open.filter((s) => /\.(OLO|PTB|ADM)$/.test(s.positionCode)));
  const pwCount = Math.floor(slots.length * 0.05);
  for (const s of pwEligible.slice(0, pwCount)) asnType.set(s, "PPPK_PW");
  const pppkCount = Math.round(slots.length * 0.15);
  for (const s of rng.shuffle(open.filter((s) => !asnType.has(s))).slice(0, pppkCount))
    asnType.set(s, "PPPK");

  const usedNip = new Set<string>();
  const usedEmail = new Set<string>();
  const usedPhone = new Set<string>();
  const usedName = new Set<string>();

  const uniqueNip = (prefix: string, firstSeq: number) => {
    for (let seq = firstSeq; seq <= 999; seq++) {
      const nip = `${prefix}${String(seq).padStart(3, "0")}`;
      if (!usedNip.has(nip)) {
        usedNip.add(nip);
        return nip;
      }
    }
    throw new Error(`no free NIP sequence for ${prefix}`);
  };
  const uniqueEmail = (first: string, last: string) => {
    const base = first === last ? asciiLower(first) : `${asciiLower(first)}.${asciiLower(last)}`;
    for (let n = 1; ; n++) {
      const email = `${n === 1 ? base : `${base}${n}`}@${EMAIL_DOMAIN}`;
      if (!usedEmail.has(email)) {
        usedEmail.add(email);
        return email;
      }
    }
  };
  const uniquePhone = (r: Rng) => {
    for (;;) {
      // Stored as the platform stores every phone number: +62 and the number without its leading 0.
      const phone = `+62${r.pick(PHONE_PREFIXES).slice(1)}${String(r.int(0, 99_999_999)).padStart(8, "0")}`;
      if (!usedPhone.has(phone)) {
        usedPhone.add(phone);
        return phone;
      }
    }
  };
  const randomDay = (r: Rng, fromDay: number, toDay: number) => r.int(Math.ceil(fromDay), Math.floor(toDay));

  const profileOf = (p: SeedPosition) =>
    PROFILES[p.isHead && p.eselon ? p.eselon : p.kind === "fungsional" ? "fungsional" : "pelaksana"];

  const golonganOf = (r: Rng, edus: Education[], tmtCpnsDay: number, prof: Profile) => {
    const first = edus[0];
    const highest = edus[edus.length - 1];
    const service = yearsBetween(tmtCpnsDay, REF_DAY);
    // Regular promotion every 4 years, with some staff a step behind (late papers, discipline, study).
    const natural = ENTRY_GOLONGAN[first.level] + Math.floor(service / 4) - (r.chance(0.35) ? 1 : 0);
    const [min, max] = prof.golongan ?? [ENTRY_GOLONGAN[first.level], PELAKSANA_CAP[highest.level]];
    return GOLONGAN[Math.max(min, Math.min(max, natural))];
  };

  const titledName = (fullName: string, sex: Sex, birthYear: number, edus: Education[]) => {
    const front: string[] = [];
    const back: string[] = [];
    for (const e of edus) {
      if (e.level === "S3") front.unshift("Dr.");
      else if (e.oldTitle && birthYear <= 1969)
        front.push(e.oldTitle === "Ir" ? "Ir." : sex === "L" ? "Drs." : "Dra.");
      else if (e.title) back.push(e.title);
    }
    return withTitles(fullName, front, back);
  };

  const supervisorPosition = new Map<string, string | null>(
    seedPositions.map((p) => [p.code, supervisorPositionOf(p, units, heads)]),
  );

  const bySlot = new Map<Slot, SeedEmployee>();
  const make = (slot: Slot, key: string, r: Rng) => {
    const p = slot.position;
    const prof = profileOf(p);
    const type = asnType.get(slot) ?? "PNS";
    const fixed = slot.fixed;

    const sex: Sex = fixed?.sex ?? (r.chance(p.code.endsWith(".PTB") ? 0.85 : prof.maleShare) ? "L" : "P");

    let edus: Education[];
    if (fixed) edus = fixed.educations.map((id) => E[id]);
    else if (p.isHead) {
      edus = [E[r.pick(HEAD_FIRST_DEGREE)]];
      if (r.chance(prof.masterShare)) edus.push(E[r.pick(HEAD_MASTER)]);
      if (p.eselon?.startsWith("III") && r.chance(0.1)) edus.push(E.s3_ap);
    } else {
      const suffix = p.code.slice(p.code.lastIndexOf(".") + 1);
      edus = [E[r.pick(STAFF_EDUCATION[suffix] ?? STAFF_EDUCATION.ADM)]];
    }

    let name = fixed
      ? { fullName: fixed.fullName, firstName: fixed.firstName, lastName: fixed.lastName }
      : null;
    while (!name || usedName.has(name.fullName)) name = buildPersonName(r.next, sex);
    usedName.add(name.fullName);

    let birthDay: number;
    let nip: string;
    let golongan: string | null = null;
    let pppkGrade: string | undefined;
    let tmtJabatan: string;
    const sexDigit = sex === "L" ? "1" : "2";

    if (type === "PNS") {
      let tmtCpns: string;
      if (fixed) {
        birthDay = dayOf(fixed.birthDate);
        tmtCpns = fixed.tmtCpns;
      } else {
        // Draw birth, then a TMT CPNS at age 22–35 that leaves the service years the post needs.
        for (;;) {
          birthDay = randomDay(r, REF_DAY - (prof.age[1] + 1) * 365.25 + 1, REF_DAY - prof.age[0] * 365.25);
          const year = r.int(1990, 2024);
          const month = r.pick([1, 1, 2, 3, 3, 4, 4, 5, 6, 10, 11, 12, 12]);
          tmtCpns = `${year}-${String(month).padStart(2, "0")}`;
          const tmtDay = dayOf(`${tmtCpns}-01`);
          const ageAtTmt = yearsBetween(birthDay, tmtDay);
          if (ageAtTmt >= 22 && ageAtTmt <= 35 && yearsBetween(tmtDay, REF_DAY) >= prof.minService) break;
        }
      }
      const tmtDay = dayOf(`${tmtCpns}-01`);
      nip = uniqueNip(`${compact(isoOf(birthDay))}${tmtCpns.replace("-", "")}${sexDigit}`, r.int(1, 4));
      golongan = golonganOf(r, edus, tmtDay, prof);
      if (fixed) tmtJabatan = fixed.tmtJabatan;
      else {
        // Heads were (re)installed in the last few rotations; staff any time after becoming PNS, and
        // fungsional posts no earlier than the 2021 conversion.
        const latest = REF_DAY - 30;
        const earliest = p.isHead
          ? Math.max(tmtDay + prof.minService * 365.25 * 0.6, dayOf("2019-01-01"))
          : p.kind === "fungsional"
            ? Math.max(tmtDay + 365, dayOf("2021-12-31"))
            : Math.max(tmtDay + 365, dayOf("2012-01-01"));
        tmtJabatan = isoOf(randomDay(r, Math.min(earliest, latest), latest));
      }
    } else {
      // PPPK: NI = birth + appointment year + code + sex + seq; paruh waktu were all appointed in 2025.
      const year = type === "PPPK_PW" ? 2025 : r.pick([2021, 2022, 2023, 2024, 2024, 2025]);
      const appointed = `${year}-${String(type === "PPPK_PW" ? r.pick([10, 11, 12]) : r.pick([1, 3, 4, 7])).padStart(2, "0")}-01`;
      const ageRange: [number, number] = type === "PPPK_PW" ? [24, 50] : [26, 55];
      for (;;) {
        birthDay = randomDay(r, REF_DAY - (ageRange[1] + 1) * 365.25 + 1, REF_DAY - ageRange[0] * 365.25);
        if (yearsBetween(birthDay, dayOf(appointed)) >= 21) break;
      }
      nip = uniqueNip(`${compact(isoOf(birthDay))}${year}${NI_PPPK_CODE}${sexDigit}`, r.int(1, 9));
      if (type === "PPPK") pppkGrade = PPPK_GRADE[edus[edus.length - 1].level];
      tmtJabatan = appointed;
    }

    const birthDate = isoOf(birthDay);
    const employee: SeedEmployee = {
      key,
      nip,
      asnType: type,
      name: titledName(name.fullName, sex, Number(birthDate.slice(0, 4)), edus),
      sex,
      birthDate,
      golongan,
      ...(pppkGrade ? { pppkGrade } : {}),
      positionCode: p.code,
      unitCode: p.unitCode,
      supervisorKey: null,
      tmtJabatan,
      education: edus[edus.length - 1].label,
      email: uniqueEmail(name.firstName, name.lastName),
      phone: uniquePhone(r),
    };
    bySlot.set(slot, employee);
  };

  // Demo persons first so they always get the clean e-mail ("rina.wulandari@…") and their NIP.
  // Each gets a private PRNG keyed by position, so nothing about them depends on the seed.
  for (const [i, slot] of slots.entries())
    if (slot.fixed) make(slot, slot.fixed.key, new Rng(mulberry32(0x5eed + i)));
  let n = 0;
  for (const slot of slots) {
    if (slot.fixed) continue;
    n++;
    make(slot, `E${String(n).padStart(3, "0")}`, rng);
  }

  const out = slots.map((s) => bySlot.get(s)!);
  const headPositions = new Set(heads.values());
  const holderOfPosition = new Map(
    out.filter((e) => headPositions.has(e.positionCode)).map((e) => [e.positionCode, e.key]),
  );
  for (const e of out) {
    const supPos = supervisorPosition.get(e.positionCode) ?? null;
    e.supervisorKey = supPos ? (holderOfPosition.get(supPos) ?? null) : null;
  }
  return out;
}
