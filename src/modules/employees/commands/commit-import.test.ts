import { describe, expect, it } from "vitest";
import type { ImportDraft } from "../domain/import-row";
import { withSupervisors } from "./commit-import";

const draft = (name: string, unitId: string, unitPath: string, isHead = false): ImportDraft => ({
  nip: name,
  asnType: "PNS",
  name,
  sex: "L",
  birthDate: "1980-01-01",
  golongan: "III/a",
  unitId,
  unitPath,
  positionId: null,
  isHead,
  tmtJabatan: null,
  education: null,
  email: null,
  phone: null,
});

describe("withSupervisors (import)", () => {
  // K (camat already registered) → L (lurah in the file) → S (kasi in the file)
  const existing = {
    parentOf: new Map<string, string | null>([
      ["K", null],
      ["L", "K"],
      ["S", "L"],
    ]),
    headOf: new Map([["K", "camat"]]),
  };
  const rows = withSupervisors(
    [
      draft("staf S", "S", "/K/L/S/"),
      draft("kasi S", "S", "/K/L/S/", true),
      draft("staf L", "L", "/K/L/"),
      draft("lurah", "L", "/K/L/", true),
    ],
    existing,
  );
  const byName = new Map(rows.map((r) => [r.draft.name, r]));

  it("links people to heads in the file and to heads already registered", () => {
    expect(byName.get("lurah")!.supervisorId).toBe("camat");
    expect(byName.get("kasi S")!.supervisorId).toBe(byName.get("lurah")!.id);
    expect(byName.get("staf S")!.supervisorId).toBe(byName.get("kasi S")!.id);
    expect(byName.get("staf L")!.supervisorId).toBe(byName.get("lurah")!.id);
  });

  it("orders rows so every supervisor is inserted before their staff", () => {
    expect(rows.map((r) => r.draft.name)).toEqual(["lurah", "kasi S", "staf L", "staf S"]);
    const position = new Map<string, number>(rows.map((r, i) => [r.id, i]));
    for (const [i, r] of rows.entries()) {
      if (r.supervisorId && position.has(r.supervisorId))
        expect(position.get(r.supervisorId)!).toBeLessThan(i);
    }
  });
});
