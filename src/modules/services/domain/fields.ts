import type { FieldError } from "../../../platform/errors";
import { formatIdentifierError, parseNik } from "../../../platform/identifiers";

/**
 * Per-service form fields are data (SPEC §3.4): each service lists what it needs, the form and the API are
 * built from the list, and one pure validator checks answers for both. Collect only what the service needs
 * (UU 27/2022).
 */
export type FieldType = "text" | "textarea" | "number" | "money" | "date" | "nik" | "select" | "nib" | "kbli";

export type FieldDef = {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** date: the date may not lie after today (birth, death). */
  notFuture?: boolean;
};

/** A document the applicant uploads (PDF/JPG/PNG) or shows in original at the counter. */
export type DocumentRequirement = { key: string; label: string; required: boolean; hint?: string };
export type DocumentMode = "unggah" | "bawa";

/** A kelurahan the applicant may live in: unit code and name (from the unit tree, not from code). */
export type KelurahanOption = { value: string; label: string };

export type Applicant = {
  nik: string;
  name: string;
  phone: string | null;
  email: string | null;
  address: string;
  kelurahan: string;
};

/** Control characters (except new lines in long text) never belong in a form answer. */
const clean = (value: string, multiline: boolean) =>
  value
    .replace(/\r\n?/g, "\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(multiline ? /[\u0000-\u0009\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, "")
    .trim();

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** "1.500.000", "Rp 1.500.000", "1500000" → 1500000; null when not a whole rupiah amount. */
export function parseRupiah(input: string): number | null {
  const v = input.replace(/^rp\.?\s*/i, "").replace(/[.\s]/g, "");
  if (!/^\d{1,15}$/.test(v)) return null;
  return Number(v);
}

/** Indonesian mobile numbers, normalised to 08…: "+62 812-3456-7890" → "081234567890". */
export function parsePhone(input: string): string | null {
  const v = input.replace(/[\s\-().]/g, "");
  const m = /^(?:\+62|62|0)(8[1-9]\d{6,11})$/.exec(v);
  return m ? `0${m[1]}` : null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

function checkOne(
  def: FieldDef,
  raw: string,
  today: string,
): { value: string; error?: undefined } | { value?: undefined; error: string } {
  const multiline = def.type === "textarea";
  const v = clean(raw, multiline);
  if (v === "") return def.required ? { error: `${def.label} wajib diisi.` } : { value: "" };
  const maxLength = def.maxLength ?? (multiline ? 1000 : 200);
  switch (def.type) {
    case "text":
    case "textarea":
      if (v.length > maxLength) return { error: `${def.label} paling banyak ${maxLength} karakter.` };
      return { value: v };
    case "number": {
      if (!/^\d{1,9}$/.test(v)) return { error: `${def.label} harus berupa bilangan bulat.` };
      const n = Number(v);
      if (def.min !== undefined && n < def.min) return { error: `${def.label} paling kecil ${def.min}.` };
      if (def.max !== undefined && n > def.max) return { error: `${def.label} paling besar ${def.max}.` };
      return { value: String(n) };
    }
    case "money": {
      const n = parseRupiah(v);
      if (n === null)
        return { error: `${def.label} harus berupa jumlah rupiah tanpa desimal, mis. 25.000.000.` };
      return { value: String(n) };
    }
    case "date":
      if (!isRealDate(v)) return { error: `${def.label} harus berupa tanggal yang benar (TTTT-BB-HH).` };
      if (def.notFuture && v > today) return { error: `${def.label} tidak boleh setelah hari ini.` };
      return { value: v };
    case "nik": {
      const r = parseNik(v);
      if (!r.ok) return { error: `${def.label}: ${formatIdentifierError(r.error)}.` };
      return { value: r.value.nik };
    }
    case "select":
      if (!def.options?.some((o) => o.value === v)) return { error: `Pilih salah satu ${def.label}.` };
      return { value: v };
    case "nib": {
      const digits = v.replace(/\s+/g, "");
      if (!/^\d{13}$/.test(digits)) return { error: `${def.label} harus 13 digit angka.` };
      return { value: digits };
    }
    case "kbli": {
      if (!/^\d{5}$/.test(v)) return { error: `${def.label} harus 5 digit angka (KBLI 2020).` };
      return { value: v };
    }
  }
}

/** Checks the answers to a service's fields; unknown keys are dropped. Errors name `fields.<key>`. */
export function validateAnswers(
  defs: readonly FieldDef[],
  raw: Record<string, unknown>,
  today: string,
): { values: Record<string, string>; errors: FieldError[] } {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  for (const def of defs) {
    const input = raw[def.key];
    const text = typeof input === "string" ? input : typeof input === "number" ? String(input) : "";
    if (input !== undefined && input !== null && typeof input !== "string" && typeof input !== "number") {
      errors.push({ field: `fields.${def.key}`, message: `${def.label} tidak valid.` });
      continue;
    }
    const r = checkOne(def, text, today);
    if (r.error !== undefined) errors.push({ field: `fields.${def.key}`, message: r.error });
    else if (r.value !== "") values[def.key] = r.value;
  }
  return { values, errors };
}

/** Checks the applicant block shared by every service. Errors name `applicant.<key>`. */
export function validateApplicant(
  raw: Record<string, unknown>,
  kelurahanOptions: readonly KelurahanOption[],
): {
  value: Applicant | null;
  errors: FieldError[];
} {
  const s = (k: string) => (typeof raw[k] === "string" ? clean(raw[k] as string, false) : "");
  const errors: FieldError[] = [];
  const nikInput = s("nik");
  let nik = "";
  if (!nikInput) errors.push({ field: "applicant.nik", message: "NIK wajib diisi." });
  else {
    const r = parseNik(nikInput);
    if (r.ok) nik = r.value.nik;
    else errors.push({ field: "applicant.nik", message: `${formatIdentifierError(r.error)}.` });
  }
  const name = s("name");
  if (name.length < 2) errors.push({ field: "applicant.name", message: "Nama lengkap wajib diisi." });
  else if (name.length > 100)
    errors.push({ field: "applicant.name", message: "Nama lengkap paling banyak 100 karakter." });
  const phoneInput = s("phone");
  const phone = phoneInput ? parsePhone(phoneInput) : null;
  if (!phoneInput) errors.push({ field: "applicant.phone", message: "Nomor HP/WhatsApp wajib diisi." });
  else if (!phone)
    errors.push({
      field: "applicant.phone",
      message: "Nomor HP/WhatsApp tidak valid; tulis seperti 081234567890.",
    });
  const email = s("email");
  if (email && (email.length > 120 || !EMAIL.test(email)))
    errors.push({
      field: "applicant.email",
      message: "Alamat email tidak valid; tulis seperti nama@contoh.id.",
    });
  const address = s("address");
  if (address.length < 5)
    errors.push({ field: "applicant.address", message: "Alamat tempat tinggal wajib diisi." });
  else if (address.length > 200)
    errors.push({ field: "applicant.address", message: "Alamat paling banyak 200 karakter." });
  const kelurahan = s("kelurahan");
  if (!kelurahanOptions.some((k) => k.value === kelurahan))
    errors.push({ field: "applicant.kelurahan", message: "Pilih kelurahan tempat tinggal Anda." });
  if (errors.length) return { value: null, errors };
  return { value: { nik, name, phone, email: email || null, address, kelurahan }, errors };
}

/**
 * Document modes: a required document must be uploaded or marked "bawa" (shown in original at the counter);
 * optional ones may be left out. `uploaded` lists the keys that came with a valid file.
 */
export function validateDocumentModes(
  reqs: readonly DocumentRequirement[],
  modes: Record<string, unknown>,
  uploaded: ReadonlySet<string>,
): { modes: Record<string, DocumentMode>; errors: FieldError[] } {
  const out: Record<string, DocumentMode> = {};
  const errors: FieldError[] = [];
  for (const r of reqs) {
    if (uploaded.has(r.key)) {
      out[r.key] = "unggah";
      continue;
    }
    const m = modes[r.key];
    if (m === "bawa") out[r.key] = "bawa";
    else if (m === "unggah")
      errors.push({ field: `documents.${r.key}`, message: `Pilih berkas ${r.label} untuk diunggah.` });
    else if (r.required)
      errors.push({
        field: `documents.${r.key}`,
        message: `${r.label}: unggah berkasnya atau pilih "bawa dokumen asli ke loket".`,
      });
  }
  return { modes: out, errors };
}
