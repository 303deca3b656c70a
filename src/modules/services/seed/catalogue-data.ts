import type { DocumentRequirement, FieldDef } from "../domain/fields";
import type { Standard } from "../domain/standard";
import type { LetterTemplate } from "../domain/template";

/**
 * The initial service catalogue of Kecamatan Medan Marelan (SPEC §3.4) and its offices. Seeded once; from then
 * on admins edit it (standar pelayanan, SLA, fee, maklumat) in the staff pages.
 */

export type SeedOffice = {
  unitCode: string;
  letterCode: string;
  letterheadName: string;
  letterheadParent: string | null;
  address: string;
  signerTitle: string;
};

/** The maklumat pelayanan wording of PermenPANRB 15/2014 (Lampiran), as Kantor Camat and Kantor Lurah use it. */
export const MAKLUMAT = (office: string) =>
  `Dengan ini, ${office} menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar pelayanan yang telah ditetapkan, memberikan pelayanan tanpa pungutan di luar ketentuan, bersikap ramah, adil dan tidak diskriminatif, serta apabila tidak menepati janji ini, kami siap menerima sanksi sesuai dengan peraturan perundang-undangan yang berlaku.`;

export const seedOffices: SeedOffice[] = [
  {
    unitCode: "MM.PATEN",
    letterCode: "PATEN",
    letterheadName: "Kecamatan Medan Marelan",
    letterheadParent: null,
    address: "Jl. Marelan Raya No. 1, Kelurahan Rengas Pulau, Medan Marelan, Kota Medan 20255",
    signerTitle: "Camat Medan Marelan",
  },
  ...[
    ["MM.1001", "LBD", "Labuhan Deli", "Jl. Titi Pahlawan No. 12"],
    ["MM.1002", "RGP", "Rengas Pulau", "Jl. Marelan Raya Pasar II No. 8"],
    ["MM.1003", "TRJ", "Terjun", "Jl. Marelan Raya Pasar V No. 45"],
    ["MM.1004", "T600", "Tanah Enam Ratus", "Jl. Pasar III Barat No. 20"],
    ["MM.1005", "PYP", "Paya Pasir", "Jl. Paya Pasir No. 3"],
  ].map(([unitCode, letterCode, name, street]) => ({
    unitCode: unitCode!,
    letterCode: letterCode!,
    letterheadName: `Kelurahan ${name}`,
    letterheadParent: "Kecamatan Medan Marelan",
    address: `${street}, Kelurahan ${name}, Medan Marelan, Kota Medan`,
    signerTitle: `Lurah ${name}`,
  })),
];

export type SeedService = {
  code: string;
  name: string;
  summary: string;
  level: "kelurahan" | "kecamatan";
  needsCamat?: boolean;
  businessKind?: "sku" | "iumk" | "nib";
  producesDocument?: boolean;
  classificationCode: string;
  slaDays: number;
  legalBasis: string;
  validityDays: number | null;
  fields: FieldDef[];
  documents: DocumentRequirement[];
  template: LetterTemplate;
  standard: Partial<Standard>;
};

