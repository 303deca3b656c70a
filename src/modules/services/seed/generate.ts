import { createHash } from "node:crypto";
import { addDays, type Calendar, isWorkingDay } from "../../../platform/calendar";
import type { documents } from "../../../platform/documents/schema";
import { buildNik } from "../../../platform/identifiers";
import { BUSINESS_FIELDS, businessFromAnswers } from "../domain/business";
import { formatLetterNumber } from "../domain/numbering";
import { REFERENCE_ALPHABET } from "../domain/reference";
import type { Status } from "../domain/workflow";
import type {
  serviceBusinesses,
  serviceRequestAttachments,
  serviceRequestHistory,
  serviceRequests,
} from "../schema";
import type { OfficeRow, ServiceRow } from "../services.repository";

/**
 * A year of service requests for the demo (SPEC §5: "a year of requests … so queues, tracking and dashboards
 * look alive") and for the benchmark's 100,000: deterministic for a seed, every status, some overdue, real
 * due dates in working days, history rows for every step, letters numbered without gaps in issue order, and
 * the UMKM register of finished business requests. Pure: the caller inserts the rows.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALE = [
  "Ahmad",
  "Muhammad",
  "Rizki",
  "Hendra",
  "Fauzi",
  "Rahmat",
  "Ilham",
  "Yusuf",
  "Dedi",
  "Indra",
  "Andi",
  "Budi",
  "Joko",
  "Agus",
  "Bambang",
  "Dimas",
  "Fajar",
  "Hasan",
  "Irwan",
  "Rudi",
];
const FEMALE = [
  "Siti",
  "Nur",
  "Dewi",
  "Rina",
  "Sri",
  "Fitri",
  "Yuni",
  "Ayu",
  "Putri",
  "Nurul",
  "Rahmah",
  "Wulan",
  "Lestari",
  "Maya",
  "Indah",
  "Ratna",
  "Sari",
  "Aisyah",
  "Fatimah",
  "Desi",
];
const SECOND = [
  "Hidayat",
  "Saputra",
  "Ramadhan",
  "Aminah",
  "Wahyuni",
  "Kurniawan",
  "Handayani",
  "Pratama",
  "Lestari",
  "Syahputra",
  "Rahayu",
  "Permata",
  "Safitri",
  "Utami",
  "Maulana",
];
const MARGA = [
  "Siregar",
  "Nasution",
  "Lubis",
  "Harahap",
  "Simanjuntak",
  "Sitorus",
  "Tarigan",
  "Ginting",
  "Sembiring",
  "Hasibuan",
  "Pohan",
  "Daulay",
  "Rangkuti",
  "Batubara",
  "Matondang",
];
const STREETS = [
  "Jl. Marelan Raya",
  "Jl. Titi Pahlawan",
  "Jl. Pasar V Barat",
  "Jl. Kapten Rahmad Buddin",
  "Jl. Paya Pasir",
  "Jl. Rawa Indah",
  "Jl. Pasar III",
  "Jl. Kavling Sejahtera",
  "Jl. Rengas Pulau",
  "Jl. Young Panah Hijau",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"];
const ACTIVITIES: [string, string, string][] = [
  ["Warung makan", "56103", "Warung Makan"],
  ["Kedai kopi", "56303", "Kedai Kopi"],
  ["Bengkel sepeda motor", "45407", "Bengkel"],
  ["Penjahitan pakaian", "14111", "Jahit"],
  ["Toko kelontong", "47111", "Toko"],
  ["Produksi keripik", "10794", "Keripik"],
  ["Budidaya ikan lele", "03222", "Kolam Lele"],
  ["Laundry kiloan", "96200", "Laundry"],
  ["Pangkas rambut", "96111", "Pangkas"],
  ["Usaha kue basah", "10710", "Kue"],
];

/** How often each service is asked for (SKD and pengantar dominate a kecamatan's counter). */
const WEIGHTS: Record<string, number> = {
  SKD: 30,
  SPKTP: 20,
  SKTM: 14,
  SKU: 12,
  NIB: 8,
  SKDU: 6,
  SKAW: 5,
  IUMK: 5,
};
/** Kelurahan by population (Rengas Pulau and Terjun are the largest). */
const KELURAHAN_WEIGHTS: Record<string, number> = {
  "MM.1001": 17,
  "MM.1002": 27,
  "MM.1003": 25,
  "MM.1004": 15,
  "MM.1005": 16,
};

