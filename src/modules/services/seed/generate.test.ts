import { describe, expect, it } from "vitest";
import { buildCalendar, seedHolidays } from "../../../platform/calendar";
import { parseNik } from "../../../platform/identifiers";
import { isReference } from "../domain/reference";
import { requestStatuses } from "../schema";
import type { OfficeRow, ServiceRow } from "../services.repository";
import { seedOffices, seedServices } from "./catalogue-data";
import { generateRequests } from "./generate";

const services = seedServices.map(
  (s, i) =>
    ({
      ...s,
      id: `svc-${i}`,
      needsCamat: s.needsCamat ?? false,
      businessKind: s.businessKind ?? null,
      producesDocument: s.producesDocument ?? true,
      fee: 0,
    }) as unknown as ServiceRow,
);
const offices = seedOffices.map(
  (o, i) =>
    ({
      ...o,
      id: `office-${i}`,
      unitCode: o.unitCode,
      unitKind: o.unitCode === "MM.PATEN" ? "seksi" : "kelurahan",
      unitPath: o.unitCode === "MM.PATEN" ? "/mm/paten/" : `/mm/${o.unitCode}/`,
    }) as unknown as OfficeRow,
);

const generated = generateRequests({
  services,
  offices,
  officers: new Map(),
  signers: new Map(),
  cal: buildCalendar(seedHolidays),
  today: "2026-11-27",
  count: 2000,
  seed: 1,
  pinHashOf: () => "x",
});

describe("demo year generator", () => {
  it("is deterministic and covers every status, some overdue", () => {
    const again = generateRequests({
      services,
      offices,
      officers: new Map(),
      signers: new Map(),
      cal: buildCalendar(seedHolidays),
      today: "2026-11-27",
      count: 50,
      seed: 1,
      pinHashOf: () => "x",
    });
    expect(again.requests.map((r) => r.reference)).toEqual(
      generated.requests.slice(0, 50).map((r) => r.reference),
    );
    const statuses = new Set(generated.requests.map((r) => r.status));
    expect([...statuses].sort()).toEqual([...requestStatuses].sort());
    const open = generated.requests.filter((r) => !["SELESAI", "DITOLAK", "DIBATALKAN"].includes(r.status!));
    expect(open.some((r) => r.dueDate && r.dueDate < "2026-11-27")).toBe(true);
    expect(
      generated.requests.every((r) => r.submittedOn! <= "2026-11-27" && r.submittedOn! >= "2025-11-01"),
    ).toBe(true);
  });

  it("writes valid, unique references and NIKs, and a history that starts with the submission", () => {
    const refs = generated.requests.map((r) => r.reference!);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.every(isReference)).toBe(true);
    expect(
      generated.requests.every((r) => parseNik(r.applicantNik!, { today: new Date("2026-11-27") }).ok),
    ).toBe(true);
    const firstEvents = new Map<string, string>();
    for (const h of generated.history)
      if (!firstEvents.has(h.requestId)) firstEvents.set(h.requestId, h.event);
    expect(new Set(firstEvents.values())).toEqual(new Set(["submitted"]));
  });

  it("numbers every issued letter per office and year in signing order, without gaps", () => {
    const finished = generated.requests.filter((r) => r.status === "SELESAI" && r.documentNumber);
    expect(finished.length).toBeGreaterThan(1000);
    const byKey = new Map<string, number[]>();
    for (const r of finished) {
      const [cls, seq, code, , year] = r.documentNumber!.split("/");
      const key = `${cls}|${code}|${year}`;
      byKey.set(key, [...(byKey.get(key) ?? []), Number(seq)]);
    }
    for (const [key, seqs] of byKey) {
      expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      expect(generated.counters.get(key)).toBe(seqs.length);
    }
    expect(generated.documents).toHaveLength(finished.length);
  });

  it("registers finished business requests in the UMKM register", () => {
    const registered = generated.businesses.filter((b) => b.registeredOn);
    expect(registered.length).toBeGreaterThan(50);
    expect(new Set(generated.businesses.map((b) => b.scale))).toContain("mikro");
  });
});
