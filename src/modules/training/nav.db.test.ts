import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../platform/testing/test-app";
import { employees } from "../employees";
import { buildEmployee, buildPerson } from "./testing/factories";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const approvalsLink = 'href="/staf/pelatihan/persetujuan"';

describe("the 'Persetujuan' menu entry follows the org tree, with no per-process cache", () => {
  it("appears the moment someone reports to a person, and goes when nobody does", async () => {
    const { employee: boss } = await buildPerson(ctx.deps, { name: "Atasan Baru", username: "atasan.baru" });
    const client = await ctx.client().login("atasan.baru");
    expect(await (await client.get("/staf")).text()).not.toContain(approvalsLink);

    const report = await buildEmployee(ctx.deps, { name: "Bawahan Baru", supervisorId: boss.id });
    expect(await (await client.get("/staf")).text()).toContain(approvalsLink);

    await ctx.db.update(employees).set({ isActive: false }).where(eq(employees.id, report.id));
    expect(await (await client.get("/staf")).text()).not.toContain(approvalsLink);
  });
});
