import { describe, expect, it } from "vitest";
import { requestStatuses } from "../schema";
import {
  availableTransitions,
  type Capacity,
  planTransition,
  type Status,
  TRANSITIONS,
  type WorkflowContext,
} from "./workflow";

const letter: WorkflowContext = { needsCamat: false, stage: "kelurahan", producesDocument: true };
const ahliWaris: WorkflowContext = { needsCamat: true, stage: "kelurahan", producesDocument: true };
const nib: WorkflowContext = { needsCamat: false, stage: "kecamatan", producesDocument: false };
const all: Capacity[] = ["pemohon", "petugas", "penandatangan"];

describe("workflow table (SPEC §3.4)", () => {
  // Every legal step of a letter: [from, to, who, event, note required]
  const legal: [Status, Status, Capacity, string, boolean][] = [
    ["DIAJUKAN", "DIVERIFIKASI", "petugas", "verified", false],
    ["DIAJUKAN", "PERLU_PERBAIKAN", "petugas", "correctionRequested", true],
    ["DIAJUKAN", "DITOLAK", "petugas", "rejected", true],
    ["DIAJUKAN", "DIBATALKAN", "pemohon", "cancelled", false],
    ["DIVERIFIKASI", "DIPROSES", "petugas", "processing", false],
    ["DIVERIFIKASI", "PERLU_PERBAIKAN", "petugas", "correctionRequested", true],
    ["DIVERIFIKASI", "DITOLAK", "petugas", "rejected", true],
    ["DIVERIFIKASI", "DIBATALKAN", "pemohon", "cancelled", false],
    ["DIPROSES", "MENUNGGU_TTD", "petugas", "toSign", false],
    ["DIPROSES", "PERLU_PERBAIKAN", "petugas", "correctionRequested", true],
    ["DIPROSES", "DITOLAK", "petugas", "rejected", true],
    ["DIPROSES", "DIBATALKAN", "pemohon", "cancelled", false],
    ["MENUNGGU_TTD", "SELESAI", "penandatangan", "signed", false],
    ["MENUNGGU_TTD", "DIPROSES", "penandatangan", "returned", true],
    ["MENUNGGU_TTD", "DITOLAK", "penandatangan", "rejected", true],
    ["PERLU_PERBAIKAN", "DIAJUKAN", "pemohon", "resubmitted", false],
    ["PERLU_PERBAIKAN", "DIBATALKAN", "pemohon", "cancelled", false],
    ["PERLU_PERBAIKAN", "DITOLAK", "petugas", "rejected", true],
  ];

  it.each(legal)("%s → %s by %s (%s)", (from, to, by, event, noteRequired) => {
    const plan = planTransition(from, to, [by], letter, "alasan yang jelas");
    expect(plan).toMatchObject({ ok: true, status: to, event });
    if (noteRequired)
      expect(planTransition(from, to, [by], letter, "  ")).toEqual({ ok: false, reason: "noteRequired" });
    const others = all.filter((c) => c !== by);
    expect(planTransition(from, to, others, letter, "alasan")).toEqual({ ok: false, reason: "notAllowed" });
  });

  it("refuses every other pair: out of order, skipping steps, or leaving a final status", () => {
    const legalPairs = new Set(legal.map(([f, t]) => `${f}>${t}`));
    for (const from of requestStatuses) {
      for (const to of requestStatuses) {
        if (legalPairs.has(`${from}>${to}`)) continue;
        const plan = planTransition(from, to, all, letter, "catatan");
        expect(plan.ok, `${from} → ${to}`).toBe(false);
        const final = ["SELESAI", "DITOLAK", "DIBATALKAN"].includes(from);
        expect(plan).toEqual({ ok: false, reason: final ? "final" : "illegal" });
      }
    }
  });

  it("has no rule twice and none out of a final status", () => {
    const keys = TRANSITIONS.map((r) => `${r.from}>${r.to}>${r.by}>${r.when ? "w" : ""}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(TRANSITIONS.filter((r) => ["SELESAI", "DITOLAK", "DIBATALKAN"].includes(r.from))).toEqual([]);
  });

  it("pauses the SLA clock on PERLU_PERBAIKAN and resumes it on resubmission (SPEC §4.5)", () => {
    expect(planTransition("DIVERIFIKASI", "PERLU_PERBAIKAN", ["petugas"], letter, "KK buram")).toMatchObject({
      clock: "pause",
    });
    expect(planTransition("PERLU_PERBAIKAN", "DIAJUKAN", ["pemohon"], letter, null)).toMatchObject({
      clock: "resume",
    });
    expect(planTransition("PERLU_PERBAIKAN", "DIBATALKAN", ["pemohon"], letter, null)).toMatchObject({
      clock: "stop",
    });
    expect(planTransition("DIAJUKAN", "DIVERIFIKASI", ["petugas"], letter, null)).toMatchObject({
      clock: "run",
    });
  });

  it("sends a kelurahan letter that needs the camat up a level when the lurah signs, then finishes with the camat", () => {
    const lurah = planTransition("MENUNGGU_TTD", "SELESAI", ["penandatangan"], ahliWaris, null);
    expect(lurah).toEqual({
      ok: true,
      status: "MENUNGGU_TTD",
      stage: "kecamatan",
      event: "escalated",
      clock: "run",
      issuesDocument: false,
    });
    const camat = planTransition(
      "MENUNGGU_TTD",
      "SELESAI",
      ["penandatangan"],
      { ...ahliWaris, stage: "kecamatan" },
      null,
    );
    expect(camat).toMatchObject({
      ok: true,
      status: "SELESAI",
      event: "signed",
      issuesDocument: true,
      clock: "stop",
    });
  });

  it("finishes a service without a document (NIB assistance) without a signature", () => {
    expect(planTransition("DIPROSES", "SELESAI", ["petugas"], nib, null)).toMatchObject({
      ok: true,
      status: "SELESAI",
      event: "completed",
      issuesDocument: false,
    });
    expect(planTransition("DIPROSES", "MENUNGGU_TTD", ["petugas"], nib, null)).toEqual({
      ok: false,
      reason: "illegal",
    });
    expect(planTransition("DIPROSES", "SELESAI", ["petugas"], letter, null)).toEqual({
      ok: false,
      reason: "illegal",
    });
  });

  it("lists the buttons an actor sees", () => {
    expect(availableTransitions("DIAJUKAN", ["petugas"], letter).map((t) => t.to)).toEqual([
      "DIVERIFIKASI",
      "PERLU_PERBAIKAN",
      "DITOLAK",
    ]);
    expect(availableTransitions("MENUNGGU_TTD", ["petugas"], letter)).toEqual([]);
    expect(availableTransitions("MENUNGGU_TTD", ["penandatangan"], ahliWaris)[0]).toMatchObject({
      to: "SELESAI",
      event: "escalated",
    });
    expect(availableTransitions("SELESAI", all, letter)).toEqual([]);
  });
});
