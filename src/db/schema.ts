// Every table of every module, for Drizzle's client and drizzle-kit. Modules own their tables in their own
// schema.ts; this file only gathers them.
export * from "../modules/employees/schema";
export * from "../modules/services/schema";
export * from "../modules/training/schema";
export * from "../platform/audit/schema";
export * from "../platform/auth/schema";
export * from "../platform/calendar/schema";
export * from "../platform/documents/schema";
export * from "../platform/files/schema";
export * from "../platform/http/idempotency-schema";
export * from "../platform/jobs/schema";
export * from "../platform/org/schema";
export * from "../platform/outbox/schema";
export * from "../platform/settings/schema";
export * from "../platform/throttle/schema";
