/**
 * The competency dictionary as seeded (SPEC §3.3). Manajerial M.01–M.08 and sosial kultural SK.01 follow the
 * level descriptions of PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN), shortened; the teknis
 * competencies are the kecamatan's own. After seeding this is data that HR edits.
 */
export type SeedCompetency = {
  code: string;
  name: string;
  kind: "manajerial" | "sosial_kultural" | "teknis";
  description: string;
  /** Five levels: [title, indicators]. */
  levels: [string, string[]][];
};

export const seedCompetencies: SeedCompetency[] = [
  {
    code: "M.01",
    name: "Integritas",
    kind: "manajerial",
    description:
      "Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan.",
    levels: [
      [
        "Mampu bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi",
        [
          "Bertingkah laku sesuai dengan kode etik ASN",
          "Bertanggung jawab atas tindakan dan keputusannya",
          "Tidak menjanjikan atau memberikan sesuatu yang bertentangan dengan aturan organisasi",
        ],
      ],
      [
        "Mampu mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma, dan etika organisasi",
        [
          "Mengingatkan rekan kerja untuk bertindak sesuai etika dan kode etik",
          "Menyatakan secara terbuka bahwa tindakan tidak etis adalah salah",
        ],
      ],
      [
        "Mampu memastikan anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi",
        [
          "Memastikan anggota tim memahami dan menerapkan kode etik",
          "Menegakkan aturan secara adil dan konsisten di unit kerjanya",
        ],
      ],
      [
        "Mampu menciptakan situasi kerja yang membuat rekan kerja tetap bertindak sesuai etika dalam segala situasi",
        [
          "Menciptakan budaya etika tinggi dan bertanggung jawab atas tindakan organisasi",
          "Mengambil tindakan atas pelanggaran etika oleh siapa pun",
        ],
      ],
      [
        "Mampu menjadi teladan penerapan standar keadilan dan etika di tingkat nasional",
        [
          "Membuat kebijakan yang mengakomodasi kepentingan etika dan integritas",
          "Menjadi panutan integritas bagi instansi lain",
        ],
      ],
    ],
  },
  {
    code: "M.02",
    name: "Kerjasama",
    kind: "manajerial",
    description:
      "Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumber daya untuk mencapai tujuan.",
    levels: [
      [
        "Berpartisipasi dalam kelompok kerja",
        ["Menyelesaikan tugas kelompok sesuai kesepakatan", "Menghargai masukan dan keahlian orang lain"],
      ],
      [
        "Menumbuhkan tim kerja yang partisipatif dan efektif",
        [
          "Membantu orang lain menyelesaikan tugas demi target bersama",
          "Berbagi informasi yang relevan dengan anggota tim",
        ],
      ],
      [
        "Efektif membangun tim kerja untuk peningkatan kinerja organisasi",
        [
          "Melihat kekuatan dan kelemahan anggota tim dan memanfaatkannya",
          "Menyelesaikan perselisihan antaranggota tim",
        ],
      ],
      [
        "Membangun komitmen tim dan sinergi",
        ["Membangun sinergi antarunit kerja", "Memfasilitasi kepentingan yang berbeda untuk tujuan bersama"],
      ],
      [
        "Menciptakan hubungan kerja yang konstruktif lintas organisasi",
        ["Membangun jejaring kerja sama lintas instansi", "Menetapkan kebijakan yang mendorong kerja sama"],
      ],
    ],
  },
  {
    code: "M.03",
    name: "Komunikasi",
    kind: "manajerial",
    description:
      "Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis, dan meyakinkan, baik lisan maupun tertulis, sehingga dipahami pihak lain.",
    levels: [
      [
        "Menyampaikan informasi dengan jelas, lengkap, dan dipahami sama",
        [
          "Menyampaikan informasi secara lisan dan tertulis dengan jelas",
          "Mendengarkan dan memastikan pemahaman lawan bicara",
        ],
      ],
      [
        "Aktif berkomunikasi secara formal dan informal",
        [
          "Menyusun surat, laporan, atau bahan paparan yang runtut",
          "Menanggapi pertanyaan warga dengan bahasa yang mudah dipahami",
        ],
      ],
      [
        "Berkomunikasi secara asertif untuk informasi yang sensitif atau rumit",
        [
          "Menyampaikan informasi yang sensitif dengan cara yang tepat",
          "Memimpin rapat dan mengelola diskusi yang berbeda pendapat",
        ],
      ],
      [
        "Mengemukakan pemikiran multidimensi untuk mendorong kesepakatan",
        [
          "Menyampaikan gagasan kompleks kepada pemangku kepentingan",
          "Membangun kesepakatan lintas unit melalui komunikasi",
        ],
      ],
      [
        "Menggagas sistem komunikasi yang terbuka secara strategis",
        ["Merancang strategi komunikasi organisasi", "Menjadi juru bicara organisasi pada forum strategis"],
      ],
    ],
  },
  {
    code: "M.04",
    name: "Orientasi pada Hasil",
    kind: "manajerial",
    description:
      "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, dan mampu mengidentifikasi risiko serta mengambil tindakan yang sesuai.",
    levels: [
      [
        "Bertanggung jawab memenuhi standar kerja",
        [
          "Menyelesaikan tugas tepat waktu sesuai standar",
          "Bekerja teliti dan memeriksa hasil kerjanya sendiri",
        ],
      ],
      [
        "Berupaya meningkatkan hasil kerja di atas standar",
        ["Mencari cara kerja yang lebih efisien", "Menetapkan target pribadi yang lebih tinggi"],
      ],
      [
        "Menetapkan target kerja yang menantang bagi unit kerja",
        ["Memberi apresiasi dan teguran untuk mendorong kinerja", "Memantau capaian unit terhadap target"],
      ],
      [
        "Mendorong unit kerja mencapai atau melampaui target",
        ["Mengembangkan sistem pengukuran kinerja unit", "Mengoptimalkan sumber daya untuk hasil terbaik"],
      ],
      [
        "Menyusun kebijakan yang berdampak positif pada kinerja organisasi",
        ["Menetapkan arah kinerja jangka panjang", "Mengevaluasi kebijakan dari sisi hasil"],
      ],
    ],
  },
  {
    code: "M.05",
    name: "Pelayanan Publik",
    kind: "manajerial",
    description:
      "Kemampuan melaksanakan tugas pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, dan tidak diskriminatif.",
    levels: [
      [
        "Menjalankan tugas pelayanan publik secara bertanggung jawab sesuai standar",
        [
          "Melayani warga sesuai standar pelayanan yang berlaku",
          "Bersikap ramah, sopan, dan tidak diskriminatif",
          "Menjelaskan persyaratan dan prosedur layanan dengan benar",
        ],
      ],
      [
        "Mengawasi dan menjelaskan proses pelayanan publik",
        [
          "Menunjukkan sikap yakin dalam mengerjakan tugas pelayanan",
          "Mengidentifikasi kebutuhan pengguna layanan",
        ],
      ],
      [
        "Memperbaiki standar pelayanan publik",
        [
          "Memanfaatkan pengaduan dan survei untuk perbaikan layanan",
          "Menyusun perbaikan prosedur layanan di unitnya",
        ],
      ],
      [
        "Mengantisipasi isu jangka panjang dalam pelayanan",
        [
          "Memantau dan mengevaluasi kinerja pelayanan unit",
          "Menyeimbangkan kebutuhan pemangku kepentingan secara transparan",
        ],
      ],
      [
        "Memastikan kebijakan yang menjamin pelayanan objektif dan netral",
        [
          "Menetapkan kebijakan pelayanan yang adil",
          "Menjamin pelayanan bebas kepentingan pribadi atau golongan",
        ],
      ],
    ],
  },
  {
    code: "M.06",
    name: "Pengembangan Diri dan Orang Lain",
    kind: "manajerial",
    description:
      "Kemampuan meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilannya.",
    levels: [
      [
        "Pengembangan diri",
        [
          "Mengidentifikasi keilmuan dan keterampilan yang dibutuhkan jabatannya",
          "Mengikuti pelatihan dan belajar mandiri",
        ],
      ],
      [
        "Meningkatkan kemampuan bawahan dengan contoh dan penjelasan",
        ["Memberi contoh cara melaksanakan pekerjaan", "Membagikan pengetahuan kepada rekan kerja"],
      ],
      [
        "Memberikan umpan balik dan membimbing",
        ["Memberi umpan balik konstruktif secara berkala", "Menyusun rencana pengembangan bawahan"],
      ],
      [
        "Menyusun program pengembangan jangka panjang",
        ["Mendorong manajemen pembelajaran di unit", "Menyediakan kesempatan belajar bagi pegawai"],
      ],
      [
        "Menciptakan organisasi pembelajar",
        ["Membangun budaya belajar berkelanjutan", "Menetapkan kebijakan pengembangan kompetensi"],
      ],
    ],
  },
  {
    code: "M.07",
    name: "Mengelola Perubahan",
    kind: "manajerial",
    description:
      "Kemampuan menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama.",
    levels: [
      [
        "Menyadari pentingnya perubahan dan menyesuaikan diri",
        ["Menyesuaikan cara kerja lama dengan cara kerja baru", "Mempelajari aplikasi atau prosedur baru"],
      ],
      [
        "Proaktif beradaptasi mengikuti perubahan",
        ["Mengidentifikasi perubahan yang berpengaruh pada pekerjaannya", "Mengusulkan perbaikan cara kerja"],
      ],
      [
        "Membantu orang lain mengikuti perubahan",
        ["Menjelaskan alasan perubahan kepada rekan kerja", "Mengantisipasi hambatan perubahan"],
      ],
      [
        "Memimpin perubahan di unit kerja",
        ["Merencanakan dan mengelola proses perubahan", "Menggerakkan pegawai untuk mendukung perubahan"],
      ],
      [
        "Mengelola perubahan yang berdampak luas",
        ["Menetapkan arah perubahan organisasi", "Memastikan perubahan berkelanjutan"],
      ],
    ],
  },
  {
    code: "M.08",
    name: "Pengambilan Keputusan",
    kind: "manajerial",
    description:
      "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama.",
    levels: [
      [
        "Mengumpulkan informasi untuk bertindak sesuai kewenangan",
        ["Mengumpulkan dan mempertimbangkan informasi yang dibutuhkan", "Bertindak sesuai kewenangannya"],
      ],
      [
        "Menganalisis masalah secara mendalam",
        ["Mengidentifikasi akar masalah", "Menyusun alternatif pemecahan masalah"],
      ],
      [
        "Membandingkan alternatif dan risikonya",
        ["Menimbang risiko setiap alternatif", "Mengambil keputusan tepat waktu"],
      ],
      [
        "Menyelesaikan masalah yang berisiko tinggi",
        ["Mengantisipasi dampak keputusan", "Menyiapkan langkah mitigasi risiko"],
      ],
      [
        "Mengambil keputusan strategis jangka panjang",
        ["Menghasilkan solusi atas masalah strategis", "Menetapkan kebijakan berdampak luas"],
      ],
    ],
  },
  {
    code: "SK.01",
    name: "Perekat Bangsa",
    kind: "sosial_kultural",
    description:
      "Kemampuan mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat.",
    levels: [
      [
        "Peka memahami dan menerima kemajemukan",
        [
          "Menerima perbedaan suku, agama, dan budaya dalam pelayanan",
          "Tidak membeda-bedakan warga yang dilayani",
        ],
      ],
      [
        "Aktif mengembangkan sikap saling menghargai",
        ["Menekankan persamaan dan persatuan", "Menghargai perbedaan pendapat"],
      ],
      [
        "Mempromosikan sikap toleransi dan persatuan",
        [
          "Menjadi penengah bila muncul ketegangan antarkelompok",
          "Mendorong kegiatan yang mempersatukan warga",
        ],
      ],
      [
        "Mendayagunakan perbedaan secara konstruktif",
        [
          "Memanfaatkan keragaman untuk efektivitas organisasi",
          "Membangun hubungan dengan tokoh masyarakat lintas kelompok",
        ],
      ],
      [
        "Wakil pemerintah membangun hubungan sosial psikologis",
        ["Menjadi perekat bangsa di tingkat wilayah", "Menetapkan kebijakan yang merangkul keberagaman"],
      ],
    ],
  },
  {
    code: "T.TIK",
    name: "Teknologi Informasi dan Komunikasi",
    kind: "teknis",
    description:
      "Kemampuan memakai perangkat dan aplikasi pemerintahan (SIGAP, SIAK, surel dinas, perkantoran) secara aman untuk pelayanan dan administrasi.",
    levels: [
      [
        "Memakai komputer dan aplikasi perkantoran dasar",
        ["Mengetik dan mencetak dokumen", "Menyimpan berkas secara teratur"],
      ],
      [
        "Memakai aplikasi layanan dan surel dinas secara mandiri",
        ["Menginput permohonan di aplikasi layanan", "Menjaga kata sandi dan data pribadi warga"],
      ],
      [
        "Mengolah data dan membantu rekan memakai aplikasi",
        ["Mengolah data dengan lembar kerja", "Menjadi rujukan rekan kerja untuk kendala aplikasi"],
      ],
      [
        "Mengelola sistem informasi unit",
        ["Mengelola hak akses dan cadangan data", "Menganalisis data layanan untuk perbaikan"],
      ],
      [
        "Merancang transformasi digital layanan",
        ["Merancang layanan digital terpadu", "Menetapkan standar keamanan informasi"],
      ],
    ],
  },
  {
    code: "T.PRIMA",
    name: "Pelayanan Prima",
    kind: "teknis",
    description:
      "Kemampuan memberi layanan yang cepat, tepat, ramah, dan sesuai standar pelayanan serta maklumat pelayanan kecamatan.",
    levels: [
      [
        "Menyambut dan melayani warga dengan sopan",
        [
          "Menerapkan 5S (senyum, salam, sapa, sopan, santun)",
          "Menjelaskan persyaratan sesuai standar pelayanan",
        ],
      ],
      [
        "Menyelesaikan layanan tepat waktu sesuai SLA",
        [
          "Memantau tenggat layanan dalam hari kerja",
          "Memberi kabar kepada warga bila berkas perlu diperbaiki",
        ],
      ],
      [
        "Menangani keluhan dan warga yang sulit",
        ["Menenangkan warga yang kecewa", "Menindaklanjuti pengaduan sampai tuntas"],
      ],
      [
        "Memperbaiki proses layanan berdasarkan umpan balik",
        ["Menganalisis hasil survei kepuasan", "Mengusulkan penyederhanaan prosedur"],
      ],
      [
        "Membangun budaya pelayanan prima",
        ["Menjadi teladan pelayanan bagi unit lain", "Menyusun maklumat dan standar pelayanan"],
      ],
    ],
  },
  {
    code: "T.WAKTU",
    name: "Manajemen Waktu",
    kind: "teknis",
    description: "Kemampuan merencanakan, memprioritaskan, dan menyelesaikan pekerjaan tepat waktu.",
    levels: [
      [
        "Datang dan menyelesaikan tugas harian tepat waktu",
        ["Hadir sesuai jam kerja", "Menyelesaikan tugas harian yang diberikan"],
      ],
      ["Menyusun prioritas kerja", ["Membuat daftar tugas dan prioritas", "Menghindari penundaan pekerjaan"]],
      ["Mengatur waktu tim", ["Membagi tugas sesuai tenggat", "Memantau pekerjaan yang hampir terlambat"]],
      [
        "Merencanakan jadwal kerja unit",
        ["Menyusun kalender kegiatan unit", "Menyeimbangkan beban kerja pegawai"],
      ],
      [
        "Menetapkan tata kelola waktu organisasi",
        ["Menetapkan standar waktu layanan", "Mengevaluasi efisiensi proses organisasi"],
      ],
    ],
  },
  {
    code: "T.ADMINDUK",
    name: "Administrasi Kependudukan",
    kind: "teknis",
    description:
      "Kemampuan melayani dan memverifikasi dokumen kependudukan (KTP-el, KK, surat pindah, surat keterangan) sesuai UU 24/2013.",
    levels: [
      [
        "Mengenali jenis dokumen kependudukan",
        ["Membedakan KTP-el, KK, dan akta", "Membaca NIK dan nomor KK dengan benar"],
      ],
      [
        "Memverifikasi persyaratan dokumen kependudukan",
        ["Mencocokkan data permohonan dengan KK", "Menyiapkan surat pengantar KTP-el/KK"],
      ],
      [
        "Menangani kasus kependudukan yang tidak biasa",
        ["Menangani data ganda atau tidak cocok", "Berkoordinasi dengan Disdukcapil"],
      ],
      [
        "Mengelola data kependudukan wilayah",
        ["Memantau mutasi penduduk wilayah", "Menyusun statistik kependudukan"],
      ],
      [
        "Merumuskan kebijakan administrasi kependudukan wilayah",
        ["Menyusun kebijakan pendataan wilayah", "Mengevaluasi kualitas data kependudukan"],
      ],
    ],
  },
  {
    code: "T.ARSIP",
    name: "Kearsipan",
    kind: "teknis",
    description:
      "Kemampuan mengelola arsip dinamis dan surat-menyurat dinas sesuai UU 43/2009 dan tata naskah dinas.",
    levels: [
      ["Mencatat surat masuk dan keluar", ["Mengagendakan surat", "Menyimpan arsip di tempat yang benar"]],
      [
        "Menata arsip sesuai klasifikasi",
        ["Memberi kode klasifikasi arsip", "Menemukan kembali arsip dengan cepat"],
      ],
      [
        "Mengelola arsip aktif dan inaktif unit",
        ["Menyusun daftar arsip", "Memindahkan arsip inaktif sesuai jadwal retensi"],
      ],
      ["Mengelola kearsipan elektronik", ["Menerapkan arsip digital", "Menjaga keamanan dan keutuhan arsip"]],
      [
        "Menetapkan kebijakan kearsipan",
        ["Menyusun jadwal retensi arsip", "Mengevaluasi penyelenggaraan kearsipan"],
      ],
    ],
  },
];

