/**
 * Name parts for a Medan Marelan staff roster: Melayu Deli, Mandailing/Angkola and Toba/Karo Batak (with
 * marga), Javanese (Pujakesuma), Minang, Aceh and a few Chinese-Indonesian names. Everything is built from
 * parts by `buildPersonName` so the demo roster looks varied without copying real people's names.
 */

export type Sex = "L" | "P";

/**
 * Muslim given names shared by Melayu, Mandailing, Aceh and Minang families: a first name and a second
 * name that commonly follows it ("Muhammad Ramadhan", "Siti Aminah").
 */
export const MUSLIM_MALE_FIRST = [
  "Ahmad",
  "Muhammad",
  "Abdul",
  "Syahrul",
  "Zulkifli",
  "Fadli",
  "Rizki",
  "Hendra",
  "Fauzi",
  "Khairul",
  "Ridwan",
  "Taufik",
  "Iqbal",
  "Arif",
  "Rahmat",
  "Hasan",
  "Ilham",
  "Amir",
  "Yusuf",
  "Syaiful",
  "Dedi",
  "Indra",
  "Fahmi",
  "Azhar",
  "Nasrul",
  "Faisal",
  "Rudi",
  "Hamdan",
  "Ikhsan",
  "Firman",
  "Hafiz",
  "Anwar",
  "Ismail",
  "Sofyan",
  "Zainal",
  "Mahmud",
  "Usman",
  "Aditya",
  "Reza",
  "Andi",
];

export const MUSLIM_MALE_SECOND = [
  "Ramadhan",
  "Akbar",
  "Hidayat",
  "Syahputra",
  "Irwansyah",
  "Rasyid",
  "Hakim",
  "Maulana",
  "Kurniawan",
  "Saputra",
  "Firdaus",
  "Rahman",
  "Syahrial",
  "Effendi",
  "Fadillah",
  "Anshari",
  "Hidayatullah",
  "Habibi",
  "Pratama",
];

export const MUSLIM_FEMALE_FIRST = [
  "Siti",
  "Nur",
  "Nurul",
  "Dewi",
  "Sri",
  "Putri",
  "Fitri",
  "Rina",
  "Indah",
  "Maya",
  "Aulia",
  "Annisa",
  "Rahma",
  "Nurhayati",
  "Rosmawati",
  "Yusnita",
  "Ernawati",
  "Nurlela",
  "Juliani",
  "Mutiara",
  "Salmah",
  "Lailan",
  "Mardiah",
];

export const MUSLIM_FEMALE_SECOND = [
  "Aminah",
  "Hasanah",
  "Aisyah",
  "Fatimah",
  "Rahmawati",
  "Wahyuni",
  "Khairunnisa",
  "Syafitri",
  "Zahara",
  "Ramadhani",
  "Hafizah",
  "Azizah",
  "Sakinah",
  "Safitri",
  "Halimah",
  "Maharani",
  "Sari",
  "Handayani",
  "Amelia",
  "Rahmadani",
];

/** Christian given names used by Toba and Karo families. */
export const CHRISTIAN_MALE = [
  "Johannes",
  "Robert",
  "Hotman",
  "Benny",
  "Frans",
  "Daniel",
  "Samuel",
  "Jonathan",
  "Martin",
  "Roy",
  "Parulian",
  "Togar",
  "Maruli",
  "Bonar",
  "Ronald",
  "Hendrik",
  "Victor",
  "Poltak",
  "Sahat",
  "Tumpal",
  "Edward",
  "Erwin",
  "Andreas",
  "Sabar",
  "Partogi",
  "Freddy",
  "Jefri",
  "Marihot",
  "Gabriel",
  "Yosua",
];

export const CHRISTIAN_FEMALE = [
  "Maria",
  "Rosdiana",
  "Dameria",
  "Yohana",
  "Christina",
  "Elisabeth",
  "Nova",
  "Hotmaida",
  "Sondang",
  "Debora",
  "Ruth",
  "Lusiana",
  "Friska",
  "Rotua",
  "Tiurma",
  "Agustina",
  "Romauli",
  "Marlina",
  "Melva",
  "Lenni",
  "Juliana",
  "Ester",
  "Rohana",
  "Herlina",
  "Magdalena",
  "Veronika",
  "Santi",
  "Grace",
];

