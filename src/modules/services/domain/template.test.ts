import { describe, expect, it } from "vitest";
import { fillTemplate, placeholdersOf } from "./template";

describe("letter templates", () => {
  const tpl = {
    title: "Surat Keterangan Usaha",
    opening: "Lurah {office.name} menerangkan bahwa:",
    rows: [
      { label: "Nama", value: "{applicant.name}" },
      { label: "Usaha", value: "{fields.usaha_nama}" },
      { label: "KBLI", value: "{fields.usaha_kbli}" },
    ],
    body: ["Benar memiliki usaha {fields.usaha_nama}."],
    closing: "Demikian.",
  };
  it("fills placeholders literally and drops empty rows", () => {
    const r = fillTemplate(tpl, {
      "office.name": "Terjun",
      "applicant.name": "<b>Siti</b>",
      "fields.usaha_nama": "Warung {x}",
    });
    expect(r.paragraphs).toEqual(["Lurah Terjun menerangkan bahwa:", "Benar memiliki usaha Warung {x}."]);
    expect(r.fields).toEqual([
      { label: "Nama", value: "<b>Siti</b>" },
      { label: "Usaha", value: "Warung {x}" },
    ]);
  });
  it("lists its placeholders", () =>
    expect(placeholdersOf(tpl).sort()).toEqual([
      "applicant.name",
      "fields.usaha_kbli",
      "fields.usaha_nama",
      "office.name",
    ]));
});
