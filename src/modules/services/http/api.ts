import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor } from "../../../platform/auth/actor";
import { AppError, textIssue } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { keepsOwnIdempotency } from "../../../platform/http/idempotency";
import { clientIp, requireActor } from "../../../platform/http/middleware";
import type { createApi } from "../../../platform/http/openapi";
import { jsonBody, jsonOk, openApiRoute, problemResponses, ZPageQuery } from "../../../platform/http/openapi";
import { parseOrThrow } from "../../../platform/http/validation";
import { clockOf } from "../commands/context";
import { type StoredUpload, submitRequest } from "../commands/submit-request";
import { transitionRequest } from "../commands/transition-request";
import { documentOf, pdfHeaders, requestPdf } from "../documents/request-pdf";
import { can } from "../domain/policy";
import { normaliseReference } from "../domain/reference";
import {
  presentPublicRequest,
  presentService,
  presentServiceDetail,
  presentStaffRequest,
  slaOf,
} from "../presenters";
import { findRequests } from "../queries/find-requests";
import { authorizeTracking, NO_MATCH } from "../queries/track-request";
import { findBusinesses } from "../queries/umkm-register";
import {
  findRequestView,
  findServiceByCode,
  findServiceById,
  historyOf,
  listServices,
  type RequestRow,
  userName,
} from "../services.repository";

type RequestView = NonNullable<Awaited<ReturnType<typeof findRequestView>>>;

import {
  ZBusinessList,
  ZPublicRequest,
  ZQueue,
  ZServiceDetail,
  ZServiceList,
  ZStatus,
  ZSubmitMultipart,
  ZSubmitRequest,
  ZSubmitResult,
  ZTransition,
} from "../services.types";
import { storeFilesFor } from "./apply-flow";

const TAG = "Layanan publik";
const ZReferenceParam = z.object({ reference: z.string().max(30).openapi({ example: "MM-2611-7K3Q" }) });
const ZPinHeader = z.object({
  "x-tracking-pin": z.string().max(10).optional().openapi({ description: "PIN permohonan (tanpa masuk)" }),
});
const ZIdemHeader = z.object({
  "idempotency-key": z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Kunci unik per permohonan; pengulangan mengembalikan jawaban pertama" }),
});

type Viewer = { kind: "pemohon" } | { kind: "staff"; actor: Actor };

/** PIN header → the applicant; else a signed-in officer with the request in scope; else the same 404. */
async function resolveViewer(
  c: Context<AppEnv>,
  rawReference: string,
  pin: string | undefined,
): Promise<{ request: RequestView; viewer: Viewer }> {
  const { deps } = c.var;
  if (pin !== undefined) {
    const request = await authorizeTracking(
      deps,
      { reference: rawReference, pin, ip: clientIp(c) },
      findRequestView,
    );
    return { request, viewer: { kind: "pemohon" } };
  }
  const actor = c.get("actor");
  const reference = normaliseReference(rawReference);
  const request = actor && reference ? await findRequestView(deps.db, reference) : null;
  if (!actor || !request || !can(actor, "read", request)) throw new AppError("NOT_FOUND", NO_MATCH);
  return { request, viewer: { kind: "staff", actor } };
}

/** The answer of a request; a view already loaded with its history and letter needs no more queries. */
async function present(
  c: Context<AppEnv>,
  request: RequestRow & Partial<Pick<RequestView, "view">>,
  viewer: Viewer,
) {
  const { deps } = c.var;
  const service = (await findServiceById(deps.db, request.serviceId))!;
  const clock = await clockOf(deps.db, deps.now());
  const sla = slaOf(clock.cal, request, clock.today);
  const history = request.view?.history ?? (await historyOf(deps.db, request.id));
  const document = await documentOf(
    deps,
    request,
    `${deps.config.baseUrl}/api/v1/service-requests/${request.reference}/document`,
    request.view?.document,
  );
  if (viewer.kind === "pemohon") return presentPublicRequest(request, service, history, sla, document);
  return presentStaffRequest(request, service, history, sla, document, {
    assignedName: await userName(deps.db, request.assignedTo),
  });
}