/** Batak marga: Mandailing/Angkola (mostly Muslim) first, then Toba/Simalungun and Karo. */
export const MARGA_MANDAILING = [
  "Nasution",
  "Lubis",
  "Harahap",
  "Siregar",
  "Hasibuan",
  "Rangkuti",
  "Daulay",
  "Pohan",
  "Pulungan",
  "Batubara",
  "Matondang",
  "Dalimunthe",
  "Ritonga",
  "Pane",
  "Tanjung",
  "Rambe",
  "Parinduri",
  "Hutasuhut",
];

export const MARGA_TOBA = [
  "Simanjuntak",
  "Sitorus",
  "Sinaga",
  "Panjaitan",
  "Hutagalung",
  "Situmorang",
  "Simbolon",
  "Manurung",
  "Silalahi",
  "Pardede",
  "Napitupulu",
  "Sihombing",
  "Hutapea",
  "Simatupang",
  "Sianturi",
  "Pasaribu",
  "Siahaan",
  "Marpaung",
  "Tambunan",
  "Hutabarat",
  "Nainggolan",
  "Purba",
  "Saragih",
  "Damanik",
];

export const MARGA_KARO = [
  "Tarigan",
  "Ginting",
  "Sembiring",
  "Sitepu",
  "Perangin-angin",
  "Karo-karo",
  "Barus",
  "Surbakti",
  "Bangun",
  "Kaban",
  "Sinulingga",
];

export const BATAK_MARGA = [...MARGA_MANDAILING, ...MARGA_TOBA, ...MARGA_KARO];

export const JAVANESE_MALE = [
  "Budi",
  "Slamet",
  "Agus",
  "Bambang",
  "Joko",
  "Wahyu",
  "Eko",
  "Dwi",
  "Teguh",
  "Hadi",
  "Heru",
  "Sugeng",
  "Bayu",
  "Adi",
  "Dimas",
  "Edi",
  "Suyanto",
  "Sutrisno",
  "Sugiono",
  "Suprapto",
  "Sukardi",
  "Yoga",
  "Rudi",
  "Tri",
];

export const JAVANESE_MALE_LAST = [
  "Santoso",
  "Prasetyo",
  "Nugroho",
  "Setiawan",
  "Wibowo",
  "Susilo",
  "Hartono",
  "Purnomo",
  "Saputra",
  "Kurniawan",
  "Handoko",
  "Raharjo",
  "Sulistyo",
  "Utomo",
  "Pratama",
  "Firmansyah",
  "Hidayat",
  "Wicaksono",
];

export const JAVANESE_FEMALE = [
  "Sri",
  "Endang",
  "Sumiati",
  "Dewi",
  "Puji",
  "Ratna",
  "Yuni",
  "Kartika",
  "Eka",
  "Dwi",
  "Ayu",
  "Fitri",
  "Sulastri",
  "Siti",
  "Indah",
  "Retno",
  "Winarti",
  "Tri",
  "Nanik",
];

export const JAVANESE_FEMALE_LAST = [
  "Wahyuni",
  "Lestari",
  "Rahayu",
  "Handayani",
  "Ningsih",
  "Susanti",
  "Astuti",
  "Wulandari",
  "Purwanti",
  "Kurniasih",
  "Rahmawati",
  "Utami",
  "Anggraini",
  "Pratiwi",
  "Suryani",
  "Setyaningsih",
  "Kusumawati",
];

export const MINANG_MALE = [
  "Afrizal",
  "Zulfikar",
  "Yusrizal",
  "Syafrizal",
  "Hendri",
  "Ferdi",
  "Andri",
  "Rizal",
  "Nofrizal",
  "Erizal",
  "Zulhendri",
  "Yuliandri",
  "Fauzan",
  "Riko",
];