export type Person = { id: string; name: string };
export type Signer = { name: string; nip: string; title: string };

export type GenerateInput = {
  services: ServiceRow[];
  offices: OfficeRow[];
  /** Officers (user accounts) per office id, for assignment and history. */
  officers: Map<string, Person[]>;
  /** Who signs each office's letters. */
  signers: Map<string, Signer>;
  cal: Calendar;
  today: string;
  count: number;
  seed: number;
  pinHashOf: (reference: string) => string;
  /** References already taken (fixed demo references, earlier batches); new ones are added to it. */
  taken?: Set<string>;
  /** Letter numbers already issued, per counter key: numbering continues after them. */
  counters?: Map<string, number>;
};

type RequestInsert = typeof serviceRequests.$inferInsert;
type HistoryInsert = typeof serviceRequestHistory.$inferInsert;
type DocumentInsert = typeof documents.$inferInsert;

export type Generated = {
  requests: RequestInsert[];
  history: HistoryInsert[];
  attachments: (typeof serviceRequestAttachments.$inferInsert)[];
  businesses: (typeof serviceBusinesses.$inferInsert)[];
  documents: DocumentInsert[];
  counters: Map<string, number>;
};

const uuidFrom = (rand: () => number) => {
  const hex = createHash("sha256").update(String(rand())).update(String(rand())).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Working days as an ordered list so "n HK later" and "HK between" are array lookups over a whole year. */
function workingDayIndex(cal: Calendar, from: string, to: string) {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) days.push(d);
  const ordinal = new Map(days.map((d, i) => [d, i]));
  return { days, ordinal };
}

