/**
 * Business scale by PP 7/2021 Pasal 35 (kemudahan, pelindungan dan pemberdayaan KUMKM):
 *   modal usaha (excluding land and buildings): mikro ≤ Rp1 miliar; kecil ≤ Rp5 miliar; menengah ≤ Rp10 miliar;
 *   hasil penjualan tahunan: mikro ≤ Rp2 miliar; kecil ≤ Rp15 miliar; menengah ≤ Rp50 miliar.
 * As SPEC §3.4 reads it, a business is in a class when either criterion puts it there (Pasal 35(5) lets the
 * turnover criterion apply to businesses already running), so the smaller of the two classes wins.
 */
export type BusinessScale = "mikro" | "kecil" | "menengah" | "besar";

const MILIAR = 1_000_000_000;
const CAPITAL_LIMITS: [BusinessScale, number][] = [
  ["mikro", 1 * MILIAR],
  ["kecil", 5 * MILIAR],
  ["menengah", 10 * MILIAR],
];
const TURNOVER_LIMITS: [BusinessScale, number][] = [
  ["mikro", 2 * MILIAR],
  ["kecil", 15 * MILIAR],
  ["menengah", 50 * MILIAR],
];
const ORDER: BusinessScale[] = ["mikro", "kecil", "menengah", "besar"];

const classBy = (value: number, limits: [BusinessScale, number][]): BusinessScale =>
  limits.find(([, limit]) => value <= limit)?.[0] ?? "besar";

export function classifyBusiness(input: { capital: number; turnover: number }): BusinessScale {
  if (input.capital < 0 || input.turnover < 0)
    throw new RangeError("capital and turnover are never negative");
  const a = ORDER.indexOf(classBy(input.capital, CAPITAL_LIMITS));
  const b = ORDER.indexOf(classBy(input.turnover, TURNOVER_LIMITS));
  return ORDER[Math.min(a, b)]!;
}

/** The answers of the micro-business services that make up a business record (keys in the catalogue). */
export const BUSINESS_FIELDS = {
  name: "usaha_nama",
  activity: "usaha_kegiatan",
  kbli: "usaha_kbli",
  address: "usaha_alamat",
  capital: "usaha_modal",
  turnover: "usaha_omzet",
  workers: "usaha_pekerja",
  nib: "usaha_nib",
} as const;

export type BusinessData = {
  businessName: string;
  activity: string;
  kbli: string | null;
  address: string;
  capital: number;
  turnover: number;
  workers: number | null;
  scale: BusinessScale;
};

/** The business record from validated answers, or null when the service does not collect one. */
export function businessFromAnswers(answers: Record<string, string>): BusinessData | null {
  const f = BUSINESS_FIELDS;
  if (!answers[f.name] || !answers[f.activity] || answers[f.capital] === undefined) return null;
  const capital = Number(answers[f.capital] ?? 0);
  const turnover = Number(answers[f.turnover] ?? 0);
  return {
    businessName: answers[f.name]!,
    activity: answers[f.activity]!,
    kbli: answers[f.kbli] || null,
    address: answers[f.address] ?? "",
    capital,
    turnover,
    workers: answers[f.workers] ? Number(answers[f.workers]) : null,
    scale: classifyBusiness({ capital, turnover }),
  };
}
