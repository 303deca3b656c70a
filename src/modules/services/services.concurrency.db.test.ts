import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client";
import { documents } from "../../platform/documents/schema";
import { idempotencyKeys } from "../../platform/http/idempotency-schema";
import { createStaff, createTestContext, type TestContext } from "../../platform/testing/test-app";
import { nextLetterNumber, transitionRequest } from "./commands/transition-request";
import { serviceRequests } from "./schema";
import { createServiceStaff, insertRequest, submitJson } from "./testing/factories";

let ctx: TestContext;
let staff: Awaited<ReturnType<typeof createServiceStaff>>;
const NOW = new Date("2026-11-27T03:00:00Z");

beforeAll(async () => {
  ctx = await createTestContext({ now: () => NOW });
  staff = await createServiceStaff(ctx.deps);
});
afterAll(() => ctx.close());

describe("idempotent submission", () => {
  it("turns 10 concurrent identical submissions into exactly one request, all answered alike", async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        submitJson(ctx.client(), ctx.deps, "SKD", {
          key: "dup-key-0000000001",
          applicant: { name: "Sepuluh Kali" },
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(new Set(bodies.map((b) => `${b.reference}/${b.pin}`)).size).toBe(1);
    const rows = await ctx.db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.applicantName, "Sepuluh Kali"));
    expect(rows).toHaveLength(1);
    expect(answers.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(9);
  });

  it("turns 10 concurrent posts of one form (double-clicks) into one request", async () => {
    const browser = ctx.client();
    const token = /name="_token" value="([^"]+)"/.exec(
      await (await browser.get("/layanan/SKD/ajukan")).text(),
    )![1]!;
    const fields: Record<string, string> = {
      _token: token,
      "applicant.nik": "1271124508900003",
      "applicant.name": "Klik Ganda",
      "applicant.phone": "081234567890",
      "applicant.address": "Jl. Marelan Raya No. 5",
      "applicant.kelurahan": "MM.1003",
      "fields.lingkungan": "Lingkungan I",
      "fields.status_tinggal": "sewa",
      "fields.lama_tinggal": "2",
      "fields.keperluan": "Bank",
      "documents.ktp": "bawa",
      "documents.kk": "bawa",
      "documents.pengantar": "bawa",
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => browser.postForm("/layanan/SKD/kirim", fields)),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(303));
    const rows = await ctx.db
      .select()
      .from(serviceRequests)
      .where(eq(serviceRequests.applicantName, "Klik Ganda"));
    expect(rows).toHaveLength(1);
  });

  it("refuses the same key with a different body (409) and keeps no PIN in the clear", async () => {
    const first = await submitJson(ctx.client(), ctx.deps, "SKD", { key: "dup-key-0000000002" });
    expect(first.status).toBe(201);
    const { pin } = await first.json();
    const other = await submitJson(ctx.client(), ctx.deps, "SKD", {
      key: "dup-key-0000000002",
      applicant: { name: "Orang Lain" },
    });
    expect(other.status).toBe(409);
    const stored = await ctx.db.select().from(idempotencyKeys);
    expect(JSON.stringify(stored)).not.toContain(`"${pin}"`);
    expect(JSON.stringify(stored)).not.toContain("dup-key-0000000002");
  });
});

describe("letter numbering under concurrency", () => {
  it("gives 50 letters signed at once by 10 leaders the numbers 1–50: no gap, no duplicate", async () => {
    const signers = [staff.lurahTerjun];
    for (let i = 2; i <= 10; i++)
      signers.push(
        await createStaff(ctx.deps, { username: `lurah${i}`, role: "pimpinan", unitCode: "MM.1003" }),
      );
    const requests = [];
    for (let i = 0; i < 50; i++)
      requests.push(await insertRequest(ctx.deps, { status: "MENUNGGU_TTD", code: "SKD" }));
    const results = await Promise.allSettled(
      requests.map((r, i) =>
        transitionRequest(
          ctx.deps,
          { kind: "staff", actor: signers[i % signers.length]! },
          { requestId: r.id, to: "SELESAI", version: 1 },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const numbers = await queryRows<{ n: string }>(
      ctx.db,
      sql`select document_number as n from service_requests where document_number like '470/%/TRJ/XI/2026' order by document_number`,
    );
    expect(numbers.map((r) => r.n)).toEqual(
      Array.from({ length: 50 }, (_, i) => `470/${String(i + 1).padStart(4, "0")}/TRJ/XI/2026`),
    );
    const docs = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(distinct number)::int as n from documents where number like '470/%/TRJ/%'`,
    );
    expect(docs[0]!.n).toBe(50);
  });

  it("gives a number back when the signing transaction rolls back", async () => {
    await expect(
      ctx.db.transaction(async (tx) => {
        expect(await nextLetterNumber(tx, "470", "TRJ", "2026-11-27")).toBe("470/0051/TRJ/XI/2026");
        throw new Error("PDF gagal dibuat");
      }),
    ).rejects.toThrow("PDF gagal dibuat");
    const number = await ctx.db.transaction((tx) => nextLetterNumber(tx, "470", "TRJ", "2026-11-27"));
    expect(number).toBe("470/0051/TRJ/XI/2026");
    // A new year starts again at 1; another office keeps its own sequence.
    expect(await ctx.db.transaction((tx) => nextLetterNumber(tx, "470", "TRJ", "2027-01-04"))).toBe(
      "470/0001/TRJ/I/2027",
    );
    expect(await ctx.db.transaction((tx) => nextLetterNumber(tx, "470", "PYP", "2026-11-27"))).toBe(
      "470/0001/PYP/XI/2026",
    );
    expect((await ctx.db.select().from(documents)).length).toBe(50);
  });
});

describe("two officers at once", () => {
  it("lets one of two simultaneous identical steps through and refuses the stale one with 409", async () => {
    const r = await insertRequest(ctx.deps, { status: "DIAJUKAN" });
    const other = await createStaff(ctx.deps, {
      username: "petugas2.terjun",
      role: "petugas",
      unitCode: "MM.1003",
    });
    const results = await Promise.allSettled(
      [staff.petugasTerjun, other].map((actor) =>
        transitionRequest(
          ctx.deps,
          { kind: "staff", actor },
          { requestId: r.id, to: "DIVERIFIKASI", version: r.version },
        ),
      ),
    );
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.status).toBe(409);
    expect(failed.reason.message).toContain("baru saja diubah");
    const history = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from service_request_history where request_id = ${r.id}`,
    );
    expect(history[0]!.n).toBe(1);
  });

  it("refuses the same step sent twice without a version: the second finds the status already moved", async () => {
    const r = await insertRequest(ctx.deps, { status: "DIAJUKAN" });
    const results = await Promise.allSettled(
      [1, 2].map(() =>
        transitionRequest(
          ctx.deps,
          { kind: "staff", actor: staff.petugasTerjun },
          { requestId: r.id, to: "DIVERIFIKASI" },
        ),
      ),
    );
    expect(results.map((x) => x.status).sort()).toEqual(["fulfilled", "rejected"]);
  });
});
