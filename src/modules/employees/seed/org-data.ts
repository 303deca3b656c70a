/**
 * Demo organisation of Kecamatan Medan Marelan (SPEC §2) as plain data.
 *
 * This is only the *initial* tree: units, positions and the supervisor chain are admin-editable data once
 * seeded, so nothing else in the code may depend on these codes except the demo seed itself.
 *
 * Code scheme: "MM" is the kecamatan, "MM.<short>" a unit of the Kantor Camat, "MM.<kelurahan>" a kelurahan
 * (the last 4 digits of its Kemendagri code), "MM.<kelurahan>.<short>" a unit of the Kantor Lurah and
 * "MM.<kelurahan>.Lnn" a lingkungan. Codes end up in letter numbers, hence short and stable.
 */

export type SeedUnit = {
  code: string;
  name: string;
  kind: "kecamatan" | "kantor" | "subbag" | "seksi" | "kelurahan" | "kasi" | "lingkungan";
  parentCode: string | null;
  kemendagriCode?: string;
};

export type SeedPosition = {
  code: string;
  name: string;
  kind: "struktural" | "pelaksana" | "fungsional";
  unitCode: string;
  isHead: boolean;
  eselon?: string;
};

export type SeedKelurahan = {
  code: string;
  name: string;
  kemendagriCode: string;
  lingkunganCount: number;
};

export const KECAMATAN_CODE = "MM";
export const KECAMATAN_KEMENDAGRI_CODE = "12.71.12";

/** Kemendagri codes per Kepmendagri 300.2.2-2138/2025; lingkungan counts are realistic, not official. */
export const seedKelurahan: SeedKelurahan[] = [
  { code: "MM.1001", name: "Labuhan Deli", kemendagriCode: "12.71.12.1001", lingkunganCount: 19 },
  { code: "MM.1002", name: "Rengas Pulau", kemendagriCode: "12.71.12.1002", lingkunganCount: 27 },
  { code: "MM.1003", name: "Terjun", kemendagriCode: "12.71.12.1003", lingkunganCount: 22 },
  { code: "MM.1004", name: "Tanah Enam Ratus", kemendagriCode: "12.71.12.1004", lingkunganCount: 14 },
  { code: "MM.1005", name: "Paya Pasir", kemendagriCode: "12.71.12.1005", lingkunganCount: 13 },
];

const ROMAN: readonly [number, string][] = [
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Lingkungan in Medan are numbered in Roman numerals ("Lingkungan XIV"); counts stay below 50. */
export function toRoman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, glyph] of ROMAN) {
    while (rest >= value) {
      out += glyph;
      rest -= value;
    }
  }
  return out;
}

type PositionTemplate = { suffix: string; name: string; kind: "pelaksana" | "fungsional" };

// Pelaksana/fungsional positions per unit: names follow the PermenPANRB nomenclature used in Medan.
const ADM: PositionTemplate = { suffix: "ADM", name: "Pengadministrasi Umum", kind: "pelaksana" };
const KEU: PositionTemplate = { suffix: "KEU", name: "Pengelola Keuangan", kind: "pelaksana" };
const PDP: PositionTemplate = { suffix: "PDP", name: "Pengolah Data Pelayanan", kind: "pelaksana" };
const ADK: PositionTemplate = { suffix: "ADK", name: "Pengadministrasi Kependudukan", kind: "pelaksana" };
const OLO: PositionTemplate = { suffix: "OLO", name: "Operator Layanan Operasional", kind: "pelaksana" };
const PLO: PositionTemplate = { suffix: "PLO", name: "Penata Layanan Operasional", kind: "pelaksana" };
const PRAKOM: PositionTemplate = { suffix: "PRAKOM", name: "Pranata Komputer", kind: "fungsional" };
const PTB: PositionTemplate = {
  suffix: "PTB",
  name: "Petugas Ketenteraman dan Ketertiban",
  kind: "pelaksana",
};
const PPM: PositionTemplate = {
  suffix: "PPM",
  name: "Pengelola Pemberdayaan Masyarakat",
  kind: "pelaksana",
};

type UnitTemplate = {
  suffix: string;
  name: string;
  kind: SeedUnit["kind"];
  parentSuffix: string | null;
  head?: { suffix: string; name: string; eselon: string };
  staff: PositionTemplate[];
};

const KANTOR_CAMAT: UnitTemplate[] = [
  {
    suffix: "SEK",
    name: "Sekretariat Kecamatan",
    kind: "kantor",
    parentSuffix: null,
    head: { suffix: "SEKCAM", name: "Sekretaris Camat", eselon: "III.b" },
    staff: [],
  },
  {
    suffix: "UMPEG",
    name: "Subbagian Umum dan Kepegawaian",
    kind: "subbag",
    parentSuffix: "SEK",
    head: { suffix: "KASUBBAG", name: "Kepala Subbagian Umum dan Kepegawaian", eselon: "IV.b" },
    staff: [{ suffix: "ASDM", name: "Analis SDM Aparatur", kind: "fungsional" }, PRAKOM, ADM],
  },
  {
    suffix: "RENKEU",
    name: "Subbagian Perencanaan dan Keuangan",
    kind: "subbag",
    parentSuffix: "SEK",
    head: { suffix: "KASUBBAG", name: "Kepala Subbagian Perencanaan dan Keuangan", eselon: "IV.b" },
    staff: [
      KEU,
      { suffix: "PPAP", name: "Penyusun Program Anggaran dan Pelaporan", kind: "pelaksana" },
      { suffix: "BEND", name: "Bendahara", kind: "pelaksana" },
    ],
  },
  {
    suffix: "PEM",
    name: "Seksi Pemerintahan",
    kind: "seksi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pemerintahan", eselon: "IV.a" },
    staff: [
      { suffix: "ANPEM", name: "Analis Pemerintahan", kind: "pelaksana" },
      { suffix: "TANAH", name: "Pengadministrasi Pertanahan", kind: "pelaksana" },
      ADM,
    ],
  },
  {
    suffix: "PATEN",
    name: "Seksi Pelayanan Umum (PATEN)",
    kind: "seksi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pelayanan Umum", eselon: "IV.a" },
    staff: [PLO, PDP, ADK, OLO, PRAKOM],
  },
  {
    suffix: "TRANTIB",
    name: "Seksi Ketenteraman dan Ketertiban Umum",
    kind: "seksi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Ketenteraman dan Ketertiban Umum", eselon: "IV.a" },
    staff: [PTB, ADM],
  },
  {
    suffix: "PMD",
    name: "Seksi Pemberdayaan Masyarakat",
    kind: "seksi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pemberdayaan Masyarakat", eselon: "IV.a" },
    staff: [PPM, ADM],
  },
  {
    suffix: "KESOS",
    name: "Seksi Kesejahteraan Sosial",
    kind: "seksi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Kesejahteraan Sosial", eselon: "IV.a" },
    staff: [{ suffix: "PKS", name: "Pengelola Data Kesejahteraan Sosial", kind: "pelaksana" }, ADM],
  },
];

