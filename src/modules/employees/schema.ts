import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
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
    index("employees_name_idx").on(t.name),
    check("employees_asn_type_check", sql`${t.asnType} in ('PNS','PPPK','PPPK_PW')`),
    check("employees_sex_check", sql`${t.sex} in ('L','P')`),
    check("employees_nip_check", sql`${t.nip} ~ '^[0-9]{18}$'`),
  ],
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
