import { z } from "@hono/zod-openapi";
import { requestStatuses } from "./schema";

/** Contracts of the services API (SPEC §3.4, ARCHITECTURE §4). Field-level checks live in domain/fields.ts. */

const text = (max: number) =>
  z.string({ error: "Harus berupa teks." }).max(max, `Paling banyak ${max} karakter.`).optional();

export const ZStatus = z.enum(requestStatuses).openapi("ServiceRequestStatus");

export const ZService = z
  .object({
    code: z.string().openapi({ example: "SKD" }),
    name: z.string().openapi({ example: "Surat Keterangan Domisili" }),
    summary: z.string(),
    level: z.enum(["kelurahan", "kecamatan"]),
    issuingUnit: z.string(),
    slaDays: z.number().int().openapi({ description: "Jangka waktu dalam hari kerja (HK)" }),
    fee: z.number().int().openapi({ description: "Biaya dalam rupiah" }),
    legalBasis: z.string(),
    isActive: z.boolean(),
    producesDocument: z.boolean(),
    standard: z.record(z.string(), z.string()).openapi({
      description: "Standar pelayanan: 6 komponen publik (14 untuk staf) menurut PermenPANRB 15/2014",
    }),
  })
  .openapi("Service");

export const ZServiceDetail = ZService.extend({
  fields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.enum(["text", "textarea", "number", "money", "date", "nik", "select", "nib", "kbli"]),
      required: z.boolean(),
      hint: z.string().nullable(),
      options: z.array(z.object({ value: z.string(), label: z.string() })).nullable(),
    }),
  ),
  documents: z.array(
    z.object({ key: z.string(), label: z.string(), required: z.boolean(), hint: z.string().nullable() }),
  ),
}).openapi("ServiceDetail");

export const ZServiceList = z.object({ items: z.array(ZService) }).openapi("ServiceList");

export const ZApplicant = z
  .object({
    nik: text(30).openapi({ example: "1271124508900003" }),
    name: text(200).openapi({ example: "Siti Aminah" }),
    phone: text(30).openapi({ example: "081234567890" }),
    email: text(200),
    address: text(300).openapi({ example: "Jl. Marelan Raya No. 5, Lingkungan III" }),
    kelurahan: text(30).openapi({ example: "MM.1003", description: "Kode unit kelurahan tempat tinggal" }),
  })
  .openapi("ServiceApplicant");

export const ZSubmitRequest = z
  .object({
    serviceCode: z.string({ error: "Kode layanan wajib diisi." }).min(1, "Kode layanan wajib diisi.").max(20),
    applicant: ZApplicant,
    fields: z
      .record(z.string().max(60), z.union([z.string().max(2000), z.number()]), {
        error: "Isian layanan harus berupa objek kunci → nilai.",
      })
      .default({}),
    documents: z
      .record(
        z.string().max(60),
        z.enum(["bawa"], { error: 'Nilai dokumen hanya "bawa" (dokumen asli dibawa ke loket).' }),
      )
      .default({})
      .openapi({
        description:
          'Dokumen yang akan ditunjukkan aslinya di loket: {"ktp": "bawa"}. Unggahan memakai multipart.',
      }),
  })
  .openapi("SubmitServiceRequest");

export const ZSubmitMultipart = z
  .object({
    payload: z
      .string({ error: "Bagian payload (JSON) wajib ada." })
      .openapi({ description: "JSON SubmitServiceRequest" }),
  })
  .catchall(z.any())
  .openapi({ description: "payload (JSON) dan berkas `documents.<kunci>` (PDF/JPG/PNG, maks. 5 MB)" });

export const ZSubmitResult = z
  .object({
    reference: z.string().openapi({ example: "MM-2611-7K3Q" }),
    pin: z.string().openapi({ example: "482913" }),
    status: ZStatus,
    dueDate: z.string().openapi({ example: "2026-12-01" }),
  })
  .openapi("SubmitServiceRequestResult");

const ZDocument = z.object({
  url: z.string(),
  verifyUrl: z.string(),
  number: z.string().nullable(),
  status: z.string(),
});

export const ZPublicRequest = z
  .object({
    reference: z.string(),
    service: z.object({ code: z.string(), name: z.string() }),
    status: ZStatus,
    statusLabel: z.string(),
    submittedOn: z.string(),
    dueDate: z.string().nullable(),
    sla: z.enum(["paused", "done", "overdue", "dueSoon", "onTrack"]),
    correctionNote: z.string().nullable(),
    nib: z.string().nullable(),
    timeline: z.array(
      z.object({
        at: z.string(),
        status: ZStatus,
        event: z.string(),
        note: z.string().nullable(),
        by: z.string().optional(),
      }),
    ),
    document: ZDocument.nullable(),
    id: z.string().optional(),
    version: z.number().int().optional(),
    stage: z.string().optional(),
    channel: z.string().optional(),
    applicant: z
      .object({
        nikMasked: z.string(),
        name: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        address: z.string(),
        kelurahan: z.string(),
      })
      .optional(),
    fields: z.record(z.string(), z.string()).optional(),
    assignedTo: z.object({ id: z.string(), name: z.string().nullable() }).nullable().optional(),
  })
  .openapi("ServiceRequest");

export const ZTransition = z
  .object({
    to: ZStatus,
    note: z.string().max(1000, "Catatan paling banyak 1000 karakter.").optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: "Versi yang dilihat; 409 bila sudah berubah" }),
    nib: z
      .string()
      .max(20)
      .optional()
      .openapi({ description: "Pendampingan NIB: NIB 13 digit saat selesai" }),
  })
  .openapi("ServiceRequestTransition");

export const ZQueueItem = z.object({
  id: z.string(),
  reference: z.string(),
  status: ZStatus,
  serviceCode: z.string(),
  serviceName: z.string(),
  applicantName: z.string(),
  applicantKelurahan: z.string(),
  assignedTo: z.string().nullable(),
  assignedName: z.string().nullable(),
  submittedOn: z.string(),
  dueDate: z.string().nullable(),
  sla: z.enum(["paused", "done", "overdue", "dueSoon", "onTrack"]),
  version: z.number().int(),
});

export const ZQueue = z
  .object({
    items: z.array(ZQueueItem),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("ServiceRequestQueue");

export const ZBusiness = z.object({
  businessName: z.string(),
  ownerName: z.string(),
  activity: z.string(),
  kbli: z.string().nullable(),
  address: z.string(),
  kelurahan: z.string(),
  capital: z.number(),
  turnover: z.number(),
  workers: z.number().nullable(),
  scale: z.string(),
  nib: z.string().nullable(),
  registeredOn: z.string().nullable(),
  serviceCode: z.string(),
  reference: z.string(),
  documentNumber: z.string().nullable(),
});

export const ZBusinessList = z
  .object({
    items: z.array(ZBusiness),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("UmkmRegister");
