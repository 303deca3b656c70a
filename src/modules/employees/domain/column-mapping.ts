import { type FieldIssue, issue } from "../../../platform/errors";
import type { ImportMapping } from "../schema";

/** What an import row can fill, in the order the mapping form shows them. */
export const importFields = [
  "nip",
  "name",
  "frontTitle",
  "backTitle",
  "asnType",
  "golongan",
  "unit",
  "position",
  "tmtJabatan",
  "education",
  "email",
  "phone",
] as const;
export type ImportField = (typeof importFields)[number];
export const requiredImportFields: readonly ImportField[] = ["nip", "name", "unit"];

/**
 * Header names seen in the wild, most specific first: BKN SIASN exports ("NIP BARU", "GOL RUANG AKHIR",
 * "JABATAN NAMA", "UNOR NAMA"…), SIMPEG spreadsheets, and SIGAP's own export, so an export re-imports as is.
 * Matching is exact on the normalised header: "NIP LAMA" (the 9-digit pre-2007 number) or "NIP ATASAN" are
 * never taken for the NIP.
 */
const synonyms: Record<ImportField, string[]> = {
  nip: ["NIP BARU", "NIP", "NIP NI PPPK", "NI PPPK", "NIP PPPK", "NOMOR INDUK PEGAWAI"],
  name: ["NAMA", "NAMA LENGKAP", "NAMA PEGAWAI", "NAMA ASN"],
  frontTitle: ["GELAR DEPAN"],
  backTitle: ["GELAR BELAKANG"],
  asnType: ["JENIS ASN", "JENIS PEGAWAI", "JENIS PEGAWAI NAMA", "STATUS ASN", "STATUS KEPEGAWAIAN"],
  golongan: [
    "GOL RUANG AKHIR",
    "GOL AKHIR NAMA",
    "GOLONGAN",
    "GOLONGAN RUANG",
    "GOL RUANG",
    "GOL",
    "PANGKAT GOLONGAN",
  ],
  unit: ["KODE UNIT", "UNIT KODE", "UNOR NAMA", "UNIT KERJA", "UNIT", "UNOR", "UNIT ORGANISASI"],
  position: ["KODE JABATAN", "JABATAN NAMA", "JABATAN", "NAMA JABATAN"],
  tmtJabatan: ["TMT JABATAN"],
  education: ["PENDIDIKAN NAMA", "PENDIDIKAN", "PENDIDIKAN TERAKHIR"],
  email: ["EMAIL", "E MAIL", "EMAIL GOV", "SUREL", "ALAMAT EMAIL"],
  phone: ["NOMOR HP", "NO HP", "NOMOR TELEPON", "NO TELP", "TELEPON", "HP", "NOMOR HANDPHONE"],
};

/** "Gol. Ruang_Akhir " → "GOL RUANG AKHIR". */
export const normaliseHeader = (h: string) =>
  h
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** Best guess of which column feeds which field; each column is used at most once. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  for (const field of importFields) {
    for (const name of synonyms[field]) {
      const index = normalised.findIndex((h, i) => h === name && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/**
 * The mapping sent by the form: field → column number ("" = not imported). Required fields must be mapped,
 * columns must exist, and one column cannot feed two fields.
 */
export function parseMapping(
  form: Record<string, string | undefined>,
  columnCount: number,
): { mapping: ImportMapping; issues: FieldIssue[] } {
  const mapping: ImportMapping = {};
  const issues: FieldIssue[] = [];
  const usedBy = new Map<number, ImportField>();
  for (const field of importFields) {
    const raw = form[`map.${field}`]?.trim() ?? "";
    if (raw === "") {
      if (requiredImportFields.includes(field))
        issues.push(issue(`map.${field}`, "employees.import.map.required"));
      continue;
    }
    const index = /^\d{1,4}$/.test(raw) ? Number(raw) : -1;
    if (index < 0 || index >= columnCount) {
      issues.push(issue(`map.${field}`, "employees.import.map.unknownColumn"));
      continue;
    }
    const other = usedBy.get(index);
    if (other) {
      issues.push(issue(`map.${field}`, "employees.import.map.duplicate"));
      continue;
    }
    usedBy.set(index, field);
    mapping[field] = index;
  }
  return { mapping, issues };
}
