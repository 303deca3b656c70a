import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/client";
import { users } from "../../platform/auth/schema";
import { createStaff, type TestClient, type TestContext } from "../../platform/testing/test-app";
import { employeeHistory, employees } from "./schema";
import {
  auditRows,
  countEmployees,
  createDemoContext,
  employeeBody,
  employeeIdOf,
  loginDemo,
  positionIdByCode,
  testNiPppk,
  testNip,
  unitIdByCode,
} from "./testing/factories";

let ctx: TestContext;
let hr: TestClient;
let lurahTerjun: TestClient;
let payaEmployee: string;
let terjunEmployee: string;

beforeAll(async () => {
  ctx = await createDemoContext();
  await createStaff(ctx.deps, { username: "hr.terjun", role: "admin_kepegawaian", unitCode: "MM.1003" });
  hr = await loginDemo(ctx, "kepegawaian");
  lurahTerjun = await loginDemo(ctx, "lurah.terjun");
  payaEmployee = await employeeIdOf(ctx.deps, "petugas.payapasir");
  terjunEmployee = await employeeIdOf(ctx.deps, "petugas.terjun");
});
afterAll(() => ctx.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies are inspected loosely in tests
const body = async (res: Response) => res.json() as Promise<Record<string, any>>;

describe("GET /api/v1/employees", () => {
  it("lists the demo register with total and paging", async () => {
    const res = await hr.get("/api/v1/employees?pageSize=10&page=2");
    expect(res.status).toBe(200);
    const b = await body(res);
    expect(b.total).toBeGreaterThan(140);
    expect(b.page).toBe(2);
    expect(b.pageSize).toBe(10);
    expect(b.items).toHaveLength(10);
    expect(Object.keys(b.items[0]).sort()).toEqual(
      ["asnType", "golongan", "id", "isActive", "name", "nip", "position", "unit"].sort(),
    );
    expect(Object.keys(b.items[0].unit).sort()).toEqual(["code", "id", "name"]);
  });

  it("pages are disjoint and ordered by name", async () => {
    const p1 = await body(await hr.get("/api/v1/employees?pageSize=5&page=1"));
    const p2 = await body(await hr.get("/api/v1/employees?pageSize=5&page=2"));
    const names = [...p1.items, ...p2.items].map((e: { name: string }) => e.name);
    expect(new Set([...p1.items, ...p2.items].map((e: { id: string }) => e.id)).size).toBe(10);
    expect([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))).toHaveLength(10);
    const far = await body(await hr.get("/api/v1/employees?page=999"));
    expect(far.items).toEqual([]);
    expect(far.total).toBe(p1.total);
  });

  it("searches by name words in any order, case-insensitively, and by NIP prefix", async () => {
    const byName = await body(await hr.get(`/api/v1/employees?q=${encodeURIComponent("SINAGA yohana")}`));
    expect(byName.items.map((e: { name: string }) => e.name)).toContain("Yohana Christina Sinaga, S.E.");
    const [{ nip }] = await queryRows<{ nip: string }>(
      ctx.db,
      sql`select nip from employees where id = ${payaEmployee}`,
    );
    const byNip = await body(await hr.get(`/api/v1/employees?q=${nip.slice(0, 12)}`));
    expect(byNip.items.map((e: { id: string }) => e.id)).toContain(payaEmployee);
    const grouped = await body(
      await hr.get(`/api/v1/employees?q=${encodeURIComponent(`${nip.slice(0, 8)} ${nip.slice(8)}`)}`),
    );
    expect(grouped.items.map((e: { id: string }) => e.id)).toEqual([payaEmployee]);
  });

  it("treats LIKE wildcards and SQL in q as plain text", async () => {
    for (const q of ["%", "_", "' or 1=1 --", "\\"]) {
      const res = await hr.get(`/api/v1/employees?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect((await body(res)).total).toBe(0);
    }
  });

  it("filters by unit subtree, ASN type and status", async () => {
    const terjun = await unitIdByCode(ctx.deps, "MM.1003");
    const b = await body(await hr.get(`/api/v1/employees?unit=${terjun}&pageSize=100`));
    expect(b.total).toBeGreaterThan(5);
    expect(b.items.every((e: { unit: { code: string } }) => e.unit.code.startsWith("MM.1003"))).toBe(true);
    const pppk = await body(await hr.get("/api/v1/employees?asnType=PPPK&pageSize=100"));
    expect(pppk.total).toBeGreaterThan(0);
    expect(pppk.items.every((e: { asnType: string }) => e.asnType === "PPPK")).toBe(true);
    const inactive = await body(await hr.get("/api/v1/employees?status=inactive"));
    expect(inactive.total).toBe(0);
  });

  it("answers 400 with field messages for malformed filters", async () => {
    for (const q of [
      "pageSize=1000",
      "page=0",
      "unit=not-a-uuid",
      "asnType=HONORER",
      "status=x",
      `q=${"a".repeat(101)}`,
    ]) {
      const res = await hr.get(`/api/v1/employees?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const b = await body(res);
      expect(b.errors.length).toBeGreaterThan(0);
    }
    const b = await body(await hr.get("/api/v1/employees?asnType=HONORER"));
    expect(b.errors[0]).toEqual({
      field: "asnType",
      message: "Pilih jenis ASN: PNS, PPPK, atau PPPK paruh waktu.",
    });
  });

  it("limits the list to the actor's scope: a lurah sees only the kelurahan, a petugas only themself", async () => {
    const b = await body(await lurahTerjun.get("/api/v1/employees?pageSize=100"));
    expect(b.total).toBeGreaterThan(5);
    expect(b.items.every((e: { unit: { code: string } }) => e.unit.code.startsWith("MM.1003"))).toBe(true);
    const petugas = await loginDemo(ctx, "petugas.payapasir");
    const own = await body(await petugas.get("/api/v1/employees"));
    expect(own.items.map((e: { id: string }) => e.id)).toEqual([payaEmployee]);
  });

  it("needs a signed-in user, and says so before judging the input", async () => {
    const stranger = ctx.client();
    expect((await stranger.get("/api/v1/employees", { accept: "application/json" })).status).toBe(401);
    for (const res of [
      await stranger.get("/api/v1/employees?pageSize=1000", { accept: "application/json" }),
      await stranger.get("/api/v1/employees/bukan-uuid", { accept: "application/json" }),
      await stranger.json("POST", "/api/v1/employees", { nip: "123" }),
    ]) {
      expect(res.status).toBe(401);
      expect((await body(res)).errors).toEqual([]);
    }
  });

  it("keeps the total exact through creates, moves, type changes, deactivation and deletes", async () => {
    // Without a text search the total is summed from employee_counts (kept by triggers): compare it with a
    // plain count(*) after every kind of write, for every filter that takes the fast path.
    const terjun = await unitIdByCode(ctx.deps, "MM.1003");
    const cases: [string, string][] = [
      ["", "true"],
      ["asnType=PPPK", "asn_type = 'PPPK'"],
      ["status=inactive", "not is_active"],
      ["status=active&asnType=PNS", "is_active and asn_type = 'PNS'"],
      [
        `unit=${terjun}`,
        `unit_id in (select id from units where path like (select path from units where id = '${terjun}') || '%')`,
      ],
    ];
    const check = async (step: string) => {
      for (const [query, condition] of cases) {
        const [{ n }] = await queryRows<{ n: number }>(
          ctx.db,
          sql`select count(*)::int as n from employees where ${sql.raw(condition)}`,
        );
        const b = await body(await hr.get(`/api/v1/employees?${query}&pageSize=1`));
        expect(b.total, `${step}: ${query || "no filter"}`).toBe(n);
      }
    };
    await check("demo data");
    const created = await body(await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 31)));
    await check("after a create");
    await hr.json("PATCH", `/api/v1/employees/${created.id}`, {
      unitId: await unitIdByCode(ctx.deps, "MM.1003.YAN"),
      positionId: await positionIdByCode(ctx.deps, "MM.1003.YAN.PDP"),
      isActive: false,
    });
    await check("after a move and deactivation");
    await ctx.db.update(employees).set({ asnType: "PPPK" }).where(eq(employees.id, created.id));
    await check("after a type change");
    await ctx.db.delete(employees).where(eq(employees.id, created.id));
    await check("after a delete");
  });
});

