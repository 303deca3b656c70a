DROP INDEX "employees_list_idx";--> statement-breakpoint
CREATE INDEX "employees_list_idx" ON "employees" USING btree ("name","id","unit_id","is_active","asn_type");