/**
 * Demo course catalogue: what a kecamatan in Kota Medan actually runs or sends staff to in a year (SPEC §5).
 * Questions: `correct` holds the indices of the right options; "ganda" questions have several.
 */
export type SeedQuestion = {
  kind: "tunggal" | "ganda";
  prompt: string;
  options: string[];
  correct: number[];
};
export type SeedCourse = {
  code: string;
  title: string;
  description: string;
  mode: "klasikal" | "nonklasikal" | "e_learning";
  jp: number;
  provider: string;
  minAttendancePct: number;
  minPostScore: number | null;
  testMinutes: number;
  competencies: string[];
  questions: SeedQuestion[];
};

export const seedCourses: SeedCourse[] = [
  {
    code: "SIGAP-01",
    title: "Penggunaan SIGAP untuk Pelayanan dan Kepegawaian",
    description:
      "Pelatihan praktis aplikasi SIGAP: antrean permohonan, standar pelayanan, batas waktu HK, presensi pelatihan dengan kode QR, dan pencatatan JP.",
    mode: "klasikal",
    jp: 8,
    provider: "Subbagian Umum dan Kepegawaian Kecamatan Medan Marelan",
    minAttendancePct: 100,
    minPostScore: 70,
    testMinutes: 15,
    competencies: ["T.TIK", "T.PRIMA"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Batas waktu layanan di SIGAP dihitung dalam satuan apa?",
        options: ["Hari kalender", "Hari kerja (HK)", "Jam kerja", "Minggu"],
        correct: [1],
      },
      {
        kind: "tunggal",
        prompt: "Mengapa kode presensi QR berganti setiap 30 detik?",
        options: [
          "Agar layar tidak cepat rusak",
          "Agar foto kode yang dibagikan lewat WhatsApp tidak bisa dipakai",
          "Agar peserta datang lebih pagi",
          "Karena aturan BKN",
        ],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Data mana yang harus disamarkan di halaman publik? (pilih semua yang benar)",
        options: ["NIK lengkap", "Nama layanan", "Nomor KK", "Nama kecamatan"],
        correct: [0, 2],
      },
      {
        kind: "tunggal",
        prompt: "Status permohonan yang menghentikan jam SLA sementara adalah…",
        options: ["DIPROSES", "PERLU_PERBAIKAN", "MENUNGGU_TTD", "SELESAI"],
        correct: [1],
      },
    ],
  },
  {
    code: "TIK-01",
    title: "Teknologi Informasi untuk Pelayanan Publik",
    description:
      "Literasi digital ASN: aplikasi perkantoran, surel dinas, keamanan kata sandi dan data pribadi (UU 27/2022), pengolahan data layanan dengan lembar kerja.",
    mode: "klasikal",
    jp: 16,
    provider: "Dinas Komunikasi dan Informatika Kota Medan",
    minAttendancePct: 100,
    minPostScore: 70,
    testMinutes: 20,
    competencies: ["T.TIK"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Kata sandi yang paling aman adalah…",
        options: ["Tanggal lahir", "Nama sendiri", "Frasa panjang yang unik untuk setiap akun", "123456"],
        correct: [2],
      },
      {
        kind: "ganda",
        prompt: "Tanda-tanda surel phishing adalah… (pilih semua yang benar)",
        options: [
          "Meminta kata sandi",
          "Alamat pengirim mirip tetapi berbeda",
          "Dikirim dari alamat go.id resmi dengan isi biasa",
          "Mendesak agar segera mengklik tautan",
        ],
        correct: [0, 1, 3],
      },
      {
        kind: "tunggal",
        prompt: "UU yang mengatur pelindungan data pribadi adalah…",
        options: ["UU 25/2009", "UU 27/2022", "UU 23/2014", "UU 5/2014"],
        correct: [1],
      },
      {
        kind: "tunggal",
        prompt: "Fungsi lembar kerja untuk menjumlah kolom adalah…",
        options: ["COUNT", "SUM", "AVERAGE", "MAX"],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Cara menjaga berkas warga tetap aman: (pilih semua yang benar)",
        options: [
          "Mengunci layar saat meninggalkan meja",
          "Mengirim KTP warga ke grup WhatsApp kantor",
          "Menyimpan berkas di folder bersama yang berhak akses",
          "Mencetak semua berkas dan membawanya pulang",
        ],
        correct: [0, 2],
      },
    ],
  },
  {
    code: "PRIMA-01",
    title: "Pelayanan Prima",
    description:
      "Standar pelayanan (UU 25/2009, PermenPANRB 15/2014), maklumat pelayanan, budaya 5S, menghadapi warga yang kecewa, dan perbaikan layanan dari hasil survei IKM.",
    mode: "klasikal",
    jp: 16,
    provider: "BKPSDM Kota Medan",
    minAttendancePct: 100,
    minPostScore: 70,
    testMinutes: 20,
    competencies: ["T.PRIMA", "M.05"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Undang-undang tentang Pelayanan Publik adalah…",
        options: ["UU 25/2009", "UU 20/2023", "UU 24/2013", "UU 43/2009"],
        correct: [0],
      },
      {
        kind: "ganda",
        prompt: "Komponen standar pelayanan yang wajib dipublikasikan antara lain… (pilih semua yang benar)",
        options: ["Persyaratan", "Jangka waktu", "Biaya/tarif", "Daftar gaji pelaksana"],
        correct: [0, 1, 2],
      },
      {
        kind: "tunggal",
        prompt: "Warga marah karena berkasnya belum selesai. Langkah pertama yang tepat adalah…",
        options: [
          "Membalas dengan nada tinggi",
          "Mendengarkan dan mengakui keluhannya",
          "Memanggil satpam",
          "Menyuruhnya datang besok",
        ],
        correct: [1],
      },
      {
        kind: "tunggal",
        prompt: "Unsur IKM yang menilai perilaku petugas adalah…",
        options: ["U1", "U3", "U7", "U9"],
        correct: [2],
      },
    ],
  },
  {
    code: "WAKTU-01",
    title: "Manajemen Waktu dan Produktivitas Kerja",
    description:
      "Menyusun prioritas, matriks Eisenhower, menghindari penundaan, dan merencanakan pekerjaan agar layanan selesai dalam SLA.",
    mode: "klasikal",
    jp: 8,
    provider: "BKPSDM Kota Medan",
    minAttendancePct: 100,
    minPostScore: 60,
    testMinutes: 15,
    competencies: ["T.WAKTU", "M.04"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Dalam matriks Eisenhower, tugas penting tetapi tidak mendesak sebaiknya…",
        options: ["Dikerjakan segera", "Dijadwalkan", "Didelegasikan", "Dihapus"],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Kebiasaan yang meningkatkan produktivitas: (pilih semua yang benar)",
        options: [
          "Menyusun daftar tugas harian",
          "Membuka media sosial setiap 5 menit",
          "Mengerjakan tugas sulit saat paling segar",
          "Menunda sampai tenggat",
        ],
        correct: [0, 2],
      },
      {
        kind: "tunggal",
        prompt: "1 JP dalam pengembangan kompetensi ASN setara dengan…",
        options: ["30 menit", "45 menit", "60 menit", "90 menit"],
        correct: [1],
      },
    ],
  },
  {
    code: "ADMINDUK-01",
    title: "Administrasi Kependudukan untuk Petugas Kecamatan",
    description:
      "Struktur NIK dan KK, verifikasi persyaratan surat pengantar KTP-el/KK, surat pindah, dan koordinasi dengan Disdukcapil (UU 24/2013).",
    mode: "klasikal",
    jp: 12,
    provider: "Dinas Kependudukan dan Pencatatan Sipil Kota Medan",
    minAttendancePct: 100,
    minPostScore: 70,
    testMinutes: 15,
    competencies: ["T.ADMINDUK"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Pada NIK perempuan, tanggal lahir ditulis dengan…",
        options: ["Ditambah 20", "Ditambah 40", "Dikurangi 40", "Sama seperti laki-laki"],
        correct: [1],
      },
      {
        kind: "tunggal",
        prompt: "NIK terdiri dari berapa digit?",
        options: ["12", "16", "18", "20"],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Enam digit pertama NIK menunjukkan… (pilih semua yang benar)",
        options: ["Kode provinsi", "Kode kabupaten/kota", "Kode kecamatan", "Golongan darah"],
        correct: [0, 1, 2],
      },
    ],
  },
  {
    code: "ARSIP-01",
    title: "Tata Naskah Dinas dan Kearsipan",
    description:
      "Penomoran dan klasifikasi surat, agenda surat masuk/keluar, arsip aktif dan inaktif, serta jadwal retensi (UU 43/2009).",
    mode: "klasikal",
    jp: 8,
    provider: "Dinas Perpustakaan dan Kearsipan Kota Medan",
    minAttendancePct: 100,
    minPostScore: 60,
    testMinutes: 15,
    competencies: ["T.ARSIP"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Undang-undang tentang Kearsipan adalah…",
        options: ["UU 43/2009", "UU 14/2008", "UU 25/2009", "UU 30/2014"],
        correct: [0],
      },
      {
        kind: "tunggal",
        prompt: "Arsip yang frekuensi penggunaannya sudah menurun disebut…",
        options: ["Arsip aktif", "Arsip inaktif", "Arsip vital", "Arsip terjaga"],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Isi nomor surat dinas kecamatan memuat… (pilih semua yang benar)",
        options: ["Kode klasifikasi", "Nomor urut", "Tahun", "Nama penerima"],
        correct: [0, 1, 2],
      },
    ],
  },
  {
    code: "INTEG-01",
    title: "Integritas dan Pencegahan Korupsi di Layanan Publik",
    description:
      "Modul e-learning ACLC: gratifikasi, konflik kepentingan, dan pungutan liar dalam pelayanan.",
    mode: "e_learning",
    jp: 4,
    provider: "Anti-Corruption Learning Center (ACLC) KPK",
    minAttendancePct: 100,
    minPostScore: 80,
    testMinutes: 10,
    competencies: ["M.01"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Warga memberi amplop setelah suratnya selesai. Yang benar adalah…",
        options: [
          "Menerima karena sudah selesai",
          "Menolak dengan sopan",
          "Menerima lalu membaginya",
          "Menerima bila kecil",
        ],
        correct: [1],
      },
      {
        kind: "ganda",
        prompt: "Yang termasuk pungutan liar: (pilih semua yang benar)",
        options: [
          "Biaya tambahan surat yang gratis",
          "Uang 'pelicin' agar cepat",
          "Retribusi resmi dengan karcis",
          "Meminta fotokopi dibayar ke petugas",
        ],
        correct: [0, 1, 3],
      },
    ],
  },
  {
    code: "KOM-01",
    title: "Komunikasi Efektif dan Penanganan Pengaduan",
    description:
      "Komunikasi lisan dan tertulis dengan warga, menulis balasan pengaduan, dan mengelola SP4N-LAPOR!.",
    mode: "klasikal",
    jp: 8,
    provider: "Ombudsman RI Perwakilan Sumatera Utara",
    minAttendancePct: 100,
    minPostScore: 70,
    testMinutes: 15,
    competencies: ["M.03", "T.PRIMA"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Kanal pengaduan nasional yang terhubung dengan instansi pemerintah adalah…",
        options: ["SP4N-LAPOR!", "SIASN", "OSS", "SIAK"],
        correct: [0],
      },
      {
        kind: "ganda",
        prompt: "Balasan pengaduan yang baik… (pilih semua yang benar)",
        options: [
          "Menyebut tindak lanjut yang jelas",
          "Memakai bahasa yang sopan",
          "Menyalahkan pelapor",
          "Memberi perkiraan waktu penyelesaian",
        ],
        correct: [0, 1, 3],
      },
      {
        kind: "tunggal",
        prompt: "Mendengarkan aktif berarti…",
        options: [
          "Menyela agar cepat",
          "Mengulang pokok keluhan untuk memastikan paham",
          "Menunggu giliran bicara",
          "Mencatat tanpa menatap",
        ],
        correct: [1],
      },
    ],
  },
  {
    code: "BERAKHLAK-01",
    title: "Core Values BerAKHLAK dan Wawasan Kebangsaan",
    description:
      "Pembelajaran nonklasikal (coaching dan diskusi) tentang nilai dasar ASN BerAKHLAK dan peran ASN sebagai perekat bangsa.",
    mode: "nonklasikal",
    jp: 4,
    provider: "Kecamatan Medan Marelan",
    minAttendancePct: 100,
    minPostScore: null,
    testMinutes: 10,
    competencies: ["SK.01", "M.02"],
    questions: [],
  },
  {
    code: "KEPEM-01",
    title: "Kepemimpinan Pengawas: Mengelola Perubahan dan Keputusan",
    description:
      "Untuk kepala seksi dan sekretaris lurah: memimpin perubahan, coaching bawahan, dan pengambilan keputusan berbasis data.",
    mode: "klasikal",
    jp: 16,
    provider: "BPSDM Provinsi Sumatera Utara",
    minAttendancePct: 80,
    minPostScore: 70,
    testMinutes: 20,
    competencies: ["M.06", "M.07", "M.08"],
    questions: [
      {
        kind: "tunggal",
        prompt: "Langkah pertama memimpin perubahan menurut Kotter adalah…",
        options: [
          "Menciptakan rasa urgensi",
          "Merayakan keberhasilan",
          "Mengubah struktur",
          "Mengganti pegawai",
        ],
        correct: [0],
      },
      {
        kind: "ganda",
        prompt: "Umpan balik yang efektif… (pilih semua yang benar)",
        options: ["Spesifik", "Tepat waktu", "Menyerang pribadi", "Berfokus pada perilaku"],
        correct: [0, 1, 3],
      },
      {
        kind: "tunggal",
        prompt: "Keputusan berbasis data dimulai dengan…",
        options: [
          "Intuisi pimpinan",
          "Merumuskan masalah dan mengumpulkan data",
          "Voting",
          "Meniru unit lain",
        ],
        correct: [1],
      },
    ],
  },
];
