/**
 * Messages of the platform's errors and of input validation (keys used by AppError and zod, rendered at the
 * edge in the reader's language).
 */
const id = {
  "error.notFound": "Data tidak ditemukan.",
  "error.forbidden": "Anda tidak berhak melakukan tindakan ini.",
  "error.checkFields": "Periksa kembali isian Anda.",
  "error.checkData": "Periksa kembali data yang dikirim.",
  "error.rateLimited": "Terlalu banyak percobaan. Coba lagi beberapa saat lagi.",

  "validation.required": "Wajib diisi.",
  "validation.invalidType": "Jenis isian tidak sesuai.",
  "validation.tooShort": "Paling sedikit {minimum} karakter.",
  "validation.tooLong": "Paling banyak {maximum} karakter.",
  "validation.tooSmall": "Paling kecil {minimum}.",
  "validation.tooBig": "Paling besar {maximum}.",
  "validation.tooFew": "Pilih paling sedikit {minimum}.",
  "validation.tooMany": "Paling banyak {maximum} isian.",
  "validation.email": "Alamat email tidak valid; tulis seperti nama@contoh.id.",
  "validation.uuid": "ID tidak valid.",
  "validation.date": "Tanggal tidak valid; tulis sebagai TTTT-BB-HH.",
  "validation.format": "Format isian tidak sesuai.",
  "validation.choice": "Pilih salah satu pilihan yang tersedia.",
  "validation.multipleOf": "Angka tidak sesuai kelipatannya.",
  "validation.unknownFields": "Isian tidak dikenal: {keys}.",
  "validation.invalid": "Isian tidak valid.",
  "validation.controlChars": "Isian mengandung karakter kendali yang tidak diizinkan.",
  "validation.controlCharsSummary": "Ada isian yang mengandung karakter kendali; hapus lalu kirim lagi.",

  "idempotency.malformed": "Idempotency-Key harus 8–200 karakter huruf, angka, atau - _ : .",
  "idempotency.reused": "Idempotency-Key ini sudah dipakai untuk permintaan lain.",
  "idempotency.reusedField": "Gunakan kunci baru untuk permintaan baru.",
  "idempotency.inProgress": "Permintaan dengan Idempotency-Key ini masih diproses. Coba lagi sebentar.",

  "auth.error.badCredentials": "Nama pengguna/NIP atau kata sandi salah.",
  "throttle.wait": "Terlalu banyak percobaan yang gagal. Coba lagi dalam {minutes} menit.",
  "auth.error.badTotp": "Kode verifikasi (TOTP) salah.",
  "auth.error.totpRequired": "Kode TOTP diperlukan.",
  "auth.error.totpSetupRequired": "Akun admin sistem harus mengaktifkan TOTP melalui halaman masuk.",
  "auth.error.badCode": "Kode verifikasi salah.",
  "auth.error.badCodeField": "Kode verifikasi salah atau kedaluwarsa.",
  "auth.error.noPendingSession": "Sesi masuk tidak ditemukan. Masuk lagi.",

  "files.error.empty": "Berkas kosong.",
  "files.error.emptyField": "Berkas yang dipilih kosong.",
  "files.error.tooLarge": "Berkas terlalu besar (maksimal {mb} MB).",
  "files.error.tooLargeField": "Berkas terlalu besar; maksimal {mb} MB.",
  "files.error.type": "Jenis berkas tidak diterima. Gunakan {allowed}.",
  "files.error.typeField": "Isi berkas bukan {allowed} yang sah. Unggah berkas {allowed}.",
  "files.error.notFound": "Berkas tidak ditemukan.",

  "documents.error.reasonRequired": "Alasan pencabutan wajib diisi.",
  "documents.error.reasonField": "Tulis alasan pencabutan (minimal 5 karakter).",
  "documents.error.notFound": "Dokumen tidak ditemukan.",
  "documents.error.notValid": "Dokumen ini sudah dicabut atau diganti.",

  "calendar.error.notFound": "Hari libur tidak ditemukan.",
};

const en: typeof id = {
  "error.notFound": "Not found.",
  "error.forbidden": "You are not allowed to do this.",
  "error.checkFields": "Please check your answers.",
  "error.checkData": "Please check the data you sent.",
  "error.rateLimited": "Too many attempts. Please try again in a little while.",

  "validation.required": "Required.",
  "validation.invalidType": "Wrong kind of value.",
  "validation.tooShort": "At least {minimum} characters.",
  "validation.tooLong": "At most {maximum} characters.",
  "validation.tooSmall": "At least {minimum}.",
  "validation.tooBig": "At most {maximum}.",
  "validation.tooFew": "Choose at least {minimum}.",
  "validation.tooMany": "At most {maximum} entries.",
  "validation.email": "Not a valid e-mail address; write it like name@example.id.",
  "validation.uuid": "Not a valid ID.",
  "validation.date": "Not a valid date; write it as YYYY-MM-DD.",
  "validation.format": "The value is not in the expected format.",
  "validation.choice": "Choose one of the options offered.",
  "validation.multipleOf": "The number is not a valid multiple.",
  "validation.unknownFields": "Unknown fields: {keys}.",
  "validation.invalid": "Not a valid value.",
  "validation.controlChars": "The value contains control characters, which are not allowed.",
  "validation.controlCharsSummary": "Some values contain control characters; remove them and send again.",

  "idempotency.malformed": "Idempotency-Key must be 8–200 letters, digits or - _ : .",
  "idempotency.reused": "This Idempotency-Key was already used for another request.",
  "idempotency.reusedField": "Use a new key for a new request.",
  "idempotency.inProgress": "A request with this Idempotency-Key is still running. Try again shortly.",

  "auth.error.badCredentials": "Wrong username/NIP or password.",
  "throttle.wait": "Too many failed attempts. Try again in {minutes} minutes.",
  "auth.error.badTotp": "Wrong verification code (TOTP).",
  "auth.error.totpRequired": "A TOTP code is required.",
  "auth.error.totpSetupRequired": "System administrator accounts must turn on TOTP on the sign-in page.",
  "auth.error.badCode": "Wrong verification code.",
  "auth.error.badCodeField": "The verification code is wrong or has expired.",
  "auth.error.noPendingSession": "Sign-in session not found. Please sign in again.",

  "files.error.empty": "The file is empty.",
  "files.error.emptyField": "The chosen file is empty.",
  "files.error.tooLarge": "The file is too large (at most {mb} MB).",
  "files.error.tooLargeField": "The file is too large; at most {mb} MB.",
  "files.error.type": "This kind of file is not accepted. Use {allowed}.",
  "files.error.typeField": "The file's content is not a valid {allowed}. Upload a {allowed} file.",
  "files.error.notFound": "File not found.",

  "documents.error.reasonRequired": "A reason for the revocation is required.",
  "documents.error.reasonField": "Write the reason for the revocation (at least 5 characters).",
  "documents.error.notFound": "Document not found.",
  "documents.error.notValid": "This document was already revoked or superseded.",

  "calendar.error.notFound": "Holiday not found.",
};

export const errorMessages = { id, en };