function answersFor(
  code: string,
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
  int: (a: number, b: number) => number,
  owner: string,
) {
  const [activity, kbli, label] = pick(ACTIVITIES);
  const business = {
    [BUSINESS_FIELDS.name]: `${label} ${owner.split(" ")[0]}`,
    [BUSINESS_FIELDS.activity]: activity,
    [BUSINESS_FIELDS.kbli]: rand() < 0.6 ? kbli : "",
    [BUSINESS_FIELDS.address]: `${pick(STREETS)} No. ${int(1, 200)}`,
    [BUSINESS_FIELDS.capital]: String(int(2, 400) * 1_000_000 + (rand() < 0.03 ? 1_500_000_000 : 0)),
    [BUSINESS_FIELDS.turnover]: String(int(12, 900) * 1_000_000 + (rand() < 0.03 ? 2_500_000_000 : 0)),
    [BUSINESS_FIELDS.workers]: String(int(0, 8)),
  };
  const clean = (o: Record<string, string>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== ""));
  switch (code) {
    case "SKD":
      return {
        lingkungan: `Lingkungan ${pick(ROMAN)}`,
        status_tinggal: pick(["milik", "milik", "sewa", "menumpang"]),
        lama_tinggal: String(int(1, 40)),
        keperluan: pick([
          "Persyaratan membuka rekening bank",
          "Melamar pekerjaan",
          "Pendaftaran sekolah anak",
          "Pengurusan BPJS",
          "Persyaratan kredit",
        ]),
      };
    case "SKTM":
      return {
        keperluan: pick(["pendidikan", "kesehatan", "bansos", "pendidikan"]),
        pekerjaan: pick([
          "Buruh harian lepas",
          "Nelayan",
          "Pedagang kecil",
          "Tukang becak",
          "Ibu rumah tangga",
        ]),
        penghasilan: String(int(5, 30) * 100_000),
        tanggungan: String(int(1, 7)),
      };
    case "SPKTP":
      return {
        jenis: pick(["ktp_baru", "ktp_hilang", "ktp_rusak", "kk_baru", "kk_ubah"]),
        alasan: pick([
          "Baru berusia 17 tahun",
          "KTP hilang saat banjir",
          "KTP patah",
          "Menikah dan pisah KK",
          "Penambahan anggota keluarga",
        ]),
      };
    case "SKAW":
      return {
        nama_pewaris: `${pick(MALE)} ${pick(MARGA)}`,
        nik_pewaris: buildNik({
          districtCode: "127112",
          birthDate: `19${int(40, 69)}-0${int(1, 9)}-1${int(0, 9)}`,
          sex: "L",
          sequence: int(1, 9999),
        }),
        tanggal_meninggal: "2026-01-15",
        akta_kematian: `1271-KM-${int(10000000, 99999999)}`,
        ahli_waris: `${owner} – anak\n${pick(FEMALE)} ${pick(SECOND)} – istri`,
        saksi_1: `${pick(MALE)} ${pick(MARGA)}`,
        saksi_2: `${pick(MALE)} ${pick(SECOND)}`,
      };
    case "SKDU":
      return clean({
        [BUSINESS_FIELDS.name]: business[BUSINESS_FIELDS.name]!,
        [BUSINESS_FIELDS.activity]: activity,
        [BUSINESS_FIELDS.address]: business[BUSINESS_FIELDS.address]!,
        status_tempat: pick(["milik", "sewa"]),
        luas: String(int(6, 120)),
      });
    case "NIB":
      return clean({ ...business, akun_oss: pick(["belum", "sudah"]) });
    default:
      return clean(business);
  }
}

/** Picks by cumulative probability: choose(0.5, [[0.3, "a"], [0.7, "b"]]) → "b". */
function choose<T>(r: number, table: [number, T][]): T {
  let acc = 0;
  for (const [p, v] of table) {
    acc += p;
    if (r < acc) return v;
  }
  return table[table.length - 1]![1];
}

