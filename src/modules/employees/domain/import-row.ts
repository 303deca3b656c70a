import { isFormulaLike } from "../../../platform/export/spreadsheet";
import type { ImportMapping, ImportRowIssue } from "../schema";
import type { ImportField } from "./column-mapping";
import { type AsnType, checkEmployeeCore, normaliseGolongan } from "./employee-rules";
import { emailIssue, nameIssue, phoneIssue, storedPhone, textIssue } from "./fields";

export type ImportUnit = { id: string; code: string; name: string; path: string };
export type ImportPosition = { id: string; code: string; name: string; unitId: string; isHead: boolean };

/** What row checks need from the database, loaded once per import. */
export type ImportLookups = {
  units: readonly ImportUnit[];
  positions: readonly ImportPosition[];
  /** Unit paths where the importing actor may create employees. */
  writeScope: readonly string[];
  existingNips: ReadonlySet<string>;
};

/** A row ready to insert. */
export type ImportDraft = {
  nip: string;
  asnType: AsnType;
  name: string;
  sex: "L" | "P";
  birthDate: string;
  golongan: string | null;
  unitId: string;
  unitPath: string;
  positionId: string | null;
  isHead: boolean;
  tmtJabatan: string | null;
  education: string | null;
  email: string | null;
  phone: string | null;
};

const key = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

export type ImportIndex = ReturnType<typeof indexLookups>;

/** Units by code or name and positions per unit, so 20,000 rows are checked without a query each. */
export function indexLookups(l: ImportLookups) {
  const unitByCode = new Map(l.units.map((u) => [key(u.code), u]));
  const unitsByName = new Map<string, ImportUnit[]>();
  for (const u of l.units) unitsByName.set(key(u.name), [...(unitsByName.get(key(u.name)) ?? []), u]);
  const positionsOf = new Map<string, ImportPosition[]>();
  for (const p of l.positions) positionsOf.set(p.unitId, [...(positionsOf.get(p.unitId) ?? []), p]);
  return { ...l, unitByCode, unitsByName, positionsOf };
}

/** "2024-01-15", "15-01-2024", "15/1/2024", "15.01.2024" → "2024-01-15"; null when not a real date. */
export function parseDateCell(raw: string): string | null {
  let y: string;
  let m: string;
  let d: string;
  const iso = raw.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  const dmy = raw.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (dmy) [, d, m, y] = dmy as unknown as [string, string, string, string];
  else return null;
  const out = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${out}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === out ? out : null;
}

/** "PNS", "CPNS", "PNS Daerah" → PNS; "PPPK" → PPPK; "PPPK Paruh Waktu", "PPPK_PW" → PPPK_PW; empty → PNS. */
export function parseAsnTypeCell(raw: string): AsnType | null {
  const v = raw.toUpperCase().replace(/[^A-Z]/g, "");
  if (v === "") return "PNS";
  if (v.startsWith("PPPKPARUH") || v === "PPPKPW") return "PPPK_PW";
  if (v.startsWith("PPPK")) return "PPPK";
  if (v.startsWith("PNS") || v.startsWith("CPNS")) return "PNS";
  return null;
}

/**
 * Checks one data row (SPEC §3.2 import, §4.1 NIP) with the same rules as the form, plus what only a file
 * can get wrong: formula cells, NIPs that Excel turned into 1.9E+17, duplicate NIPs inside the file.
 * `seen` carries NIP → first row number across calls.
 */
