/**
 * Seed data for national holidays (libur nasional) and cuti bersama, from the yearly
 * SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri PANRB). These rows are
 * only the initial content of the admin-editable holiday table (SPEC §4.5): the government
 * revises the list during the year, and administrators update it in the application.
 */
import type { Holiday } from "./working-days";

const holidays2025: Holiday[] = [
  { date: "2025-01-01", name: "Tahun Baru 2025 Masehi", kind: "libur_nasional" },
  { date: "2025-01-27", name: "Isra Mikraj Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2025-01-28", name: "Cuti Bersama Tahun Baru Imlek 2576 Kongzili", kind: "cuti_bersama" },
  { date: "2025-01-29", name: "Tahun Baru Imlek 2576 Kongzili", kind: "libur_nasional" },
  { date: "2025-03-28", name: "Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1947", kind: "cuti_bersama" },
  { date: "2025-03-29", name: "Hari Suci Nyepi Tahun Baru Saka 1947", kind: "libur_nasional" },
  { date: "2025-03-31", name: "Idul Fitri 1446 Hijriah", kind: "libur_nasional" },
  { date: "2025-04-01", name: "Idul Fitri 1446 Hijriah", kind: "libur_nasional" },
  // SKB 2025 lists 2, 3, 4 and 7 April; 5–6 April are a weekend.
  { date: "2025-04-02", name: "Cuti Bersama Idul Fitri 1446 Hijriah", kind: "cuti_bersama" },
  { date: "2025-04-03", name: "Cuti Bersama Idul Fitri 1446 Hijriah", kind: "cuti_bersama" },
  { date: "2025-04-04", name: "Cuti Bersama Idul Fitri 1446 Hijriah", kind: "cuti_bersama" },
  { date: "2025-04-07", name: "Cuti Bersama Idul Fitri 1446 Hijriah", kind: "cuti_bersama" },
  { date: "2025-04-18", name: "Wafat Yesus Kristus", kind: "libur_nasional" },
  { date: "2025-04-20", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "libur_nasional" },
  { date: "2025-05-01", name: "Hari Buruh Internasional", kind: "libur_nasional" },
  { date: "2025-05-12", name: "Hari Raya Waisak 2569 BE", kind: "libur_nasional" },
  { date: "2025-05-13", name: "Cuti Bersama Hari Raya Waisak 2569 BE", kind: "cuti_bersama" },
  { date: "2025-05-29", name: "Kenaikan Yesus Kristus", kind: "libur_nasional" },
  { date: "2025-05-30", name: "Cuti Bersama Kenaikan Yesus Kristus", kind: "cuti_bersama" },
  { date: "2025-06-01", name: "Hari Lahir Pancasila", kind: "libur_nasional" },
  { date: "2025-06-06", name: "Idul Adha 1446 Hijriah", kind: "libur_nasional" },
  { date: "2025-06-09", name: "Cuti Bersama Idul Adha 1446 Hijriah", kind: "cuti_bersama" },
  { date: "2025-06-27", name: "1 Muharam Tahun Baru Islam 1447 Hijriah", kind: "libur_nasional" },
  { date: "2025-08-17", name: "Proklamasi Kemerdekaan Republik Indonesia", kind: "libur_nasional" },
  // Added by the revised SKB of 2025.
  { date: "2025-08-18", name: "Cuti Bersama Hari Kemerdekaan Republik Indonesia", kind: "cuti_bersama" },
  { date: "2025-09-05", name: "Maulid Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2025-12-25", name: "Kelahiran Yesus Kristus (Natal)", kind: "libur_nasional" },
  { date: "2025-12-26", name: "Cuti Bersama Kelahiran Yesus Kristus", kind: "cuti_bersama" },
];

/** 2026 exactly as listed in SPEC §4.5 (SKB 3 Menteri 2026). */
const holidays2026: Holiday[] = [
  { date: "2026-01-01", name: "Tahun Baru 2026 Masehi", kind: "libur_nasional" },
  { date: "2026-01-16", name: "Isra Mikraj Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2026-02-16", name: "Cuti Bersama Tahun Baru Imlek 2577 Kongzili", kind: "cuti_bersama" },
  { date: "2026-02-17", name: "Tahun Baru Imlek 2577 Kongzili", kind: "libur_nasional" },
  { date: "2026-03-18", name: "Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1948", kind: "cuti_bersama" },
  { date: "2026-03-19", name: "Hari Suci Nyepi Tahun Baru Saka 1948", kind: "libur_nasional" },
  { date: "2026-03-20", name: "Cuti Bersama Idul Fitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-03-21", name: "Idul Fitri 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-03-22", name: "Idul Fitri 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-03-23", name: "Cuti Bersama Idul Fitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-03-24", name: "Cuti Bersama Idul Fitri 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-04-03", name: "Wafat Yesus Kristus", kind: "libur_nasional" },
  { date: "2026-04-05", name: "Kebangkitan Yesus Kristus (Paskah)", kind: "libur_nasional" },
  { date: "2026-05-01", name: "Hari Buruh Internasional", kind: "libur_nasional" },
  { date: "2026-05-14", name: "Kenaikan Yesus Kristus", kind: "libur_nasional" },
  { date: "2026-05-15", name: "Cuti Bersama Kenaikan Yesus Kristus", kind: "cuti_bersama" },
  { date: "2026-05-27", name: "Idul Adha 1447 Hijriah", kind: "libur_nasional" },
  { date: "2026-05-28", name: "Cuti Bersama Idul Adha 1447 Hijriah", kind: "cuti_bersama" },
  { date: "2026-05-31", name: "Hari Raya Waisak 2570 BE", kind: "libur_nasional" },
  { date: "2026-06-01", name: "Hari Lahir Pancasila", kind: "libur_nasional" },
  { date: "2026-06-16", name: "1 Muharam Tahun Baru Islam 1448 Hijriah", kind: "libur_nasional" },
  { date: "2026-08-17", name: "Proklamasi Kemerdekaan Republik Indonesia", kind: "libur_nasional" },
  { date: "2026-08-25", name: "Maulid Nabi Muhammad SAW", kind: "libur_nasional" },
  { date: "2026-12-24", name: "Cuti Bersama Kelahiran Yesus Kristus", kind: "cuti_bersama" },
  { date: "2026-12-25", name: "Kelahiran Yesus Kristus (Natal)", kind: "libur_nasional" },
];

export const seedHolidays: Holiday[] = [...holidays2025, ...holidays2026];