export function generateRequests(input: GenerateInput): Generated {
  const rand = mulberry32(input.seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const weighted = (w: Record<string, number>) => {
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    return choose(
      rand(),
      Object.entries(w).map(([k, v]) => [v / total, k] as [number, string]),
    );
  };

  const { cal, today } = input;
  const { days, ordinal } = workingDayIndex(cal, addDays(today, -380), addDays(today, 90));
  const todayOrd = ordinal.get(today) ?? days.findIndex((d) => d > today) - 1;
  const hkAfter = (date: string, n: number) => days[(ordinal.get(date) ?? 0) + n] ?? date;
  const services = new Map(input.services.map((s) => [s.code, s]));
  const kecamatanOffice = input.offices.find((o) => o.unitKind !== "kelurahan");
  // Shared with the caller, so several generated batches never reuse a reference.
  const taken = input.taken ?? new Set<string>();
  const counters = new Map(input.counters ?? []);
  const out: Generated = {
    requests: [],
    history: [],
    attachments: [],
    businesses: [],
    documents: [],
    counters,
  };
  const toNumber: {
    finishedOn: string;
    key: [string, string];
    request: RequestInsert;
    office: OfficeRow;
    service: ServiceRow;
  }[] = [];

  for (let i = 0; i < input.count; i++) {
    const code = weighted(WEIGHTS);
    const service = services.get(code);
    if (!service) continue;
    const kelurahan = weighted(KELURAHAN_WEIGHTS);
    const kelOffice = input.offices.find((o) => o.unitCode === kelurahan);
    const office = service.level === "kecamatan" ? kecamatanOffice : kelOffice;
    if (!office || !kelOffice) continue;

    // Submission: any working day of the last year, more in recent months.
    const back = Math.floor(rand() ** 1.3 * 250);
    const submittedOn = days[Math.max(0, todayOrd - back)]!;
    const age = todayOrd - (ordinal.get(submittedOn) ?? todayOrd);
    const due = hkAfter(submittedOn, service.slaDays);
    const female = rand() < 0.5;
    const name =
      rand() < 0.45
        ? `${pick(female ? FEMALE : MALE)} ${pick(MARGA)}`
        : `${pick(female ? FEMALE : MALE)} ${pick(SECOND)}`;
    const birth = `${int(1950, 2006)}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    const nik = buildNik({
      districtCode: rand() < 0.85 ? "127112" : pick(["127101", "127105", "120712", "127113"]),
      birthDate: birth,
      sex: female ? "P" : "L",
      sequence: int(1, 9999),
    });

    // Where it stands today: old requests are finished; a few of the last weeks' are stuck past their due
    // date (the overdue rows of the queue); recent ones spread over the open statuses.
    const stuck = pick(["DIVERIFIKASI", "DIPROSES", "MENUNGGU_TTD", "PERLU_PERBAIKAN"] as const);
    let status: Status = choose(
      rand(),
      age > service.slaDays + 25
        ? [
            [0.9, "SELESAI"],
            [0.055, "DITOLAK"],
            [0.045, "DIBATALKAN"],
          ]
        : age > service.slaDays + 6
          ? [
              [0.8, "SELESAI"],
              [0.04, "DITOLAK"],
              [0.03, "DIBATALKAN"],
              [0.13, stuck],
            ]
          : [
              [0.24, "DIAJUKAN"],
              [0.18, "DIVERIFIKASI"],
              [0.18, "DIPROSES"],
              [0.12, "MENUNGGU_TTD"],
              [0.08, "PERLU_PERBAIKAN"],
              [0.16, "SELESAI"],
              [0.02, "DITOLAK"],
              [0.02, "DIBATALKAN"],
            ],
    );
    if (status === "MENUNGGU_TTD" && !service.producesDocument) status = "DIPROSES";
    if (age === 0 && status !== "DIBATALKAN") status = "DIAJUKAN";

    let reference = "";
    do {
      reference = `MM-${submittedOn.slice(2, 4)}${submittedOn.slice(5, 7)}-${Array.from({ length: 4 }, () => REFERENCE_ALPHABET[Math.floor(rand() * 31)]).join("")}`;
    } while (taken.has(reference));
    taken.add(reference);

    const id = uuidFrom(rand);
    const officers = input.officers.get(office.id) ?? [];
    const officer = officers.length ? officers[i % officers.length]! : null;
    const officerName = officer?.name ?? `Petugas ${office.letterheadName}`;
    const answers = answersFor(code, rand, pick, int, name) as Record<string, string>;

    // The path the request took, one history row per step, on consecutive working days.
    const steps: [Status, string][] = [];
    const finishOrd = Math.min(
      todayOrd,
      (ordinal.get(submittedOn) ?? 0) +
        (rand() < 0.88 ? int(0, service.slaDays) : service.slaDays + int(1, 4)),
    );
    let pauses: { from: string; to: string | null }[] = [];
    const path: Status[] = [
      "DIVERIFIKASI",
      "DIPROSES",
      ...(service.producesDocument ? (["MENUNGGU_TTD"] as Status[]) : []),
    ];
    const stopAt: Record<Status, number> = {
      DIAJUKAN: 0,
      DIVERIFIKASI: 1,
      DIPROSES: 2,
      MENUNGGU_TTD: 3,
      PERLU_PERBAIKAN: int(0, 2),
      SELESAI: path.length,
      DITOLAK: int(0, 2),
      DIBATALKAN: int(0, 1),
    };
    for (const s of path.slice(0, stopAt[status]))
      steps.push([s, s === "DIVERIFIKASI" ? "verified" : s === "DIPROSES" ? "processing" : "toSign"]);
    let stage = service.level;
    let currentUnitPath = office.unitPath;
    let countersign: RequestInsert["countersign"] = null;
    if (
      service.needsCamat &&
      (status === "SELESAI" || (status === "MENUNGGU_TTD" && rand() < 0.5)) &&
      kecamatanOffice
    ) {
      steps.push(["MENUNGGU_TTD", "escalated"]);
      stage = "kecamatan";
      currentUnitPath = kecamatanOffice.unitPath;
      const lurah = input.signers.get(office.id);
      const on = days[Math.min(todayOrd, (ordinal.get(submittedOn) ?? 0) + 3)]!;
      countersign = {
        name: lurah?.name ?? "Lurah",
        nip: lurah?.nip ?? "-",
        title: lurah?.title ?? office.signerTitle,
        on,
      };
    }
    const signingOffice = stage === "kecamatan" && kecamatanOffice ? kecamatanOffice : office;
    let correctionNote: string | null = null;
    if (status === "PERLU_PERBAIKAN") {
      correctionNote = pick([
        "Foto KK tidak terbaca, mohon unggah ulang.",
        "Surat pengantar Kepala Lingkungan belum ditandatangani.",
        "Alamat pada permohonan berbeda dengan KK.",
      ]);
      steps.push(["PERLU_PERBAIKAN", "correctionRequested"]);
      pauses = [
        { from: days[Math.min(todayOrd, (ordinal.get(submittedOn) ?? 0) + steps.length)]!, to: null },
      ];
    }
    if (status === "SELESAI") steps.push(["SELESAI", service.producesDocument ? "signed" : "completed"]);
    if (status === "DITOLAK") steps.push(["DITOLAK", "rejected"]);
    if (status === "DIBATALKAN") steps.push(["DIBATALKAN", "cancelled"]);
    const final = status === "SELESAI" || status === "DITOLAK" || status === "DIBATALKAN";
    const finishedOn = final ? days[Math.max(ordinal.get(submittedOn) ?? 0, finishOrd)]! : null;

    const at = (date: string, hour: number) =>
      new Date(`${date}T${String(hour).padStart(2, "0")}:${String(int(0, 59)).padStart(2, "0")}:00+07:00`);
    out.history.push({
      requestId: id,
      fromStatus: null,
      toStatus: "DIAJUKAN",
      event: "submitted",
      actorName: "Pemohon",
      at: at(submittedOn, 8),
    });
    let previous: Status = "DIAJUKAN";
    steps.forEach(([to, event], k) => {
      const last = k === steps.length - 1;
      const dayOrd = Math.min(todayOrd, (ordinal.get(submittedOn) ?? 0) + Math.min(k + 1, service.slaDays));
      const date = last && finishedOn ? finishedOn : days[dayOrd]!;
      const byCitizen = event === "cancelled";
      const signer =
        event === "escalated"
          ? input.signers.get(office.id)
          : event === "signed"
            ? input.signers.get(signingOffice.id)
            : null;
      out.history.push({
        requestId: id,
        fromStatus: previous,
        toStatus: to,
        event,
        note:
          event === "rejected"
            ? "Persyaratan tidak terpenuhi: pemohon bukan warga kelurahan ini."
            : event === "correctionRequested"
              ? correctionNote
              : null,
        actorUserId: byCitizen || signer ? null : (officer?.id ?? null),
        actorName: byCitizen ? "Pemohon" : (signer?.name ?? officerName),
        at: at(date, 9 + Math.min(k, 6)),
      });
      previous = to;
    });

    const open = !final;
    const dueDate = status === "PERLU_PERBAIKAN" ? null : due;
    const request: RequestInsert = {
      id,
      reference,
      pinHash: input.pinHashOf(reference),
      serviceId: service.id,
      officeId: office.id,
      unitPath: office.unitPath,
      currentUnitPath,
      stage,
      status,
      version: steps.length + 1,
      channel: pick(["web", "web", "web", "loket", "loket", "kios"] as const),
      applicantNik: nik,
      applicantName: name,
      applicantPhone: `08${int(11, 99)}${int(1000000, 9999999)}`,
      applicantEmail: rand() < 0.3 ? `${name.split(" ")[0]!.toLowerCase()}${int(1, 999)}@contoh.id` : null,
      applicantAddress: `${pick(STREETS)} No. ${int(1, 250)}, Lingkungan ${pick(ROMAN)}`,
      applicantKelurahan: kelurahan,
      answers,
      assignedTo: officer?.id ?? null,
      submittedOn,
      slaDays: service.slaDays,
      dueDate,
      pauses,
      correctionNote,
      finishedAt: finishedOn ? at(finishedOn, 14) : null,
      finishedOn,
      slaBreachedAt: open && dueDate && dueDate < today ? new Date() : null,
      slaWarnedAt: open && dueDate && dueDate <= today ? new Date() : null,
      countersign,
      nib:
        status === "SELESAI" && service.businessKind === "nib" ? `91${int(10000000000, 99999999999)}` : null,
      createdAt: at(submittedOn, 8),
    };
    out.requests.push(request);
    for (const d of service.documents.filter((x) => x.required))
      out.attachments.push({ requestId: id, docKey: d.key, mode: "bawa" });
    const business = service.businessKind ? businessFromAnswers(answers) : null;
    if (business) {
      out.businesses.push({
        requestId: id,
        unitPath: office.unitPath,
        kelurahan,
        ownerName: name,
        ...business,
        nib: request.nib ?? null,
        registeredOn: status === "SELESAI" ? finishedOn : null,
        searchText:
          `${business.businessName} ${business.activity} ${name} ${business.kbli ?? ""}`.toLowerCase(),
      });
    }
    if (status === "SELESAI" && service.producesDocument) {
      toNumber.push({
        finishedOn: finishedOn!,
        key: [service.classificationCode, signingOffice.letterCode],
        request,
        office: signingOffice,
        service,
      });
    }
  }

  // Numbers in the order letters were signed: each office's yearly sequence has no gaps.
  toNumber.sort((a, b) => (a.finishedOn < b.finishedOn ? -1 : a.finishedOn > b.finishedOn ? 1 : 0));
  for (const n of toNumber) {
    const key = `${n.key[0]}|${n.key[1]}|${n.finishedOn.slice(0, 4)}`;
    const seq = (counters.get(key) ?? 0) + 1;
    counters.set(key, seq);
    const number = formatLetterNumber({
      classification: n.key[0],
      sequence: seq,
      letterCode: n.key[1],
      date: n.finishedOn,
    });
    const signer = input.signers.get(n.office.id) ?? {
      name: "Pejabat",
      nip: "-",
      title: n.office.signerTitle,
    };
    const docId = uuidFrom(rand);
    n.request.documentId = docId;
    n.request.documentNumber = number;
    const businessName = n.request.answers[BUSINESS_FIELDS.name];
    out.documents.push({
      id: docId,
      kind: "surat",
      title: n.service.template.title,
      number,
      subjectName: n.request.applicantName,
      subjectNikMasked: `${n.request.applicantNik.slice(0, 4)}••••••••${n.request.applicantNik.slice(-4)}`,
      issuerName: n.office.letterheadName,
      unitPath: n.request.unitPath,
      signerName: signer.name,
      signerNip: signer.nip,
      signerTitle: signer.title,
      issuedOn: n.finishedOn,
      validUntil: n.service.validityDays ? addDays(n.finishedOn, n.service.validityDays) : null,
      keyFacts: [
        { label: "Jenis layanan", value: n.service.name },
        { label: "Nomor permohonan", value: n.request.reference },
        ...(businessName ? [{ label: "Nama usaha", value: businessName }] : []),
      ],
      sourceEntity: "service_request",
      sourceId: n.request.id!,
    });
  }
  return out;
}
