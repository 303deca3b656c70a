import { describe, expect, it } from "vitest";
import { guessMapping, normaliseHeader, parseMapping } from "./column-mapping";

describe("normaliseHeader", () => {
  it.each([
    ["Gol. Ruang_Akhir ", "GOL RUANG AKHIR"],
    ["e-mail", "E MAIL"],
    ["No. HP", "NO HP"],
    ["NIP/NI PPPK", "NIP NI PPPK"],
  ])("%j → %j", (raw, expected) => expect(normaliseHeader(raw)).toBe(expected));
});

describe("guessMapping", () => {
  it("reads a BKN SIASN export, never taking NIP LAMA for the NIP", () => {
    const headers = [
      "PNS ID",
      "NIP LAMA",
      "NIP BARU",
      "NAMA",
      "GELAR DEPAN",
      "GELAR BELAKANG",
      "JENIS PEGAWAI NAMA",
      "GOL RUANG AKHIR",
      "JABATAN NAMA",
      "UNOR NAMA",
      "TMT JABATAN",
      "PENDIDIKAN NAMA",
      "EMAIL",
      "NOMOR HP",
    ];
    expect(guessMapping(headers)).toEqual({
      nip: 2,
      name: 3,
      frontTitle: 4,
      backTitle: 5,
      asnType: 6,
      golongan: 7,
      position: 8,
      unit: 9,
      tmtJabatan: 10,
      education: 11,
      email: 12,
      phone: 13,
    });
  });

  it("reads SIGAP's own export (unit and position by code)", () => {
    const headers = [
      "NIP",
      "Nama",
      "Jenis ASN",
      "Jenis Kelamin",
      "Tanggal Lahir",
      "Golongan",
      "Kode Jabatan",
      "Jabatan",
      "Jenis Jabatan",
      "Kode Unit",
      "Unit",
      "NIP Atasan",
      "Atasan",
      "TMT Jabatan",
      "Pendidikan",
      "Email",
      "Nomor HP",
      "Status",
    ];
    expect(guessMapping(headers)).toEqual({
      nip: 0,
      name: 1,
      asnType: 2,
      golongan: 5,
      position: 6,
      unit: 9,
      tmtJabatan: 13,
      education: 14,
      email: 15,
      phone: 16,
    });
  });

  it("leaves unknown headers unmapped", () => {
    expect(guessMapping(["foo", "bar"])).toEqual({});
  });
});

describe("parseMapping", () => {
  it("accepts column numbers and skips empty choices", () => {
    expect(parseMapping({ "map.nip": "0", "map.name": "1", "map.unit": "2", "map.email": "" }, 3)).toEqual({
      mapping: { nip: 0, name: 1, unit: 2 },
      issues: [],
    });
  });

  it.each([
    [{ "map.name": "1", "map.unit": "2" }, "map.nip", "employees.import.map.required"],
    [{ "map.nip": "9", "map.name": "1", "map.unit": "2" }, "map.nip", "employees.import.map.unknownColumn"],
    [
      { "map.nip": "x'; drop", "map.name": "1", "map.unit": "2" },
      "map.nip",
      "employees.import.map.unknownColumn",
    ],
    [{ "map.nip": "0", "map.name": "0", "map.unit": "2" }, "map.name", "employees.import.map.duplicate"],
  ])("%j → %s %s", (form, field, key) => {
    expect(parseMapping(form, 3).issues).toEqual([{ field, key }]);
  });
});