describe("GET /api/v1/employees/{id}", () => {
  it("returns the presented record with birth date and sex from the NIP", async () => {
    const b = await body(await hr.get(`/api/v1/employees/${payaEmployee}`));
    expect(b).toMatchObject({
      id: payaEmployee,
      name: "Yohana Christina Sinaga, S.E.",
      sex: "P",
      birthDate: "1990-11-25",
    });
    expect(b.supervisor).toMatchObject({ name: expect.any(String) });
    expect(b).not.toHaveProperty("searchText");
  });

  it("answers 404 for unknown, malformed and out-of-scope ids alike", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "abc", "1%27%20or%201=1"]) {
      expect((await hr.get(`/api/v1/employees/${id}`)).status, id).toBe(404);
    }
    // SPEC §1 scope: the Lurah of Terjun (MM.1003) cannot see a Paya Pasir (MM.1005) employee.
    const res = await lurahTerjun.get(`/api/v1/employees/${payaEmployee}`);
    expect(res.status).toBe(404);
    expect((await lurahTerjun.get(`/api/v1/employees/${terjunEmployee}`)).status).toBe(200);
  });
});

describe("POST /api/v1/employees", () => {
  it("creates an employee with history and audit rows, deriving the supervisor from the unit head", async () => {
    const input = await employeeBody(ctx.deps, 1);
    const res = await hr.json("POST", "/api/v1/employees", input);
    expect(res.status).toBe(201);
    const b = await body(res);
    expect(res.headers.get("location")).toBe(`/api/v1/employees/${b.id}`);
    expect(b).toMatchObject({ nip: input.nip, name: "Pegawai Uji 1", sex: "P", birthDate: "1960-01-01" });
    const kasi = await employeeIdOf(ctx.deps, "kasi.pelayanan");
    expect(b.supervisor.id).toBe(kasi);
    const history = await ctx.db.select().from(employeeHistory).where(eq(employeeHistory.employeeId, b.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ startDate: "2020-01-02", endDate: null });
    const audits = await auditRows(ctx.deps, "employees.create");
    expect(audits.at(-1)).toMatchObject({
      entity_id: b.id,
      after: { nip: input.nip, name: "Pegawai Uji 1" },
    });
  });

  it("creates a PPPK from an NI PPPK with a PPPK grade", async () => {
    const res = await hr.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 2, {
        asnType: "PPPK",
        nip: testNiPppk(2),
        golongan: "IX",
      }),
    );
    expect(res.status).toBe(201);
  });

  it("refuses an invalid NIP with the precise message and writes nothing", async () => {
    const before = await countEmployees(ctx.deps);
    const res = await hr.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 3, { nip: "196608011988131001" }),
    );
    expect(res.status).toBe(422);
    const b = await body(res);
    expect(b.errors).toContainEqual({
      field: "nip",
      message: "Bulan TMT CPNS pada NIP (digit 13–14: 13) harus 01–12",
    });
    expect(await countEmployees(ctx.deps)).toBe(before);
  });

  it("refuses wrong types field by field", async () => {
    const res = await hr.json("POST", "/api/v1/employees", {
      nip: Number("196608011988031001"),
      asnType: "HONORER",
      name: ["x"],
      unitId: 42,
      email: "bukan-email",
      isActive: "ya",
    });
    expect(res.status).toBe(422);
    const fields = (await body(res)).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["nip", "asnType", "name", "unitId", "email", "isActive"]));
  });

  it("refuses unknown units, positions of another unit, unknown supervisors, bad golongan — all at once", async () => {
    const res = await hr.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 4, {
        unitId: "00000000-0000-4000-8000-000000000000",
        golongan: "IX",
        supervisorId: "00000000-0000-4000-8000-000000000001",
      }),
    );
    expect(res.status).toBe(422);
    const b = await body(res);
    expect(b.errors).toEqual(
      expect.arrayContaining([
        { field: "golongan", message: "Golongan PNS harus salah satu dari I/a sampai IV/e." },
        { field: "unitId", message: "Unit kerja tidak ditemukan." },
        { field: "positionId", message: "Jabatan ini bukan jabatan pada unit kerja yang dipilih." },
        { field: "supervisorId", message: "Atasan tidak ditemukan." },
      ]),
    );
  });

  it("answers 409 for a NIP that is already registered", async () => {
    const res = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 1));
    expect(res.status).toBe(409);
    expect((await body(res)).errors).toEqual([{ field: "nip", message: "NIP/NI PPPK ini sudah terdaftar." }]);
  });

  it("stores SQL and HTML in text fields as typed", async () => {
    const name = `<script>alert(1)</script> O'Brien"; drop table employees; --`;
    const res = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 5, { name }));
    expect(res.status).toBe(201);
    expect((await body(res)).name).toBe(name);
  });

  it("refuses control characters and over-long names", async () => {
    for (const name of ["Budi\u0000", "Budi\u202eRTL", "x".repeat(151), "1"]) {
      const res = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 6, { name }));
      expect(res.status, JSON.stringify(name)).toBe(422);
      expect((await body(res)).errors[0].field).toBe("name");
    }
  });

  it("refuses malformed JSON with 400 and a 10 MB body with 413", async () => {
    expect((await hr.json("POST", "/api/v1/employees", "{not json")).status).toBe(400);
    const huge = JSON.stringify({ ...(await employeeBody(ctx.deps, 7)), name: "a".repeat(10 * 1024 * 1024) });
    const res = await hr.json("POST", "/api/v1/employees", huge);
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("is refused for roles that only read (403) and for units outside the HR scope (422)", async () => {
    const res = await lurahTerjun.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 8));
    expect(res.status).toBe(403);
    const hrTerjun = await ctx.client().login("hr.terjun");
    const out = await hrTerjun.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 8, {
        unitId: await unitIdByCode(ctx.deps, "MM.1005"),
        positionId: null,
      }),
    );
    expect(out.status).toBe(422);
    expect((await body(out)).errors).toEqual([
      { field: "unitId", message: "Unit kerja ini di luar wewenang Anda." },
    ]);
  });
});