export function validateImportRow(
  cells: readonly string[],
  rowNumber: number,
  mapping: ImportMapping,
  index: ImportIndex,
  seen: Map<string, number>,
  today: Date,
): { draft: ImportDraft | null; issues: ImportRowIssue[] } {
  const issues: ImportRowIssue[] = [];
  const add = (field: string, k: string, params?: ImportRowIssue["params"]) =>
    issues.push(params ? { row: rowNumber, field, key: k, params } : { row: rowNumber, field, key: k });
  const formula = new Set<ImportField>();
  const cell = (field: ImportField): string => {
    const i = mapping[field];
    const v = i === undefined ? "" : (cells[i] ?? "").trim();
    if (v !== "" && isFormulaLike(v)) {
      formula.add(field);
      add(field, "employees.import.row.formula");
      return "";
    }
    return v;
  };

  const rawNip = cell("nip");
  const asnType = parseAsnTypeCell(cell("asnType"));
  if (!asnType) add("asnType", "employees.v.asnType");
  const golonganRaw = cell("golongan");
  const golongan = golonganRaw === "" ? null : normaliseGolongan(golonganRaw);
  const tmtRaw = cell("tmtJabatan");
  const tmtJabatan = tmtRaw === "" ? null : parseDateCell(tmtRaw);
  if (tmtRaw !== "" && !tmtJabatan) add("tmtJabatan", "employees.import.row.date");

  let nipInfo: ReturnType<typeof checkEmployeeCore>["info"] = null;
  if (rawNip === "") {
    if (!formula.has("nip")) add("nip", "employees.v.nipRequired");
  } else if (/e\+?\d+$/i.test(rawNip)) add("nip", "employees.import.row.nipScientific");
  else if (asnType) {
    const core = checkEmployeeCore({ asnType, nip: rawNip, golongan, tmtJabatan }, today);
    nipInfo = core.info;
    for (const i of core.issues)
      if (!formula.has(i.field as ImportField)) add(i.field, i.key, i.params as ImportRowIssue["params"]);
  }
  if (nipInfo) {
    const first = seen.get(nipInfo.nip);
    if (first !== undefined) add("nip", "employees.import.row.nipRepeated", { row: first });
    else {
      seen.set(nipInfo.nip, rowNumber);
      if (index.existingNips.has(nipInfo.nip)) add("nip", "employees.v.nipTaken");
    }
  }

  const front = cell("frontTitle");
  const back = cell("backTitle");
  const bare = cell("name");
  const name = `${[front, bare].filter(Boolean).join(" ")}${back ? `, ${back}` : ""}`;
  if (bare === "") {
    if (!formula.has("name")) add("name", "employees.v.nameRequired");
  } else {
    const k = nameIssue(name);
    if (k) add("name", k);
  }

  const unitRaw = cell("unit");
  let unit: ImportUnit | null = null;
  if (unitRaw === "") {
    if (!formula.has("unit")) add("unit", "employees.import.row.unitRequired");
  } else {
    const byCode = index.unitByCode.get(key(unitRaw));
    const byName = index.unitsByName.get(key(unitRaw)) ?? [];
    if (byCode) unit = byCode;
    else if (byName.length === 1) unit = byName[0]!;
    else if (byName.length > 1) add("unit", "employees.import.row.unitAmbiguous", { value: unitRaw });
    else add("unit", "employees.import.row.unitUnknown", { value: unitRaw });
    if (unit && !index.writeScope.some((p) => unit!.path.startsWith(p))) {
      add("unit", "employees.v.unitOutOfScope");
      unit = null;
    }
  }

  const positionRaw = cell("position");
  let position: ImportPosition | null = null;
  if (positionRaw !== "" && unit) {
    const candidates = (index.positionsOf.get(unit.id) ?? []).filter(
      (p) => key(p.code) === key(positionRaw) || key(p.name) === key(positionRaw),
    );
    if (candidates.length === 1) position = candidates[0]!;
    else if (candidates.length > 1)
      add("position", "employees.import.row.positionAmbiguous", { value: positionRaw });
    else add("position", "employees.import.row.positionUnknown", { value: positionRaw, unit: unit.name });
  }

  const optional = (field: ImportField, check: (v: string) => string | null) => {
    const v = cell(field);
    if (v === "") return null;
    const k = check(v);
    if (k) add(field, k);
    return v;
  };
  const education = optional("education", (v) => textIssue(v));
  const email = optional("email", emailIssue)?.toLowerCase() ?? null;
  const phoneRaw = optional("phone", phoneIssue);

  if (issues.length > 0 || !nipInfo || !asnType || !unit) return { draft: null, issues };
  return {
    draft: {
      nip: nipInfo.nip,
      asnType,
      name,
      sex: nipInfo.sex,
      birthDate: nipInfo.birthDate,
      golongan,
      unitId: unit.id,
      unitPath: unit.path,
      positionId: position?.id ?? null,
      isHead: position?.isHead ?? false,
      tmtJabatan,
      education,
      email,
      phone: phoneRaw ? storedPhone(phoneRaw) : null,
    },
    issues,
  };
}
