import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "../../db/columns";

/**
 * The organisation tree (SPEC §2). It lives in the platform, not in the employees module, because every
 * module scopes reads and writes by unit subtree. `path` is the materialised list of ancestor ids
 * ("/<root>/<child>/…/<self>/") so "is X inside the scope of Y" is one prefix comparison.
 */
export const units = pgTable(
  "units",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    parentId: uuid("parent_id").references((): never => units.id as never),
    path: text("path").notNull(),
    kemendagriCode: text("kemendagri_code"),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index("units_path_idx").on(t.path),
    index("units_parent_idx").on(t.parentId),
    check(
      "units_kind_check",
      sql`${t.kind} in ('kecamatan','kantor','subbag','seksi','kelurahan','kasi','lingkungan')`,
    ),
  ],
);