/** Multipart submission: the JSON `payload` part plus files named `documents.<key>`. */
async function readSubmission(
  c: Context<AppEnv>,
): Promise<{ body: z.infer<typeof ZSubmitRequest>; uploads: StoredUpload[] }> {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("multipart/form-data"))
    return { body: c.req.valid("json" as never) as z.infer<typeof ZSubmitRequest>, uploads: [] };
  const form = await c.req.parseBody();
  let json: unknown;
  try {
    json = JSON.parse(String(form.payload ?? ""));
  } catch {
    throw new AppError("BAD_REQUEST", "Bagian payload harus berupa JSON.", {
      issues: [{ field: "payload", key: "Bagian payload harus berupa JSON." }],
    });
  }
  const body = parseOrThrow(ZSubmitRequest, json);
  const service = await findServiceByCode(c.var.deps.db, body.serviceCode);
  const files = new Map<string, File>();
  for (const [k, v] of Object.entries(form)) {
    if (!k.startsWith("documents.")) continue;
    if (v instanceof File && v.size > 0) files.set(k.slice(10), v);
    else if (v === "bawa") body.documents[k.slice(10)] = "bawa";
  }
  if (!service) return { body, uploads: [] };
  const stored = await storeFilesFor(c, service, files);
  if (stored.errors.length) {
    throw new AppError(stored.tooLarge ? "TOO_LARGE" : "UNPROCESSABLE", "Berkas lampiran tidak diterima.", {
      issues: stored.errors.map(textIssue),
    });
  }
  return { body, uploads: stored.uploads };
}