const PAKET_UMUM = {
  prosedur:
    "1. Pemohon mengajukan permohonan secara daring di SIGAP, melalui kios layanan, atau di loket dengan bantuan petugas, lalu menerima nomor permohonan dan PIN. 2. Petugas memverifikasi data dan berkas; bila ada kekurangan, permohonan dikembalikan kepada pemohon dengan penjelasan. 3. Petugas memproses dan menyiapkan surat. 4. Pejabat berwenang menandatangani secara elektronik. 5. Pemohon mengunduh surat ber-QR melalui halaman lacak permohonan atau mengambilnya di loket.",
  biaya: "Tidak dipungut biaya (gratis).",
  pengaduan:
    "Menu Pengaduan di SIGAP, SP4N-LAPOR! (www.lapor.go.id), kotak saran di loket, atau langsung kepada Kepala Seksi Pelayanan pada jam kerja.",
  sarana:
    "Loket pelayanan, ruang tunggu dengan kursi prioritas, kios layanan mandiri (tablet), komputer dan printer, jaringan internet, toilet, dan papan informasi standar pelayanan.",
  kompetensi:
    "Pelaksana memahami administrasi kependudukan dan tata naskah dinas, mampu mengoperasikan SIGAP, dan telah mengikuti pelatihan pelayanan prima.",
  pengawasan:
    "Pengawasan melekat oleh Kepala Seksi Pelayanan dan pimpinan unit; pemantauan ketepatan waktu harian melalui antrean kerja SIGAP.",
  jumlahPelaksana: "Minimal 2 orang petugas loket/verifikator dan 1 orang pejabat penandatangan.",
  jaminanPelayanan:
    "Pelayanan diberikan sesuai standar pelayanan dan maklumat pelayanan; jangka waktu dihitung dalam hari kerja dan ditampilkan pada setiap permohonan.",
  jaminanKeamanan:
    "Data pribadi dilindungi sesuai UU 27/2022; NIK ditampilkan tersamar; surat dapat diperiksa keasliannya melalui kode QR.",
  evaluasiKinerja:
    "Survei Kepuasan Masyarakat setiap semester (PermenPANRB 14/2017) dan evaluasi bulanan ketepatan waktu penyelesaian per petugas.",
} satisfies Partial<Standard>;

const KTP: DocumentRequirement = { key: "ktp", label: "KTP-el pemohon", required: true };
const KK: DocumentRequirement = { key: "kk", label: "Kartu Keluarga", required: true };
const PENGANTAR: DocumentRequirement = {
  key: "pengantar",
  label: "Surat pengantar Kepala Lingkungan",
  required: true,
  hint: "Dari Kepala Lingkungan tempat tinggal Anda.",
};
const FOTO_USAHA: DocumentRequirement = {
  key: "foto_usaha",
  label: "Foto tempat usaha",
  required: false,
  hint: "Foto tampak depan tempat usaha (tidak wajib).",
};

const USAHA_FIELDS: FieldDef[] = [
  { key: "usaha_nama", label: "Nama usaha", type: "text", required: true, maxLength: 100 },
  {
    key: "usaha_kegiatan",
    label: "Kegiatan usaha",
    type: "text",
    required: true,
    maxLength: 150,
    hint: "Mis. warung makan, bengkel sepeda motor, jahit pakaian.",
  },
  {
    key: "usaha_kbli",
    label: "Kode KBLI (jika tahu)",
    type: "kbli",
    required: false,
    hint: "5 digit KBLI 2020, mis. 56103 untuk warung makan. Boleh dikosongkan.",
  },
  { key: "usaha_alamat", label: "Alamat tempat usaha", type: "text", required: true, maxLength: 200 },
  {
    key: "usaha_modal",
    label: "Modal usaha (Rp)",
    type: "money",
    required: true,
    hint: "Tidak termasuk tanah dan bangunan tempat usaha. Tulis angka saja, mis. 25.000.000.",
  },
  {
    key: "usaha_omzet",
    label: "Hasil penjualan setahun (Rp)",
    type: "money",
    required: true,
    hint: "Perkiraan omzet dalam satu tahun. Tulis angka saja, mis. 120.000.000.",
  },
  { key: "usaha_pekerja", label: "Jumlah tenaga kerja", type: "number", required: false, min: 0, max: 500 },
];

const USAHA_ROWS = [
  { label: "Nama", value: "{applicant.name}" },
  { label: "NIK", value: "{applicant.nik}" },
  { label: "Alamat", value: "{applicant.address}" },
  { label: "Nama usaha", value: "{fields.usaha_nama}" },
  { label: "Kegiatan usaha", value: "{fields.usaha_kegiatan}" },
  { label: "KBLI", value: "{fields.usaha_kbli}" },
  { label: "Alamat usaha", value: "{fields.usaha_alamat}" },
  { label: "Modal usaha", value: "{fields.usaha_modal}" },
  { label: "Skala usaha", value: "{business.scale}" },
];

const OPENING = "Yang bertanda tangan di bawah ini, {signer.title}, dengan ini menerangkan bahwa:";
const CLOSING = "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya.";

