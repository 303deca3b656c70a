import { z } from "@hono/zod-openapi";

/** Zod contracts shared by the pages (forms) and the JSON API; messages in Bahasa Indonesia. */

const validDate = (d: string) =>
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

export const zDate = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} harus berformat TTTT-BB-HH.`)
    .refine(validDate, `${label} tidak valid.`)
    .refine((d) => d >= "2000-01-01" && d <= "2100-12-31", `${label} harus antara tahun 2000 dan 2100.`);

export const zTime = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, `${label} harus berformat JJ:MM (mis. 08:00).`);

export const MODES = ["klasikal", "nonklasikal", "e_learning"] as const;
export const MODE_TEXT: Record<(typeof MODES)[number], string> = {
  klasikal: "Klasikal",
  nonklasikal: "Nonklasikal",
  e_learning: "E-learning",
};
const zMode = z.enum(MODES, { error: "Pilih jenis: klasikal, nonklasikal, atau e-learning." });

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(min, `${label} minimal ${min} karakter.`)
    .max(max, `${label} maksimal ${max} karakter.`);

const intIn = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} harus berupa angka.` })
    .int(`${label} harus bilangan bulat.`)
    .min(min, `${label} minimal ${min}.`)
    .max(max, `${label} maksimal ${max}.`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} maksimal ${max} karakter.`)
    .optional()
    .nullable()
    .transform((v) => v || null);

export const ZCourseInput = z
  .object({
    code: z
      .string({ error: "Kode kursus wajib diisi." })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9.-]{1,19}$/, "Kode kursus 2–20 huruf besar, angka, titik, atau tanda hubung."),
    title: text("Judul", 3, 200),
    description: text("Deskripsi", 10, 4000),
    mode: zMode,
    jp: intIn("JP", 1, 200),
    provider: text("Penyelenggara", 3, 200),
    minAttendancePct: intIn("Syarat kehadiran", 0, 100),
    minPostScore: z
      .union([z.literal(""), z.null(), intIn("Nilai minimal post-test", 0, 100)])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    testMinutes: intIn("Waktu tes (menit)", 5, 180),
    competencyIds: z
      .array(z.uuid("Kompetensi tidak dikenal."))
      .max(20, "Maksimal 20 kompetensi.")
      .default([]),
  })
  .openapi("CourseInput");
export type CourseInput = z.infer<typeof ZCourseInput>;

export const ZSessionDay = z.object({
  date: zDate("Tanggal"),
  startTime: zTime("Jam mulai"),
  endTime: zTime("Jam selesai"),
});

export const ZSessionInput = z
  .object({
    courseId: z.uuid("Pilih kursus."),
    unitId: z.uuid("Pilih unit penyelenggara."),
    venue: optionalText("Tempat", 300),
    onlineUrl: z
      .string()
      .trim()
      .max(500, "Tautan daring maksimal 500 karakter.")
      .optional()
      .nullable()
      .transform((v) => v || null)
      .refine(
        (v) => v === null || /^https?:\/\/[^\s<>"]+$/.test(v),
        "Tautan daring harus diawali http:// atau https://.",
      ),
    facilitatorName: text("Fasilitator", 3, 200),
    facilitatorUserId: z
      .uuid()
      .optional()
      .nullable()
      .or(z.literal("").transform(() => null)),
    capacity: intIn("Kapasitas", 1, 500),
    waitlistLimit: intIn("Batas daftar tunggu", 0, 500),
    days: z
      .array(ZSessionDay)
      .min(1, "Sesi minimal satu hari.")
      .max(30, "Sesi maksimal 30 hari.")
      .refine(
        (days) => new Set(days.map((d) => d.date)).size === days.length,
        "Tanggal sesi tidak boleh berulang.",
      )
      .refine((days) => days.every((d) => d.endTime > d.startTime), "Jam selesai harus setelah jam mulai."),
  })
  .refine((s) => s.venue !== null || s.onlineUrl !== null, {
    message: "Isi tempat pelaksanaan atau tautan daring.",
    path: ["venue"],
  })
  .openapi("SessionInput");
export type SessionInput = z.infer<typeof ZSessionInput>;

export const ZQuestionInput = z
  .object({
    kind: z.enum(["tunggal", "ganda"], { error: "Pilih jenis soal: pilihan tunggal atau ganda." }),
    prompt: text("Pertanyaan", 5, 1000),
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1, "Pilihan jawaban tidak boleh kosong.")
          .max(300, "Pilihan maksimal 300 karakter."),
      )
      .min(2, "Minimal dua pilihan jawaban.")
      .max(6, "Maksimal enam pilihan jawaban."),
    correct: z.array(z.coerce.number().int().min(0)).min(1, "Tandai minimal satu jawaban benar."),
  })
  .refine((q) => q.correct.every((i) => i < q.options.length), {
    message: "Jawaban benar harus salah satu pilihan.",
    path: ["correct"],
  })
  .refine((q) => q.kind === "ganda" || q.correct.length === 1, {
    message: "Soal pilihan tunggal hanya boleh satu jawaban benar.",
    path: ["correct"],
  })
  .openapi("QuestionInput");
export type QuestionInput = z.infer<typeof ZQuestionInput>;

export const ZExternalClaim = z
  .object({
    title: text("Nama pelatihan", 3, 200),
    provider: text("Penyelenggara", 3, 200),
    mode: zMode,
    startDate: zDate("Tanggal mulai"),
    endDate: zDate("Tanggal selesai"),
    hours: z
      .string({ error: "Jumlah jam wajib diisi." })
      .trim()
      .regex(/^\d{1,4}([.,]\d{1,2})?$/, "Jumlah jam harus angka positif, mis. 16 atau 7,5."),
    certificateNumber: optionalText("Nomor sertifikat", 100),
  })
  .refine((c) => c.endDate >= c.startDate, {
    message: "Tanggal selesai tidak boleh sebelum tanggal mulai.",
    path: ["endDate"],
  });
export type ExternalClaim = z.infer<typeof ZExternalClaim>;
