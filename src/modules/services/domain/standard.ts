/**
 * Standar pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014): six components are published to the public
 * (service delivery), eight are internal (service production). Stored per service, keyed by these names.
 */
export const PUBLIC_COMPONENTS = [
  "persyaratan",
  "prosedur",
  "jangkaWaktu",
  "biaya",
  "produk",
  "pengaduan",
] as const;

export const INTERNAL_COMPONENTS = [
  "dasarHukum",
  "sarana",
  "kompetensi",
  "pengawasan",
  "jumlahPelaksana",
  "jaminanPelayanan",
  "jaminanKeamanan",
  "evaluasiKinerja",
] as const;

export const STANDARD_COMPONENTS = [...PUBLIC_COMPONENTS, ...INTERNAL_COMPONENTS] as const;
export type StandardComponent = (typeof STANDARD_COMPONENTS)[number];
export type Standard = Record<StandardComponent, string>;

export const isStandardComponent = (key: string): key is StandardComponent =>
  (STANDARD_COMPONENTS as readonly string[]).includes(key);
