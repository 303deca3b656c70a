CREATE TABLE "employee_counts" (
	"unit_id" uuid NOT NULL,
	"asn_type" text NOT NULL,
	"is_active" boolean NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "employee_counts_unit_id_asn_type_is_active_pk" PRIMARY KEY("unit_id","asn_type","is_active")
);
--> statement-breakpoint
ALTER TABLE "employee_counts" ADD CONSTRAINT "employee_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Kept by statement-level triggers with transition tables: one grouped upsert per statement, so a
-- 20,000-row import costs a handful of counter writes, not 20,000. Rows are upserted in key order so two
-- concurrent writers lock counters in the same order (no deadlock).
CREATE OR REPLACE FUNCTION employee_counts_apply() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO employee_counts AS c (unit_id, asn_type, is_active, n)
      SELECT unit_id, asn_type, is_active, -count(*) FROM old_rows
      GROUP BY unit_id, asn_type, is_active ORDER BY unit_id, asn_type, is_active
    ON CONFLICT (unit_id, asn_type, is_active) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO employee_counts AS c (unit_id, asn_type, is_active, n)
      SELECT unit_id, asn_type, is_active, count(*) FROM new_rows
      GROUP BY unit_id, asn_type, is_active ORDER BY unit_id, asn_type, is_active
    ON CONFLICT (unit_id, asn_type, is_active) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER employee_counts_insert AFTER INSERT ON employees
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION employee_counts_apply();
--> statement-breakpoint
CREATE TRIGGER employee_counts_update AFTER UPDATE ON employees
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION employee_counts_apply();
--> statement-breakpoint
CREATE TRIGGER employee_counts_delete AFTER DELETE ON employees
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION employee_counts_apply();
--> statement-breakpoint
-- TRUNCATE fires no row triggers and has no transition table: empty the counters with it.
CREATE OR REPLACE FUNCTION employee_counts_truncate() RETURNS trigger AS $$
BEGIN
  DELETE FROM employee_counts;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER employee_counts_truncate AFTER TRUNCATE ON employees
  FOR EACH STATEMENT EXECUTE FUNCTION employee_counts_truncate();
--> statement-breakpoint
INSERT INTO employee_counts (unit_id, asn_type, is_active, n)
  SELECT unit_id, asn_type, is_active, count(*) FROM employees GROUP BY unit_id, asn_type, is_active;
