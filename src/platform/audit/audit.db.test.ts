import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../auth/actor";
import { createStaff, createTestContext, type TestContext } from "../testing/test-app";
import { audit, verifyAuditChain } from "./audit";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  for (let i = 0; i < 5; i++) {
    await ctx.db.transaction((tx) =>
      audit(tx, systemActor, {
        action: "test.write",
        entity: "thing",
        entityId: String(i),
        before: { n: i },
        after: { n: i + 1, b: "z", a: [1, { y: 2, x: 1 }] },
      }),
    );
  }
});
afterAll(() => ctx.close());

describe("audit log", () => {
  it("forms an intact chain", async () => {
    const report = await verifyAuditChain(ctx.db);
    expect(report).toEqual({ ok: true, rows: 5 });
  });

  it("concurrent appends still form one chain", async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ctx.db.transaction((tx) =>
          audit(tx, systemActor, { action: "test.concurrent", entity: "thing", entityId: `c${i}` }),
        ),
      ),
    );
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
  });

  it("refuses UPDATE and DELETE at the database", async () => {
    await expect(ctx.db.execute(sql`update audit_log set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
  });

  it("names the first broken row when a row is altered behind the trigger's back", async () => {
    await ctx.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await ctx.db.execute(sql`update audit_log set after = '{"n": 99}' where seq = 3`);
    await ctx.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const report = await verifyAuditChain(ctx.db);
    expect(report).toMatchObject({ ok: false, brokenSeq: 3 });
  });

  it("is readable by auditors and not by petugas", async () => {
    await createStaff(ctx.deps, { username: "aud", role: "auditor" });
    await createStaff(ctx.deps, { username: "pet", role: "petugas", unitCode: "MM.PATEN" });
    const auditor = await ctx.client().login("aud");
    const page = await auditor.get("/staf/audit?entity=thing");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("test.write");
    const verify = await auditor.postForm("/staf/audit/verifikasi", {});
    expect(await verify.text()).toContain("Rantai RUSAK mulai baris #3");
    const petugas = await ctx.client().login("pet");
    expect((await petugas.get("/staf/audit")).status).toBe(403);
  });
});