const KANTOR_LURAH: UnitTemplate[] = [
  {
    suffix: "SEK",
    name: "Sekretariat", // + " Kelurahan <name>" below
    kind: "kantor",
    parentSuffix: null,
    head: { suffix: "SEKLUR", name: "Sekretaris Lurah", eselon: "IV.b" },
    staff: [ADM, KEU],
  },
  {
    suffix: "PEM",
    name: "Seksi Pemerintahan",
    kind: "kasi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pemerintahan", eselon: "IV.b" },
    staff: [{ suffix: "ADP", name: "Pengadministrasi Pemerintahan", kind: "pelaksana" }],
  },
  {
    suffix: "YAN",
    name: "Seksi Pelayanan Umum",
    kind: "kasi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pelayanan Umum", eselon: "IV.b" },
    staff: [PDP, ADK, OLO, PLO],
  },
  {
    suffix: "TRANTIB",
    name: "Seksi Ketenteraman dan Ketertiban Umum",
    kind: "kasi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Ketenteraman dan Ketertiban Umum", eselon: "IV.b" },
    staff: [PTB],
  },
  {
    suffix: "PMD",
    name: "Seksi Pemberdayaan Masyarakat",
    kind: "kasi",
    parentSuffix: null,
    head: { suffix: "KASI", name: "Kepala Seksi Pemberdayaan Masyarakat", eselon: "IV.b" },
    staff: [PPM],
  },
];

function build(): { units: SeedUnit[]; positions: SeedPosition[] } {
  const units: SeedUnit[] = [];
  const positions: SeedPosition[] = [];

  // Units of an office, expanded under `root`; `nameSuffix` disambiguates the five identical Kantor Lurah.
  const expand = (root: string, templates: UnitTemplate[], nameSuffix: string) => {
    for (const t of templates) {
      const code = `${root}.${t.suffix}`;
      units.push({
        code,
        name: `${t.name}${nameSuffix}`,
        kind: t.kind,
        parentCode: t.parentSuffix ? `${root}.${t.parentSuffix}` : root,
      });
      if (t.head) {
        // Sekretaris positions read better without the unit prefix ("MM.SEKCAM", "MM.1003.SEKLUR").
        const headCode = t.suffix === "SEK" ? `${root}.${t.head.suffix}` : `${code}.${t.head.suffix}`;
        positions.push({
          code: headCode,
          name: t.head.name,
          kind: "struktural",
          unitCode: code,
          isHead: true,
          eselon: t.head.eselon,
        });
      }
      for (const s of t.staff) {
        positions.push({
          code: `${code}.${s.suffix}`,
          name: s.name,
          kind: s.kind,
          unitCode: code,
          isHead: false,
        });
      }
    }
  };

  units.push({
    code: KECAMATAN_CODE,
    name: "Kecamatan Medan Marelan",
    kind: "kecamatan",
    parentCode: null,
    kemendagriCode: KECAMATAN_KEMENDAGRI_CODE,
  });
  positions.push({
    code: `${KECAMATAN_CODE}.CAMAT`,
    name: "Camat",
    kind: "struktural",
    unitCode: KECAMATAN_CODE,
    isHead: true,
    eselon: "III.a",
  });
  expand(KECAMATAN_CODE, KANTOR_CAMAT, "");

  for (const kel of seedKelurahan) {
    units.push({
      code: kel.code,
      name: `Kelurahan ${kel.name}`,
      kind: "kelurahan",
      parentCode: KECAMATAN_CODE,
      kemendagriCode: kel.kemendagriCode,
    });
    positions.push({
      code: `${kel.code}.LURAH`,
      name: "Lurah",
      kind: "struktural",
      unitCode: kel.code,
      isHead: true,
      eselon: "IV.a",
    });
    expand(kel.code, KANTOR_LURAH, ` Kelurahan ${kel.name}`);
    for (let i = 1; i <= kel.lingkunganCount; i++) {
      units.push({
        code: `${kel.code}.L${String(i).padStart(2, "0")}`,
        name: `Lingkungan ${toRoman(i)}`,
        kind: "lingkungan",
        parentCode: kel.code,
      });
    }
  }
  return { units, positions };
}

const built = build();

/** Parents always precede their children, so an inserter can walk the array in order. */
export const seedUnits: SeedUnit[] = built.units;
export const seedPositions: SeedPosition[] = built.positions;