describe("PATCH /api/v1/employees/{id}", () => {
  it("moves an employee: closes the history row, opens a new one, re-derives the supervisor, audits before/after", async () => {
    const created = await body(await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 10)));
    const res = await hr.json("PATCH", `/api/v1/employees/${created.id}`, {
      unitId: await unitIdByCode(ctx.deps, "MM.1003.YAN"),
      positionId: await positionIdByCode(ctx.deps, "MM.1003.YAN.PDP"),
      tmtJabatan: "2025-03-01",
    });
    expect(res.status).toBe(200);
    const b = await body(res);
    expect(b.unit.code).toBe("MM.1003.YAN");
    const history = await ctx.db
      .select()
      .from(employeeHistory)
      .where(eq(employeeHistory.employeeId, created.id))
      .orderBy(employeeHistory.startDate);
    expect(history.map((h) => [h.startDate, h.endDate])).toEqual([
      ["2020-01-02", "2025-03-01"],
      ["2025-03-01", null],
    ]);
    expect(b.supervisor.id).not.toBe(created.supervisor.id);
    const audit = (await auditRows(ctx.deps, "employees.update")).at(-1)!;
    expect(audit).toMatchObject({
      entity_id: created.id,
      before: { tmtJabatan: "2020-01-02" },
      after: { tmtJabatan: "2025-03-01" },
    });
  });

  it("keeps the linked account's NIP in step with a corrected NIP", async () => {
    const id = await employeeIdOf(ctx.deps, "petugas.terjun");
    const [current] = await ctx.db.select().from(employees).where(eq(employees.id, id));
    const nip = testNip(11, current!.sex as "L" | "P");
    const res = await hr.json("PATCH", `/api/v1/employees/${id}`, { nip });
    expect(res.status).toBe(200);
    const [user] = await ctx.db.select().from(users).where(eq(users.employeeId, id));
    expect(user!.nip).toBe(nip);
  });

  it("refuses a supervisor cycle and self-supervision", async () => {
    const camat = await employeeIdOf(ctx.deps, "camat");
    const lurah = await employeeIdOf(ctx.deps, "lurah.terjun");
    const cycle = await hr.json("PATCH", `/api/v1/employees/${camat}`, { supervisorId: lurah });
    expect(cycle.status).toBe(422);
    expect((await body(cycle)).errors).toEqual([
      {
        field: "supervisorId",
        message: "Atasan ini berada di bawah pegawai tersebut dalam rantai atasan; pilih atasan lain.",
      },
    ]);
    const self = await hr.json("PATCH", `/api/v1/employees/${lurah}`, { supervisorId: lurah });
    expect((await body(self)).errors[0].message).toBe("Pegawai tidak dapat menjadi atasan dirinya sendiri.");
  });

  it("refuses a position from another unit", async () => {
    const res = await hr.json("PATCH", `/api/v1/employees/${terjunEmployee}`, {
      positionId: await positionIdByCode(ctx.deps, "MM.PATEN.PDP"),
    });
    expect(res.status).toBe(422);
    expect((await body(res)).errors[0].field).toBe("positionId");
  });

  it("answers 404 out of scope (the record's existence is not revealed) and 403 to readers", async () => {
    const hrTerjun = await ctx.client().login("hr.terjun");
    const res = await hrTerjun.json("PATCH", `/api/v1/employees/${payaEmployee}`, { name: "Diubah" });
    expect(res.status).toBe(404);
    expect(
      (await lurahTerjun.json("PATCH", `/api/v1/employees/${payaEmployee}`, { name: "Diubah" })).status,
    ).toBe(404);
    expect(
      (await lurahTerjun.json("PATCH", `/api/v1/employees/${terjunEmployee}`, { name: "Diubah" })).status,
    ).toBe(403);
    // An HR admin of Terjun cannot move their employee out of their scope either.
    const move = await hrTerjun.json("PATCH", `/api/v1/employees/${terjunEmployee}`, {
      unitId: await unitIdByCode(ctx.deps, "MM.1005"),
      positionId: null,
    });
    expect(move.status).toBe(422);
    const [row] = await ctx.db.select().from(employees).where(eq(employees.id, payaEmployee));
    expect(row!.name).not.toBe("Diubah");
  });

  it("writes nothing and no audit row for a no-op", async () => {
    const before = (await auditRows(ctx.deps, "employees.update")).length;
    const res = await hr.json("PATCH", `/api/v1/employees/${payaEmployee}`, {});
    expect(res.status).toBe(200);
    expect((await auditRows(ctx.deps, "employees.update")).length).toBe(before);
  });
});