export function registerServicesApi(api: ReturnType<typeof createApi>) {
  // Both keep their answers inside their own transaction (the PIN sealed, the step per request).
  // The submission keeps its answer (with the PIN sealed under the client's key) in its own transaction;
  // workflow steps go through the platform middleware like every other call.
  keepsOwnIdempotency("POST", /^\/api\/v1\/service-requests$/);
  // Citizens: the catalogue, a submission, and (with the tracking PIN) a request, its letter and cancelling.
  openApiRoute("GET", /^\/api\/v1\/services(\/[^/]+)?$/);
  openApiRoute("POST", /^\/api\/v1\/service-requests$/);
  openApiRoute("GET", /^\/api\/v1\/service-requests\/[^/]+(\/document)?$/);
  openApiRoute("POST", /^\/api\/v1\/service-requests\/[^/]+\/transitions$/);
  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/services",
      tags: [TAG],
      summary: "Katalog layanan dengan standar pelayanan (publik)",
      responses: { 200: jsonOk(ZServiceList), ...problemResponses },
    }),
    async (c) => {
      const actor = c.get("actor");
      const internal = can(actor, "queue") || can(actor, "catalogue.edit");
      const services = await listServices(c.var.deps.db, { activeOnly: !internal });
      return c.json({ items: services.map((s) => presentService(s, { internal })) }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/services/{code}",
      tags: [TAG],
      summary: "Satu layanan dengan isian formulir dan dokumen persyaratan",
      request: { params: z.object({ code: z.string().max(20).openapi({ example: "SKD" }) }) },
      responses: { 200: jsonOk(ZServiceDetail), ...problemResponses },
    }),
    async (c) => {
      const actor = c.get("actor");
      const internal = can(actor, "queue") || can(actor, "catalogue.edit");
      const service = await findServiceByCode(c.var.deps.db, c.req.valid("param").code);
      if (!service || (!service.isActive && !internal))
        throw new AppError("NOT_FOUND", "Layanan tidak ditemukan.");
      return c.json(presentServiceDetail(service, { internal }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/service-requests",
      tags: [TAG],
      summary: "Ajukan permohonan (publik; idempoten dengan Idempotency-Key)",
      request: {
        headers: ZIdemHeader,
        body: {
          required: false,
          content: {
            "application/json": { schema: ZSubmitRequest },
            "multipart/form-data": { schema: ZSubmitMultipart },
          },
        },
      },
      responses: {
        201: jsonOk(ZSubmitResult, "Permohonan tercatat"),
        413: problemResponses[422],
        ...problemResponses,
      },
    }),
    async (c) => {
      const { body, uploads } = await readSubmission(c);
      const key = c.req.header("idempotency-key") ?? null;
      const actor = c.get("actor");
      const result = await submitRequest(c.var.deps, actor && can(actor, "file") ? actor : null, {
        serviceCode: body.serviceCode,
        applicant: body.applicant,
        fields: body.fields,
        documents: body.documents,
        uploads,
        channel: actor && can(actor, "file") ? "loket" : "api",
        idempotencyKey: key,
      });
      if (result.replayed) c.header("Idempotent-Replayed", "true");
      c.header("Location", `/api/v1/service-requests/${result.reference}`);
      return c.json(
        { reference: result.reference, pin: result.pin, status: result.status, dueDate: result.dueDate },
        201,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/service-requests",
      tags: [TAG],
      summary: "Antrean kerja petugas (staf; dalam cakupan unit)",
      request: {
        query: z.object({
          status: z
            .string()
            .max(20)
            .optional()
            .openapi({ description: "open (bawaan), all, atau satu status" }),
          service: z.string().max(20).optional(),
          due: z.enum(["soon", "overdue"]).optional(),
          mine: z.enum(["true", "false"]).optional(),
          q: z.string().max(60).optional(),
          ...ZPageQuery,
        }),
      },
      responses: { 200: jsonOk(ZQueue), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, "queue"))
        throw new AppError("FORBIDDEN", "Anda tidak memiliki akses ke antrean layanan.");
      const q = c.req.valid("query");
      const clock = await clockOf(c.var.deps.db, c.var.deps.now());
      const result = await findRequests(
        c.var.deps.db,
        actor,
        {
          status: q.status,
          service: q.service,
          due: q.due,
          mine: q.mine === "true",
          q: q.q,
          page: q.page,
          pageSize: q.pageSize,
        },
        clock,
      );
      return c.json(
        {
          ...result,
          items: result.items.map((r) => ({
            id: r.id,
            reference: r.reference,
            status: r.status,
            serviceCode: r.serviceCode,
            serviceName: r.serviceName,
            applicantName: r.applicantName,
            applicantKelurahan: r.applicantKelurahan,
            assignedTo: r.assignedTo,
            assignedName: r.assignedName,
            submittedOn: r.submittedOn,
            dueDate: r.dueDate,
            sla: slaOf(clock.cal, r, clock.today).kind,
            version: r.version,
          })),
        },
        200,
      );
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/service-requests/{reference}",
      tags: [TAG],
      summary: "Status permohonan: dengan header X-Tracking-Pin (publik) atau sesi staf",
      request: { params: ZReferenceParam, headers: ZPinHeader },
      responses: { 200: jsonOk(ZPublicRequest), ...problemResponses },
    }),
    async (c) => {
      const { request, viewer } = await resolveViewer(
        c,
        c.req.valid("param").reference,
        c.req.header("x-tracking-pin"),
      );
      c.header("Cache-Control", "no-store");
      return c.json(await present(c, request, viewer), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/service-requests/{reference}/document",
      tags: [TAG],
      summary: "Unduh surat (PDF) yang telah terbit: dengan X-Tracking-Pin atau sesi staf",
      request: { params: ZReferenceParam, headers: ZPinHeader },
      responses: {
        200: {
          description: "PDF",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...problemResponses,
      },
    }),
    async (c) => {
      const { request } = await resolveViewer(
        c,
        c.req.valid("param").reference,
        c.req.header("x-tracking-pin"),
      );
      if (!request.documentId) throw new AppError("NOT_FOUND", "Surat untuk permohonan ini belum terbit.");
      const pdf = await requestPdf(c.var.deps, request);
      return c.body(new Uint8Array(pdf), 200, pdfHeaders(request.reference)) as never;
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/service-requests/{reference}/transitions",
      tags: [TAG],
      summary: "Ubah status (staf; pemohon dengan X-Tracking-Pin hanya dapat membatalkan)",
      request: { params: ZReferenceParam, headers: ZPinHeader.merge(ZIdemHeader), ...jsonBody(ZTransition) },
      responses: { 200: jsonOk(ZPublicRequest), ...problemResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const pin = c.req.header("x-tracking-pin");
      const { request, viewer } = await resolveViewer(c, c.req.valid("param").reference, pin);
      if (viewer.kind === "staff" && !can(viewer.actor, "queue"))
        throw new AppError("FORBIDDEN", "Anda tidak berwenang.");
      if (viewer.kind === "pemohon" && input.to !== "DIBATALKAN")
        throw new AppError("FORBIDDEN", "Pemohon hanya dapat membatalkan permohonan.");
      const updated = await transitionRequest(
        c.var.deps,
        viewer.kind === "staff"
          ? { kind: "staff", actor: viewer.actor }
          : { kind: "pemohon", ip: clientIp(c) },
        {
          requestId: request.id,
          to: ZStatus.parse(input.to),
          note: input.note,
          version: input.version,
          nib: input.nib,
        },
      );
      return c.json(await present(c, updated, viewer), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/umkm",
      tags: [TAG],
      summary: "Daftar UMKM dari SKU, IUMK, dan pendampingan NIB (staf)",
      request: {
        query: z.object({
          q: z.string().max(60).optional(),
          scale: z.enum(["mikro", "kecil", "menengah", "besar"]).optional(),
          kelurahan: z.string().max(20).optional(),
          ...ZPageQuery,
        }),
      },
      responses: { 200: jsonOk(ZBusinessList), ...problemResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      if (!can(actor, "umkm.read"))
        throw new AppError("FORBIDDEN", "Anda tidak memiliki akses ke daftar UMKM.");
      const q = c.req.valid("query");
      const result = await findBusinesses(c.var.deps.db, actor, q);
      return c.json({ ...result, items: result.items.map(({ id: _id, requestId: _r, ...b }) => b) }, 200);
    },
  );
}