export const MINANG_FEMALE = [
  "Yusnita",
  "Desmawati",
  "Yeni",
  "Rosmaini",
  "Elfi",
  "Yulia",
  "Fitria",
  "Ernita",
  "Nofriyanti",
  "Yuliza",
  "Mardiana",
  "Rahmi",
];

/** Minang suku names are used as family names in the rantau; `Putra`/`Putri` as a plain second name. */
export const MINANG_LAST = ["Chaniago", "Piliang", "Sikumbang", "Koto", "Jambak", "Syafri", "Effendi"];

export const ACEH_MALE = [
  "Zulfahmi",
  "Munawar",
  "Iskandar",
  "Azhari",
  "Mukhlis",
  "Safrizal",
  "Razali",
  "Husaini",
  "Nurdin",
  "Jailani",
  "Fadhil",
  "Mahdi",
  "Ridha",
];

export const ACEH_FEMALE = [
  "Nurhafni",
  "Fitriani",
  "Nurjannah",
  "Mutia",
  "Rauzah",
  "Maulida",
  "Rizka",
  "Humaira",
];

export const CHINESE_MALE = [
  "Hendra",
  "Wilson",
  "Kevin",
  "Andy",
  "Ferry",
  "Willy",
  "Johan",
  "Hengky",
  "Sunardi",
];
export const CHINESE_FEMALE = ["Linda", "Vivi", "Meiliana", "Susanti", "Lily", "Yenny", "Lisa", "Cindy"];
export const CHINESE_LAST = [
  "Wijaya",
  "Halim",
  "Gunawan",
  "Salim",
  "Tanjaya",
  "Hartanto",
  "Lim",
  "Tan",
  "Sutanto",
];

/** Academic titles (UU 12/2012 spellings as used on Medan SK): front titles precede, back titles follow. */
export const FRONT_TITLES = ["Dr.", "Drs.", "Dra.", "Ir."] as const;
export const BACK_TITLES = [
  "S.Sos.",
  "S.E.",
  "S.H.",
  "S.Kom.",
  "S.STP",
  "S.IP",
  "S.Pd.",
  "S.Psi.",
  "S.T.",
  "S.P.",
  "A.Md.",
  "M.Si.",
  "M.AP",
  "M.M.",
  "M.H.",
] as const;

export type PersonName = {
  /** Name without academic titles, e.g. "Dameria br. Simanjuntak". */
  fullName: string;
  /** First given name (used for the e-mail local part). */
  firstName: string;
  /** Family name or, without one, the last given name. */
  lastName: string;
};

type Style = {
  weight: number;
  build: (pick: <T>(list: readonly T[]) => T, chance: (p: number) => boolean, sex: Sex) => string[];
};

const given = (sex: Sex, male: readonly string[], female: readonly string[]) => (sex === "L" ? male : female);