describe("units and positions", () => {
  it("lists the unit tree in scope and a unit's positions", async () => {
    const all = await body(await hr.get("/api/v1/units"));
    expect(all.items[0]).toMatchObject({ code: "MM", depth: 0 });
    const terjun = await body(await lurahTerjun.get("/api/v1/units"));
    expect(terjun.items[0]).toMatchObject({ code: "MM.1003", depth: 0 });
    expect(terjun.items.every((u: { code: string }) => u.code.startsWith("MM.1003"))).toBe(true);
    const paten = await unitIdByCode(ctx.deps, "MM.PATEN");
    const positions = await body(await hr.get(`/api/v1/positions?unit=${paten}`));
    expect(positions.items.map((p: { code: string }) => p.code)).toContain("MM.PATEN.KASI");
    expect((await hr.get("/api/v1/positions?unit=x")).status).toBe(400);
  });

  it("documents every route in the OpenAPI document", async () => {
    const doc = await body(await ctx.app.request("/api/openapi.json"));
    for (const path of [
      "/api/v1/employees",
      "/api/v1/employees/{id}",
      "/api/v1/units",
      "/api/v1/positions",
    ]) {
      expect(doc.paths[path], path).toBeTruthy();
    }
    expect(Object.keys(doc.paths["/api/v1/employees"])).toEqual(expect.arrayContaining(["get", "post"]));
    expect(Object.keys(doc.paths["/api/v1/employees/{id}"])).toEqual(
      expect.arrayContaining(["get", "patch"]),
    );
  });
});

