/**
 * Error shape and i18n messages for the identifier parsers (NIP, NI PPPK, NIK).
 *
 * Parsers return a message key rather than a sentence so the UI can render it in
 * the user's language and the API can expose a stable code. Indonesian messages
 * say exactly which part of the number is wrong, because officers correct these
 * numbers by reading them off an SK or KTP and need to know where to look.
 */

export type IdentifierError = { key: string; params?: Record<string, string | number> };

export type IdentifierResult<T> = { ok: true; value: T } | { ok: false; error: IdentifierError };

/** Jenis kelamin as written on Indonesian documents: L = laki-laki, P = perempuan. */
export type Sex = "L" | "P";

export type IdentifierLocale = "id" | "en";

export const identifierMessages = {
  id: {
    "nip.length": "NIP harus 18 digit angka",
    "nip.birthDate": "Tanggal lahir pada NIP (digit 1–8: {value}) tidak valid",
    "nip.birthYear": "Tahun lahir pada NIP harus antara {min} dan {max}",
    "nip.tmtMonth": "Bulan TMT CPNS pada NIP (digit 13–14: {value}) harus 01–12",
    "nip.tmtBeforeBirth": "TMT CPNS ({tmt}) harus setelah tanggal lahir ({birthDate})",
    "nip.sex": "Kode jenis kelamin pada NIP (digit 15: {value}) harus 1 atau 2",
    "nip.sequence": "Nomor urut NIP (digit 16–18) tidak boleh 000",
    "pppk.length": "NI PPPK harus 18 digit angka",
    "pppk.birthDate": "Tanggal lahir pada NI PPPK (digit 1–8: {value}) tidak valid",
    "pppk.birthYear": "Tahun lahir pada NI PPPK harus antara {min} dan {max}",
    "pppk.appointmentYear": "Tahun pengangkatan PPPK ({year}) harus setelah tahun lahir ({birthYear})",
    "pppk.sex": "Kode jenis kelamin pada NI PPPK (digit 15: {value}) harus 1 atau 2",
    "pppk.sequence": "Nomor urut NI PPPK (digit 16–18) tidak boleh 000",
    "nik.length": "NIK harus 16 digit angka",
    "nik.province": "Kode provinsi {code} pada NIK tidak dikenal",
    "nik.birthDate":
      "Tanggal lahir pada NIK (digit 7–12: {value}) tidak valid; tanggal 01–31 untuk laki-laki atau 41–71 untuk perempuan",
    "nik.sequence": "Nomor urut NIK (digit 13–16) tidak boleh 0000",
    "phone.format": "Nomor telepon tidak valid; tulis seperti 0812-3456-7890",
    "phone.mobile": "Tulis nomor HP (diawali 08) agar pesan WhatsApp/SMS dapat dikirim",
    "email.format": "Alamat email tidak valid; tulis seperti nama@contoh.id",
    "date.format": "Tanggal tidak valid; tulis sebagai TTTT-BB-HH, mis. 2026-03-27",
  },
  en: {
    "nip.length": "NIP must be exactly 18 digits",
    "nip.birthDate": "The birth date in the NIP (digits 1–8: {value}) is not a valid date",
    "nip.birthYear": "The birth year in the NIP must be between {min} and {max}",
    "nip.tmtMonth": "The CPNS start month in the NIP (digits 13–14: {value}) must be 01–12",
    "nip.tmtBeforeBirth": "The CPNS start ({tmt}) must be after the birth date ({birthDate})",
    "nip.sex": "The sex code in the NIP (digit 15: {value}) must be 1 or 2",
    "nip.sequence": "The NIP sequence number (digits 16–18) must not be 000",
    "pppk.length": "NI PPPK must be exactly 18 digits",
    "pppk.birthDate": "The birth date in the NI PPPK (digits 1–8: {value}) is not a valid date",
    "pppk.birthYear": "The birth year in the NI PPPK must be between {min} and {max}",
    "pppk.appointmentYear": "The PPPK appointment year ({year}) must be after the birth year ({birthYear})",
    "pppk.sex": "The sex code in the NI PPPK (digit 15: {value}) must be 1 or 2",
    "pppk.sequence": "The NI PPPK sequence number (digits 16–18) must not be 000",
    "nik.length": "NIK must be exactly 16 digits",
    "nik.province": "Unknown province code {code} in the NIK",
    "nik.birthDate":
      "The birth date in the NIK (digits 7–12: {value}) is not valid; day 01–31 for men or 41–71 for women",
    "nik.sequence": "The NIK sequence number (digits 13–16) must not be 0000",
    "phone.format": "Not a valid phone number; write it like 0812-3456-7890",
    "phone.mobile": "Write a mobile number (starting 08) so that WhatsApp/SMS messages can be sent",
    "email.format": "Not a valid e-mail address; write it like name@example.id",
    "date.format": "Not a valid date; write it as YYYY-MM-DD, e.g. 2026-03-27",
  },
} as const satisfies Record<IdentifierLocale, Record<string, string>>;

export type IdentifierMessageKey = keyof (typeof identifierMessages)["id"];

/** Renders an error in the given locale, replacing `{name}` with params.name. Unknown keys are returned as-is. */
export function formatIdentifierError(error: IdentifierError, locale: IdentifierLocale = "id"): string {
  const messages: Record<string, string> = identifierMessages[locale];
  const template = messages[error.key] ?? error.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    error.params && name in error.params ? String(error.params[name]) : whole,
  );
}
