import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
import { users } from "../../platform/auth/schema";
import { units } from "../../platform/org/schema";

export const positions = pgTable(
  "positions",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    /** The head of the unit (Camat, Lurah, Kasi…): supervises the unit by default. */
    isHead: boolean("is_head").notNull().default(false),
    eselon: text("eselon"),
    ...timestamps(),
  },
  (t) => [check("positions_kind_check", sql`${t.kind} in ('struktural','pelaksana','fungsional')`)],
);

/** The ASN register (SPEC §3.2). */
export const employees = pgTable(
  "employees",
  {
    id: id(),
    nip: text("nip").notNull().unique(),
    asnType: text("asn_type").notNull(),
    name: text("name").notNull(),
    sex: text("sex").notNull(),
    birthDate: date("birth_date").notNull(),
    golongan: text("golongan"),
    positionId: uuid("position_id").references(() => positions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    supervisorId: uuid("supervisor_id").references((): never => employees.id as never),
    tmtJabatan: date("tmt_jabatan"),
    education: text("education"),
    email: text("email"),
    phone: text("phone"),
    isActive: boolean("is_active").notNull().default(true),
    /** Lower-cased name + NIP for the list search (kept by the repository on every write). */
    searchText: text("search_text").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("employees_unit_idx").on(t.unitId),
    index("employees_supervisor_idx").on(t.supervisorId),
    // Covering index of the register list: pages come from an index-only scan in name order, filtered by
    // unit, type and status without visiting the table (queries/find-employees.ts). Kept narrow — without
    // search_text it is half the size, which halves the cost of deep pages; text searches read the table.
    index("employees_list_idx").on(t.name, t.id, t.unitId, t.isActive, t.asnType),
    // Digits-only searches are NIP prefixes: text_pattern_ops lets LIKE 'prefix%' use the index.
    index("employees_nip_prefix_idx").on(t.nip.op("text_pattern_ops")),
    check("employees_asn_type_check", sql`${t.asnType} in ('PNS','PPPK','PPPK_PW')`),
    check("employees_sex_check", sql`${t.sex} in ('L','P')`),
    check("employees_nip_check", sql`${t.nip} ~ '^[0-9]{18}$'`),
  ],
);

/**
 * Head counts of the register by unit, ASN type and status, kept by statement triggers on `employees`
 * (migration 0009, in the same transaction as the change, so always exact). The list's `total` sums these
 * few hundred rows instead of counting 20,000 employees on every page (queries/find-employees.ts).
 */
export const employeeCounts = pgTable(
  "employee_counts",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    asnType: text("asn_type").notNull(),
    isActive: boolean("is_active").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.asnType, t.isActive] })],
);

/** Position and unit changes over time (SPEC §3.2). */
export const employeeHistory = pgTable(
  "employee_history",
  {
    id: id(),
    employeeId: uuid("employee_id")
      .notNull()
      .references(() => employees.id, { onDelete: "cascade" }),
    positionId: uuid("position_id").references(() => positions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    golongan: text("golongan"),
    startDate: date("start_date").notNull(),
    endDate: date("end_date"),
    note: text("note"),
    ...timestamps(),
  },
  (t) => [index("employee_history_emp_idx").on(t.employeeId)],
);

/** A row error found while checking an import; `key`/`params` are rendered in the reader's language. */
export type ImportRowIssue = {
  row: number;
  field: string;
  key: string;
  params?: Record<string, string | number>;
};
/** Target field → index of the source column (absent: not imported). */
export type ImportMapping = Partial<Record<string, number>>;

/**
 * A pending bulk import (SPEC §3.1/§3.2): the parsed file and its column mapping live here between the upload,
 * the preview and the commit, so each step is a separate request. `rows` is emptied once the import ends so
 * no second copy of personal data stays behind (UU 27/2022).
 */
export const employeeImports = pgTable(
  "employee_imports",
  {
    id: id(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").notNull().default("mapping"),
    fileName: text("file_name").notNull(),
    fileKind: text("file_kind").notNull(),
    headers: jsonb("headers").$type<string[]>().notNull(),
    rows: jsonb("rows").$type<string[][]>().notNull(),
    mapping: jsonb("mapping").$type<ImportMapping>(),
    totalRows: integer("total_rows").notNull(),
    validRows: integer("valid_rows"),
    invalidRows: integer("invalid_rows"),
    /** The first issues found (capped), for the preview. */
    issues: jsonb("issues").$type<ImportRowIssue[]>().notNull().default([]),
    insertedRows: integer("inserted_rows"),
    committedAt: timestamp("committed_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index("employee_imports_creator_idx").on(t.createdBy),
    check(
      "employee_imports_status_check",
      sql`${t.status} in ('mapping','preview','committing','done','failed')`,
    ),
    check("employee_imports_kind_check", sql`${t.fileKind} in ('csv','xlsx')`),
  ],
);