/**
 * Initial competency standards per position (PermenPANRB 38/2017 levels: administrator 3, pengawas 2,
 * pelaksana 1; fungsional 2), plus teknis requirements by the kind of work the position does. Keys are
 * position-code suffixes; after seeding, HR edits these as data.
 */
export function requiredLevelsFor(p: {
  code: string;
  kind: string;
  isHead: boolean;
  eselon: string | null;
}): Record<string, number> {
  const managerial = p.isHead ? (p.eselon?.startsWith("III") ? 3 : 2) : p.kind === "fungsional" ? 2 : 1;
  const out: Record<string, number> = {};
  for (const c of ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"])
    out[c] = managerial;
  const suffix = p.code.split(".").pop() ?? "";
  out["T.WAKTU"] = p.isHead ? 3 : 2;
  out["T.TIK"] = p.isHead ? 2 : 2;
  if (["PDP", "PLO", "OLO", "ADK"].includes(suffix)) {
    out["T.PRIMA"] = 3;
    out["M.05"] = Math.max(out["M.05"]!, 2);
  }
  if (["PDP", "PRAKOM"].includes(suffix)) out["T.TIK"] = 3;
  if (["ADK", "ADP", "PDP"].includes(suffix)) out["T.ADMINDUK"] = suffix === "ADK" ? 3 : 2;
  if (["ADM", "KEU", "BEND", "ASDM"].includes(suffix)) out["T.ARSIP"] = 2;
  if (p.isHead) out["T.PRIMA"] = 3;
  return out;
}
