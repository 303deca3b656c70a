import { createRoute, z } from "@hono/zod-openapi";
import { commandContext, requireActor } from "../../../platform/http/middleware";
import { type createApi, jsonBody, jsonOk, problemResponses } from "../../../platform/http/openapi";
import { UUID_PATTERN } from "../../../platform/identifiers";
import { createEmployee } from "../commands/create-employee";
import { updateEmployee } from "../commands/update-employee";
import { asnTypes } from "../domain/employee-rules";
import { readScope } from "../domain/policy";
import { ZEmployeeCreate, ZEmployeeListQuery, ZEmployeeUpdate } from "../employees.types";
import { presentEmployee, presentListItem, presentPosition, presentUnit } from "../presenters";
import { findEmployees } from "../queries/find-employees";
import { getEmployee } from "../queries/get-employee";
import { positionsInScope, unitsInScope } from "../queries/org-lists";

const ZUnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const ZEmployeeListItem = z
  .object({
    id: z.string(),
    nip: z.string(),
    name: z.string(),
    asnType: z.enum(asnTypes),
    golongan: z.string().nullable(),
    unit: ZUnitRef,
    position: z.object({ id: z.string(), name: z.string() }).nullable(),
    isActive: z.boolean(),
  })
  .openapi("EmployeeListItem");
const ZEmployeeList = z
  .object({
    items: z.array(ZEmployeeListItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("EmployeeList");
const ZEmployee = z
  .object({
    id: z.string(),
    nip: z.string(),
    name: z.string(),
    asnType: z.enum(asnTypes),
    sex: z.enum(["L", "P"]),
    birthDate: z.string().openapi({ description: "Dari NIP/NI PPPK" }),
    golongan: z.string().nullable(),
    unit: ZUnitRef,
    position: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
    supervisor: z.object({ id: z.string(), nip: z.string(), name: z.string() }).nullable(),
    tmtJabatan: z.string().nullable(),
    education: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    isActive: z.boolean(),
    updatedAt: z.string(),
  })
  .openapi("Employee");
const ZUnit = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int(),
  })
  .openapi("Unit");
const ZPosition = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    unitId: z.string(),
    isHead: z.boolean(),
  })
  .openapi("Position");
const ZIdParam = z.object({
  id: z
    .string()
    .max(100)
    .openapi({ param: { name: "id", in: "path" } }),
});

/** The employees API (SPEC §3.1: a JSON API for everything the pages do), all in /api/openapi.json. */
export function registerEmployeesApi(api: ReturnType<typeof createApi>) {
  const tags = ["Kepegawaian"];
  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/employees",
      tags,
      summary: "Daftar pegawai dalam cakupan unit Anda (cari nama/NIP, saring unit, jenis ASN, status)",
      request: { query: ZEmployeeListQuery },
      responses: { 200: jsonOk(ZEmployeeList), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const query = c.req.valid("query");
      const { items, total } = await findEmployees(c.var.deps.db, actor, query);
      return c.json(
        { items: items.map(presentListItem), total, page: query.page, pageSize: query.pageSize },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/employees/{id}",
      tags,
      summary: "Data satu pegawai",
      request: { params: ZIdParam },
      responses: { 200: jsonOk(ZEmployee), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const row = await getEmployee(c.var.deps.db, actor, c.req.valid("param").id);
      return c.json(presentEmployee(row), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/employees",
      tags,
      summary: "Tambah pegawai (admin kepegawaian); tanggal lahir dan jenis kelamin dibaca dari NIP",
      request: jsonBody(ZEmployeeCreate),
      responses: { 201: jsonOk(ZEmployee, "Dibuat"), ...problemResponses },
    }),
    async (c) => {
      const ctx = commandContext(c);
      const id = await createEmployee(ctx, c.req.valid("json"));
      c.header("Location", `/api/v1/employees/${id}`);
      return c.json(presentEmployee(await getEmployee(ctx.deps.db, ctx.actor, id)), 201);
    },
  );

  api.openapi(
    createRoute({
      method: "patch",
      path: "/api/v1/employees/{id}",
      tags,
      summary: "Ubah data pegawai (hanya kolom yang dikirim); perpindahan jabatan/unit tercatat di riwayat",
      request: { params: ZIdParam, ...jsonBody(ZEmployeeUpdate) },
      responses: { 200: jsonOk(ZEmployee), ...problemResponses },
    }),
    async (c) => {
      const ctx = commandContext(c);
      const { id } = c.req.valid("param");
      await updateEmployee(ctx, id, c.req.valid("json"));
      return c.json(presentEmployee(await getEmployee(ctx.deps.db, ctx.actor, id)), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/units",
      tags,
      summary: "Pohon unit organisasi dalam cakupan Anda (urut pohon, dengan kedalaman)",
      responses: {
        200: jsonOk(z.object({ items: z.array(ZUnit) }).openapi("UnitList")),
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const items = await unitsInScope(c.var.deps.db, readScope(actor));
      return c.json({ items: items.map(presentUnit) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/positions",
      tags,
      summary: "Jabatan pada unit dalam cakupan Anda",
      request: {
        query: z.object({
          unit: z.string().regex(UUID_PATTERN, "employees.v.unitId").optional(),
        }),
      },
      responses: {
        200: jsonOk(z.object({ items: z.array(ZPosition) }).openapi("PositionList")),
        ...problemResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const items = await positionsInScope(c.var.deps.db, readScope(actor), c.req.valid("query").unit);
      return c.json({ items: items.map(presentPosition) }, 200);
    },
  );
}