// Weights approximate Medan Marelan: a Melayu/Mandailing/Javanese coastal suburb with Toba and Karo
// families, a few Minang, Aceh and Chinese-Indonesian ones.
const STYLES: Style[] = [
  {
    // Melayu Deli: two Muslim given names, no family name ("Muhammad Fadli", "Siti Aminah").
    weight: 22,
    build: (pick, _chance, sex) => [
      pick(given(sex, MUSLIM_MALE_FIRST, MUSLIM_FEMALE_FIRST)),
      pick(given(sex, MUSLIM_MALE_SECOND, MUSLIM_FEMALE_SECOND)),
    ],
  },
  {
    // Mandailing/Angkola: one or two Muslim given names + marga.
    weight: 22,
    build: (pick, chance, sex) => {
      const parts = [pick(given(sex, MUSLIM_MALE_FIRST, MUSLIM_FEMALE_FIRST))];
      if (chance(0.5)) parts.push(pick(given(sex, MUSLIM_MALE_SECOND, MUSLIM_FEMALE_SECOND)));
      return [...parts, pick(MARGA_MANDAILING)];
    },
  },
  {
    // Javanese (Pujakesuma): given name + a Javanese second name.
    weight: 22,
    build: (pick, _chance, sex) =>
      sex === "L"
        ? [pick(JAVANESE_MALE), pick(JAVANESE_MALE_LAST)]
        : [pick(JAVANESE_FEMALE), pick(JAVANESE_FEMALE_LAST)],
  },
  {
    // Toba/Simalungun: Christian given name(s) + marga; women are often written "br." (boru) + marga.
    weight: 15,
    build: (pick, chance, sex) => {
      const list = given(sex, CHRISTIAN_MALE, CHRISTIAN_FEMALE);
      const parts = chance(0.35) ? [pick(list), pick(list)] : [pick(list)];
      if (sex === "P" && chance(0.35)) parts.push("br.");
      return [...parts, pick(MARGA_TOBA)];
    },
  },
  {
    // Karo: Christian given name + merga; "br." for some women.
    weight: 6,
    build: (pick, chance, sex) => {
      const parts = [pick(given(sex, CHRISTIAN_MALE, CHRISTIAN_FEMALE))];
      if (sex === "P" && chance(0.35)) parts.push("br.");
      return [...parts, pick(MARGA_KARO)];
    },
  },
  {
    // Minang: Minang given name + suku/family name or a Muslim second name.
    weight: 6,
    build: (pick, chance, sex) => {
      const first = pick(given(sex, MINANG_MALE, MINANG_FEMALE));
      if (chance(0.5)) return [first, pick(MINANG_LAST)];
      return [
        first,
        sex === "L" ? pick(["Putra", ...MUSLIM_MALE_SECOND]) : pick(["Putri", ...MUSLIM_FEMALE_SECOND]),
      ];
    },
  },
  {
    // Aceh: Muslim + Acehnese given names, sometimes with the Teuku/Cut honorific.
    weight: 4,
    build: (pick, chance, sex) => {
      const parts = [
        pick(given(sex, MUSLIM_MALE_FIRST, MUSLIM_FEMALE_FIRST)),
        pick(given(sex, ACEH_MALE, ACEH_FEMALE)),
      ];
      if (chance(0.3)) parts.unshift(sex === "L" ? "Teuku" : "Cut");
      return parts;
    },
  },
  {
    // Chinese-Indonesian: Indonesian given name + Indonesianised family name.
    weight: 3,
    build: (pick, _chance, sex) => [pick(given(sex, CHINESE_MALE, CHINESE_FEMALE)), pick(CHINESE_LAST)],
  },
];

const HONORIFICS = new Set(["Teuku", "Cut"]);
const CONNECTORS = new Set(["br."]);
const TOTAL_WEIGHT = STYLES.reduce((sum, s) => sum + s.weight, 0);

/**
 * A realistic name for the given sex. `rand` returns a float in [0, 1) (the caller's seeded PRNG), so the
 * result is deterministic. No word appears twice in one name ("Andi Andi", "Siti Nurul Siti").
 */
export function buildPersonName(rand: () => number, sex: Sex): PersonName {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const chance = (p: number) => rand() < p;
  let roll = rand() * TOTAL_WEIGHT;
  let style = STYLES[STYLES.length - 1];
  for (const s of STYLES) {
    roll -= s.weight;
    if (roll < 0) {
      style = s;
      break;
    }
  }
  for (;;) {
    const parts = style.build(pick, chance, sex);
    const lowered = parts.map((p) => p.toLowerCase());
    if (new Set(lowered).size !== parts.length) continue;
    const core = parts.filter((p) => !HONORIFICS.has(p) && !CONNECTORS.has(p));
    return { fullName: parts.join(" "), firstName: core[0], lastName: core[core.length - 1] };
  }
}

/** "Drs. Ahmad Nasution, M.Si.": front titles before the name, back titles after a comma each. */
export function withTitles(fullName: string, front: readonly string[], back: readonly string[]): string {
  const head = [...front, fullName].join(" ");
  return back.length > 0 ? `${head}, ${back.join(", ")}` : head;
}

/** The given/family words of a titled name, without titles, honorifics or "br.": for uniqueness checks. */
export function nameWords(titledName: string): string[] {
  const core = titledName.split(",")[0];
  return core
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .filter((w) => !(FRONT_TITLES as readonly string[]).includes(w))
    .filter((w) => !HONORIFICS.has(w) && !CONNECTORS.has(w));
}
