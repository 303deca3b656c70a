import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";
import { units } from "../org/schema";

export const users = pgTable("users", {
  id: id(),
  username: text("username").notNull().unique(),
  /** The linked employee (kept by the employees module); staff may sign in with their NIP too. */
  employeeId: uuid("employee_id").unique(),
  nip: text("nip").unique(),
  displayName: text("display_name").notNull(),
  email: text("email"),
  passwordHash: text("password_hash").notNull(),
  totpSecret: text("totp_secret"),
  totpEnabled: boolean("totp_enabled").notNull().default(false),
  /** Demo accounts may skip the TOTP requirement for admin sistem so the demo can be tried (README). */
  isDemo: boolean("is_demo").notNull().default(false),
  isActive: boolean("is_active").notNull().default(true),
  locale: text("locale").notNull().default("id"),
  ...timestamps(),
});

/** A role held over a unit subtree (SPEC §1: every staff role is scoped). */
export const userRoles = pgTable(
  "user_roles",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.role, t.unitId] }),
    check(
      "user_roles_role_check",
      sql`${t.role} in ('admin_sistem','admin_kepegawaian','pimpinan','petugas','auditor')`,
    ),
  ],
);

/** Sessions live in the database so any number of app processes can serve a user (ARCHITECTURE §5). */
export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie value: a leaked table does not hand out live sessions. */
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Password ok but TOTP still to be entered. */
    pendingTotp: boolean("pending_totp").notNull().default(false),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Fixed-window counters for rate limits (login, tracking PINs, public forms), shared by all processes. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});

export const apiTokens = pgTable("api_tokens", {
  id: id(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  ...timestamps(),
});
