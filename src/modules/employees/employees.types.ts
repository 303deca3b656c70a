import { z } from "@hono/zod-openapi";
import { ZPageQuery } from "../../platform/http/openapi";
import { isUuid } from "../../platform/identifiers";
import { asnTypes, normaliseGolongan } from "./domain/employee-rules";
import { dateIssue, emailIssue, nameIssue, phoneIssue, storedPhone, textIssue } from "./domain/fields";

/**
 * zod contracts of the module. Messages are catalogue keys ("employees.v.…"), rendered in the reader's
 * language at the edge (see domain/issues.ts), so the same schema serves the form and the API.
 */
const refineKey = (check: (s: string) => string | null) => (s: string, ctx: z.RefinementCtx) => {
  const key = check(s);
  if (key) ctx.addIssue({ code: "custom", message: key });
};

const zId = (key: string) =>
  z
    .string({ error: key })
    .regex(/^[0-9a-fA-F-]{36}$/, key)
    .refine(isUuid, key);
const optionalText = (check: (s: string) => string | null) =>
  z
    .string({ error: "employees.v.text" })
    .trim()
    .max(1000, "employees.v.textLength")
    .superRefine(refineKey(check))
    .nullable()
    .optional();

const fields = {
  nip: z
    .string({ error: "employees.v.nipRequired" })
    .transform((s) => s.replace(/\s+/g, ""))
    .pipe(z.string().min(1, "employees.v.nipRequired").max(18, "nip.length"))
    .openapi({ example: "198503122010011002", description: "NIP (PNS) atau NI PPPK, 18 digit" }),
  asnType: z.enum(asnTypes, { error: "employees.v.asnType" }),
  name: z
    .string({ error: "employees.v.nameRequired" })
    .trim()
    .max(1000, "employees.v.nameLength")
    .superRefine(refineKey(nameIssue))
    .openapi({ example: "Dra. Siti Aminah Nasution, M.Si." }),
  golongan: z
    .string({ error: "employees.v.golonganPns" })
    .trim()
    .max(20, "employees.v.golonganPns")
    .transform((s) => (s === "" ? null : normaliseGolongan(s)))
    .nullable()
    .optional()
    .openapi({ example: "III/b", description: "PNS: I/a–IV/e; PPPK: I–XVII" }),
  unitId: zId("employees.v.unitId"),
  positionId: zId("employees.v.positionId").nullable().optional(),
  supervisorId: zId("employees.v.supervisorId")
    .nullable()
    .optional()
    .openapi({ description: "Atasan langsung; null = kepala unit (otomatis dari struktur organisasi)" }),
  supervisorNip: z
    .string({ error: "employees.v.supervisorNip" })
    .transform((s) => s.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{18}$/, "employees.v.supervisorNip"))
    .nullable()
    .optional()
    .openapi({ description: "Atasan langsung menurut NIP (alternatif supervisorId)" }),
  tmtJabatan: z
    .string({ error: "date.format" })
    .superRefine(refineKey(dateIssue))
    .nullable()
    .optional()
    .openapi({ example: "2024-01-15" }),
  education: optionalText((s) => textIssue(s)),
  email: z
    .string({ error: "email.format" })
    .trim()
    .toLowerCase()
    .superRefine(refineKey(emailIssue))
    .nullable()
    .optional(),
  phone: z
    .string({ error: "phone.format" })
    .max(40, "phone.format")
    .superRefine(refineKey(phoneIssue))
    .transform(storedPhone)
    .nullable()
    .optional()
    .openapi({ example: "081234567890" }),
  isActive: z.boolean({ error: "employees.v.isActive" }).optional(),
};

export const ZEmployeeCreate = z.object(fields).openapi("EmployeeCreate");
export const ZEmployeeUpdate = z
  .object({
    ...fields,
    nip: fields.nip.optional(),
    asnType: fields.asnType.optional(),
    name: fields.name.optional(),
    unitId: fields.unitId.optional(),
  })
  .openapi("EmployeeUpdate");

export type EmployeeCreateInput = z.infer<typeof ZEmployeeCreate>;
export type EmployeeUpdateInput = z.infer<typeof ZEmployeeUpdate>;

export const employeeStatuses = ["active", "inactive"] as const;

export const ZEmployeeListQuery = z.object({
  q: z.string().trim().max(100, "employees.v.qLength").optional().openapi({ description: "Nama atau NIP" }),
  unit: zId("employees.v.unitId").optional().openapi({ description: "Unit beserta sub-unitnya" }),
  asnType: z.enum(asnTypes, { error: "employees.v.asnType" }).optional(),
  status: z.enum(employeeStatuses, { error: "employees.v.status" }).optional(),
  ...ZPageQuery,
});
export type EmployeeListQuery = z.infer<typeof ZEmployeeListQuery>;