describe("language", () => {
  it("answers in English when the reader chose English", async () => {
    const res = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 20, { nip: "123" }), {
      cookie: `${[...hr.cookies].map(([k, v]) => `${k}=${v}`).join("; ")}; sigap_lang=en`,
    });
    expect((await body(res)).errors[0]).toEqual({ field: "nip", message: "NIP must be exactly 18 digits" });
  });
});

describe("Idempotency-Key (platform middleware, on the employee API)", () => {
  const count = async (nip: string) =>
    (
      await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from employees where nip = ${nip}`)
    )[0]!.n;

  it("replays the first answer to a retry instead of creating the employee twice", async () => {
    const input = await employeeBody(ctx.deps, 41);
    const key = { "idempotency-key": "b1f0c7e2-0000-4000-8000-000000000041" };
    const first = await hr.json("POST", "/api/v1/employees", input, key);
    expect(first.status).toBe(201);
    const again = await hr.json("POST", "/api/v1/employees", input, key);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.headers.get("content-type")).toContain("application/json");
    expect((await body(again)).id).toBe((await body(first)).id);
    expect(await count(input.nip)).toBe(1);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
  });

  it("refuses the same key with another body (422) and a malformed key (400), field by field", async () => {
    const key = { "idempotency-key": "kunci-uji-42-aaaaaaaa" };
    expect((await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 42), key)).status).toBe(
      201,
    );
    const other = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 43), key);
    expect(other.status).toBe(422);
    expect((await body(other)).errors[0].field).toBe("Idempotency-Key");
    expect(await count(testNip(43))).toBe(0);
    for (const bad of ["pendek", "spasi tidak boleh", "x".repeat(201), "<script>"]) {
      const res = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 44), {
        "idempotency-key": bad,
      });
      expect(res.status, bad).toBe(400);
      expect((await body(res)).errors[0].message).toContain("Idempotency-Key");
    }
    expect(await count(testNip(44))).toBe(0);
  });

  it("keeps no refused answer: after a 422 the same key works once the body is fixed", async () => {
    const key = { "idempotency-key": "kunci-uji-45-bbbbbbbb" };
    const bad = await hr.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 45, { nip: "123" }),
      key,
    );
    expect(bad.status).toBe(422);
    const good = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 45), key);
    expect(good.status).toBe(201);
    expect(good.headers.get("idempotent-replayed")).toBeNull();
  });

  it("keeps keys per user: the same key from another account is that account's own request", async () => {
    const key = { "idempotency-key": "kunci-bersama-cccccccc" };
    const mine = await hr.json("POST", "/api/v1/employees", await employeeBody(ctx.deps, 46), key);
    expect(mine.status).toBe(201);
    const other = await ctx.client().login("hr.terjun");
    const theirs = await other.json(
      "POST",
      "/api/v1/employees",
      await employeeBody(ctx.deps, 47, {
        unitId: await unitIdByCode(ctx.deps, "MM.1003"),
        positionId: null,
      }),
      key,
    );
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect((await body(theirs)).id).not.toBe((await body(mine)).id);
  });

  it("answers concurrent duplicates with one creation", async () => {
    const input = await employeeBody(ctx.deps, 48);
    const key = { "idempotency-key": "kunci-serentak-dddddddd" };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => hr.json("POST", "/api/v1/employees", input, key)),
    );
    expect(answers.map((a) => a.status).filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    expect(await count(input.nip)).toBe(1);
  });

  it("prunes kept answers after a week", async () => {
    const { pruneIdempotencyKeys } = await import("../../platform/http/idempotency");
    const before = (
      await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from idempotency_keys`)
    )[0]!.n;
    expect(before).toBeGreaterThan(0);
    await pruneIdempotencyKeys(ctx.db, new Date(Date.now() + 8 * 86400_000));
    const after = (
      await queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from idempotency_keys`)
    )[0]!.n;
    expect(after).toBe(0);
  });
});