export const seedServices: SeedService[] = [
  {
    code: "SKD",
    name: "Surat Keterangan Domisili",
    summary:
      "Keterangan tempat tinggal warga untuk keperluan administrasi (bank, sekolah, pekerjaan, dan lainnya).",
    level: "kelurahan",
    classificationCode: "470",
    slaDays: 2,
    validityDays: 180,
    legalBasis:
      "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan; PP 17/2018 tentang Kecamatan; Permendagri 4/2010 tentang Pedoman PATEN.",
    fields: [
      {
        key: "lingkungan",
        label: "Lingkungan",
        type: "text",
        required: true,
        maxLength: 40,
        hint: "Mis. Lingkungan III.",
      },
      {
        key: "status_tinggal",
        label: "Status tempat tinggal",
        type: "select",
        required: true,
        options: [
          { value: "milik", label: "Milik sendiri/keluarga" },
          { value: "sewa", label: "Sewa/kontrak" },
          { value: "menumpang", label: "Menumpang" },
        ],
      },
      {
        key: "lama_tinggal",
        label: "Lama tinggal (tahun)",
        type: "number",
        required: true,
        min: 0,
        max: 100,
      },
      {
        key: "keperluan",
        label: "Keperluan",
        type: "text",
        required: true,
        maxLength: 150,
        hint: "Mis. persyaratan membuka rekening bank.",
      },
    ],
    documents: [KTP, KK, PENGANTAR],
    template: {
      title: "Surat Keterangan Domisili",
      opening: OPENING,
      rows: [
        { label: "Nama", value: "{applicant.name}" },
        { label: "NIK", value: "{applicant.nik}" },
        { label: "Alamat", value: "{applicant.address}" },
        { label: "Lingkungan", value: "{fields.lingkungan}" },
        { label: "Kelurahan", value: "{applicant.kelurahan}" },
        { label: "Status tempat tinggal", value: "{fields.status_tinggal}" },
        { label: "Lama tinggal", value: "{fields.lama_tinggal} tahun" },
      ],
      body: [
        "Benar nama tersebut di atas berdomisili di alamat tersebut dalam wilayah {office.name}. Surat keterangan ini diberikan untuk keperluan: {fields.keperluan}.",
      ],
      closing: CLOSING,
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan: "KTP-el, Kartu Keluarga, dan surat pengantar Kepala Lingkungan.",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk: "Surat Keterangan Domisili (PDF bertanda tangan elektronik dengan kode QR), berlaku 6 bulan.",
      dasarHukum:
        "UU 25/2009 tentang Pelayanan Publik; UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan; PP 17/2018 tentang Kecamatan; Permendagri 4/2010 tentang Pedoman PATEN.",
    },
  },
  {
    code: "SKTM",
    name: "Surat Keterangan Tidak Mampu",
    summary:
      "Keterangan keluarga kurang mampu untuk keringanan biaya pendidikan, kesehatan, atau bantuan sosial.",
    level: "kelurahan",
    classificationCode: "460",
    slaDays: 2,
    validityDays: 180,
    legalBasis:
      "UU 13/2011 tentang Penanganan Fakir Miskin; UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan; PP 17/2018 tentang Kecamatan.",
    fields: [
      {
        key: "keperluan",
        label: "Keperluan",
        type: "select",
        required: true,
        options: [
          { value: "pendidikan", label: "Keringanan biaya pendidikan" },
          { value: "kesehatan", label: "Keringanan biaya kesehatan/rumah sakit" },
          { value: "bansos", label: "Pengajuan bantuan sosial" },
          { value: "lainnya", label: "Lainnya" },
        ],
      },
      {
        key: "keterangan",
        label: "Keterangan keperluan",
        type: "text",
        required: false,
        maxLength: 150,
        hint: "Mis. nama sekolah atau rumah sakit tujuan.",
      },
      { key: "pekerjaan", label: "Pekerjaan kepala keluarga", type: "text", required: true, maxLength: 80 },
      { key: "penghasilan", label: "Penghasilan keluarga per bulan (Rp)", type: "money", required: true },
      {
        key: "tanggungan",
        label: "Jumlah tanggungan keluarga",
        type: "number",
        required: true,
        min: 0,
        max: 30,
      },
    ],
    documents: [
      KTP,
      KK,
      PENGANTAR,
      { key: "foto_rumah", label: "Foto rumah tampak depan", required: false, hint: "Tidak wajib." },
    ],
    template: {
      title: "Surat Keterangan Tidak Mampu",
      opening: OPENING,
      rows: [
        { label: "Nama", value: "{applicant.name}" },
        { label: "NIK", value: "{applicant.nik}" },
        { label: "Alamat", value: "{applicant.address}" },
        { label: "Pekerjaan kepala keluarga", value: "{fields.pekerjaan}" },
        { label: "Penghasilan per bulan", value: "{fields.penghasilan}" },
        { label: "Jumlah tanggungan", value: "{fields.tanggungan} orang" },
      ],
      body: [
        "Benar nama tersebut di atas adalah warga {office.name} yang menurut data dan keterangan Kepala Lingkungan tergolong keluarga kurang mampu. Surat keterangan ini diberikan untuk keperluan: {fields.keperluan} {fields.keterangan}.",
      ],
      closing: CLOSING,
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan: "KTP-el, Kartu Keluarga, surat pengantar Kepala Lingkungan, foto rumah (bila diminta).",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk: "Surat Keterangan Tidak Mampu (PDF ber-QR), berlaku 6 bulan.",
      dasarHukum:
        "UU 25/2009 tentang Pelayanan Publik; UU 13/2011 tentang Penanganan Fakir Miskin; PP 17/2018 tentang Kecamatan.",
    },
  },
  {
    code: "SPKTP",
    name: "Surat Pengantar KTP-el/KK",
    summary:
      "Pengantar ke Dinas Kependudukan dan Pencatatan Sipil untuk KTP-el baru, pengganti, atau perubahan KK.",
    level: "kelurahan",
    classificationCode: "471",
    slaDays: 1,
    validityDays: 30,
    legalBasis:
      "UU 23/2006 jo. UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil.",
    fields: [
      {
        key: "jenis",
        label: "Jenis pengantar",
        type: "select",
        required: true,
        options: [
          { value: "ktp_baru", label: "KTP-el baru (pertama kali)" },
          { value: "ktp_hilang", label: "KTP-el pengganti karena hilang" },
          { value: "ktp_rusak", label: "KTP-el pengganti karena rusak" },
          { value: "kk_baru", label: "Kartu Keluarga baru" },
          { value: "kk_ubah", label: "Perubahan data Kartu Keluarga" },
        ],
      },
      { key: "alasan", label: "Penjelasan singkat", type: "textarea", required: true, maxLength: 500 },
    ],
    documents: [
      KK,
      PENGANTAR,
      {
        key: "surat_hilang",
        label: "Surat keterangan hilang dari Kepolisian",
        required: false,
        hint: "Wajib untuk KTP-el yang hilang.",
      },
    ],
    template: {
      title: "Surat Pengantar",
      opening: "Yang bertanda tangan di bawah ini, {signer.title}, dengan ini memberikan pengantar kepada:",
      rows: [
        { label: "Nama", value: "{applicant.name}" },
        { label: "NIK", value: "{applicant.nik}" },
        { label: "Alamat", value: "{applicant.address}" },
        { label: "Keperluan", value: "{fields.jenis}" },
        { label: "Keterangan", value: "{fields.alasan}" },
      ],
      body: [
        "untuk mengurus dokumen kependudukan tersebut pada Dinas Kependudukan dan Pencatatan Sipil Kota Medan. Mohon kiranya dapat dibantu sesuai ketentuan yang berlaku.",
      ],
      closing: "Demikian surat pengantar ini dibuat untuk dipergunakan seperlunya.",
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan:
        "Kartu Keluarga, surat pengantar Kepala Lingkungan; untuk KTP-el hilang: surat keterangan hilang dari Kepolisian.",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk: "Surat Pengantar ke Disdukcapil Kota Medan (PDF ber-QR), berlaku 30 hari.",
      dasarHukum:
        "UU 25/2009 tentang Pelayanan Publik; UU 23/2006 jo. UU 24/2013; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil.",
    },
  },
  {
    code: "SKAW",
    name: "Surat Keterangan Ahli Waris",
    summary:
      "Keterangan ahli waris yang disaksikan dan dikuatkan Lurah lalu Camat, untuk balik nama tanah, pencairan tabungan, atau pensiun.",
    level: "kelurahan",
    needsCamat: true,
    classificationCode: "474",
    slaDays: 7,
    validityDays: null,
    legalBasis:
      "PMNA/Kepala BPN 3/1997 Pasal 111 ayat (1) huruf c (keterangan waris dikuatkan Lurah dan Camat) sebagaimana diubah terakhir dengan Permen ATR/BPN 16/2021; KUH Perdata Buku II.",
    fields: [
      {
        key: "nama_pewaris",
        label: "Nama almarhum/almarhumah (pewaris)",
        type: "text",
        required: true,
        maxLength: 100,
      },
      { key: "nik_pewaris", label: "NIK pewaris", type: "nik", required: true },
      { key: "tanggal_meninggal", label: "Tanggal meninggal", type: "date", required: true, notFuture: true },
      { key: "akta_kematian", label: "Nomor akta kematian", type: "text", required: true, maxLength: 60 },
      {
        key: "ahli_waris",
        label: "Daftar ahli waris",
        type: "textarea",
        required: true,
        maxLength: 1000,
        hint: "Satu baris per ahli waris: nama – hubungan dengan pewaris, mis. Siti Aminah – istri.",
      },
      { key: "saksi_1", label: "Nama saksi pertama", type: "text", required: true, maxLength: 100 },
      { key: "saksi_2", label: "Nama saksi kedua", type: "text", required: true, maxLength: 100 },
    ],
    documents: [
      { key: "akta_kematian", label: "Akta kematian pewaris", required: true },
      { key: "kk_pewaris", label: "Kartu Keluarga pewaris", required: true },
      {
        key: "ktp_ahli_waris",
        label: "KTP-el seluruh ahli waris",
        required: true,
        hint: "Gabungkan dalam satu PDF.",
      },
      { key: "pernyataan", label: "Surat pernyataan ahli waris bermeterai", required: true },
      PENGANTAR,
    ],
    template: {
      title: "Surat Keterangan Ahli Waris",
      opening:
        "Yang bertanda tangan di bawah ini, {signer.title}, menguatkan surat pernyataan ahli waris yang disaksikan oleh {fields.saksi_1} dan {fields.saksi_2}, dan menerangkan bahwa:",
      rows: [
        { label: "Nama pewaris", value: "{fields.nama_pewaris}" },
        { label: "Tanggal meninggal", value: "{fields.tanggal_meninggal}" },
        { label: "Akta kematian", value: "{fields.akta_kematian}" },
        { label: "Pemohon", value: "{applicant.name}" },
        { label: "Ahli waris", value: "{fields.ahli_waris}" },
      ],
      body: [
        "adalah benar para ahli waris yang sah dari almarhum/almarhumah tersebut di atas menurut surat pernyataan ahli waris yang ditandatangani di hadapan Lurah {applicant.kelurahan}.",
      ],
      closing: CLOSING,
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan:
        "Akta kematian, KK pewaris, KTP-el seluruh ahli waris, surat pernyataan ahli waris bermeterai yang disaksikan 2 orang saksi, surat pengantar Kepala Lingkungan.",
      prosedur:
        "1. Pemohon mengajukan permohonan dan berkas. 2. Kelurahan memverifikasi dan Lurah menandatangani (menguatkan). 3. Permohonan diteruskan ke Kecamatan. 4. Camat menandatangani secara elektronik. 5. Pemohon mengunduh surat ber-QR.",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap, termasuk penguatan oleh Lurah dan Camat.",
      produk: "Surat Keterangan Ahli Waris dikuatkan Lurah dan Camat (PDF ber-QR).",
      dasarHukum:
        "UU 25/2009 tentang Pelayanan Publik; PMNA/Kepala BPN 3/1997 Pasal 111 sebagaimana diubah terakhir dengan Permen ATR/BPN 16/2021.",
    },
  },
  {
    code: "SKU",
    name: "Surat Keterangan Usaha",
    summary: "Keterangan bahwa warga menjalankan usaha mikro/kecil, mis. untuk KUR atau bantuan modal.",
    level: "kelurahan",
    businessKind: "sku",
    classificationCode: "510",
    slaDays: 2,
    validityDays: 365,
    legalBasis: "UU 20/2008 tentang UMKM; PP 7/2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan KUMKM.",
    fields: [
      ...USAHA_FIELDS,
      { key: "mulai_usaha", label: "Usaha berjalan sejak", type: "date", required: false, notFuture: true },
    ],
    documents: [KTP, KK, PENGANTAR, FOTO_USAHA],
    template: {
      title: "Surat Keterangan Usaha",
      opening: OPENING,
      rows: USAHA_ROWS,
      body: [
        "Benar nama tersebut di atas menjalankan usaha sebagaimana tersebut di atas dalam wilayah {office.name} dan tergolong usaha {business.scale} menurut PP 7/2021.",
      ],
      closing: CLOSING,
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan:
        "KTP-el, Kartu Keluarga, surat pengantar Kepala Lingkungan, foto tempat usaha (tidak wajib).",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk:
        "Surat Keterangan Usaha (PDF ber-QR), berlaku 1 tahun; usaha tercatat dalam daftar UMKM kecamatan.",
      dasarHukum:
        "UU 25/2009; UU 20/2008 tentang UMKM; PP 7/2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan KUMKM.",
    },
  },
  {
    code: "SKDU",
    name: "Surat Keterangan Domisili Usaha",
    summary: "Keterangan letak tempat usaha di wilayah Kecamatan Medan Marelan.",
    level: "kecamatan",
    classificationCode: "503",
    slaDays: 3,
    validityDays: 365,
    legalBasis:
      "PP 17/2018 tentang Kecamatan; Permendagri 4/2010 tentang Pedoman PATEN; Peraturan Wali Kota Medan tentang pelimpahan kewenangan kepada Camat.",
    fields: [
      USAHA_FIELDS[0]!,
      USAHA_FIELDS[1]!,
      USAHA_FIELDS[3]!,
      {
        key: "status_tempat",
        label: "Status tempat usaha",
        type: "select",
        required: true,
        options: [
          { value: "milik", label: "Milik sendiri" },
          { value: "sewa", label: "Sewa/kontrak" },
        ],
      },
      { key: "luas", label: "Luas tempat usaha (m²)", type: "number", required: false, min: 1, max: 100000 },
    ],
    documents: [
      KTP,
      PENGANTAR,
      { key: "bukti_tempat", label: "Bukti kepemilikan atau perjanjian sewa tempat usaha", required: true },
      FOTO_USAHA,
    ],
    template: {
      title: "Surat Keterangan Domisili Usaha",
      opening: OPENING,
      rows: [
        { label: "Nama", value: "{applicant.name}" },
        { label: "NIK", value: "{applicant.nik}" },
        { label: "Nama usaha", value: "{fields.usaha_nama}" },
        { label: "Kegiatan usaha", value: "{fields.usaha_kegiatan}" },
        { label: "Alamat usaha", value: "{fields.usaha_alamat}" },
        { label: "Status tempat usaha", value: "{fields.status_tempat}" },
      ],
      body: ["Benar usaha tersebut berdomisili di alamat tersebut dalam wilayah Kecamatan Medan Marelan."],
      closing: CLOSING,
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan:
        "KTP-el, surat pengantar Kepala Lingkungan, bukti kepemilikan atau perjanjian sewa tempat usaha, foto tempat usaha (tidak wajib).",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk: "Surat Keterangan Domisili Usaha (PDF ber-QR), berlaku 1 tahun.",
      dasarHukum: "UU 25/2009; PP 17/2018 tentang Kecamatan; Permendagri 4/2010 tentang Pedoman PATEN.",
    },
  },
  {
    code: "IUMK",
    name: "Izin Usaha Mikro dan Kecil (IUMK)",
    summary:
      "Izin usaha mikro dan kecil dari Camat (layanan lama; kini umumnya digantikan NIB melalui OSS dan dapat dinonaktifkan).",
    level: "kecamatan",
    businessKind: "iumk",
    classificationCode: "503",
    slaDays: 5,
    validityDays: null,
    legalBasis:
      "Perpres 98/2014 tentang Perizinan untuk Usaha Mikro dan Kecil; Permendagri 83/2014 tentang Pedoman Pemberian IUMK; PP 7/2021.",
    fields: USAHA_FIELDS.map((f) => (f.key === "usaha_pekerja" ? { ...f, required: true } : f)),
    documents: [
      KTP,
      KK,
      PENGANTAR,
      { key: "pas_foto", label: "Pas foto berwarna 4×6", required: true },
      FOTO_USAHA,
    ],
    template: {
      title: "Izin Usaha Mikro dan Kecil",
      opening: "{signer.title}, berdasarkan Perpres 98/2014, memberikan Izin Usaha Mikro dan Kecil kepada:",
      rows: [...USAHA_ROWS, { label: "Tenaga kerja", value: "{fields.usaha_pekerja} orang" }],
      body: [
        "Izin ini berlaku selama usaha masih dijalankan dan wajib didaftar ulang bila terjadi perubahan kegiatan atau tempat usaha.",
      ],
      closing: "Demikian izin ini diberikan untuk dipergunakan sebagaimana mestinya.",
    },
    standard: {
      ...PAKET_UMUM,
      persyaratan:
        "KTP-el, Kartu Keluarga, surat pengantar Kepala Lingkungan, pas foto berwarna 4×6, foto tempat usaha (tidak wajib).",
      jangkaWaktu: "Dihitung sejak berkas dinyatakan lengkap.",
      produk: "Naskah IUMK (PDF ber-QR); usaha tercatat dalam daftar UMKM kecamatan.",
      dasarHukum:
        "UU 25/2009; Perpres 98/2014 tentang Perizinan untuk Usaha Mikro dan Kecil; Permendagri 83/2014; PP 7/2021.",
    },
  },
  {
    code: "NIB",
    name: "Pendampingan NIB/OSS",
    summary:
      "Petugas PATEN membantu pelaku usaha mikro mendaftar di OSS dan memperoleh Nomor Induk Berusaha (NIB); NIB dicatat di daftar UMKM.",
    level: "kecamatan",
    businessKind: "nib",
    producesDocument: false,
    classificationCode: "503",
    slaDays: 3,
    validityDays: null,
    legalBasis:
      "PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko; PP 7/2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan KUMKM.",
    fields: [
      ...USAHA_FIELDS,
      {
        key: "akun_oss",
        label: "Sudah punya akun OSS?",
        type: "select",
        required: true,
        options: [
          { value: "belum", label: "Belum" },
          { value: "sudah", label: "Sudah, tetapi belum punya NIB" },
        ],
      },
    ],
    documents: [KTP, { key: "npwp", label: "NPWP (jika ada)", required: false }],
    template: { title: "Pendampingan NIB/OSS", opening: "", rows: [], body: [], closing: "" },
    standard: {
      ...PAKET_UMUM,
      prosedur:
        "1. Pemohon mengajukan permohonan pendampingan. 2. Petugas menghubungi pemohon dan menjadwalkan pendampingan di loket PATEN. 3. Bersama petugas, pemohon mendaftar di oss.go.id dan memperoleh NIB. 4. Petugas mencatat NIB; permohonan selesai.",
      persyaratan: "KTP-el, NPWP (jika ada), alamat email aktif, nomor HP aktif.",
      jangkaWaktu: "Dihitung sejak permohonan diterima sampai NIB terbit.",
      produk: "Nomor Induk Berusaha (NIB) yang diterbitkan sistem OSS; tercatat dalam daftar UMKM kecamatan.",
      dasarHukum: "UU 25/2009; PP 5/2021; PP 7/2021.",
    },
  },
];
