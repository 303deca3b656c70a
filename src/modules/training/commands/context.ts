import type { Actor } from "../../../platform/auth/actor";
import { AppError } from "../../../platform/errors";
import type { Deps } from "../../../platform/http/context";
import { todayJakarta } from "../../../platform/i18n/format";

/** What a command of this module is given: the application's dependencies (db, clock, key) and who acts. */
export type Ctx = { deps: Deps; actor: Actor };

export const nowOf = (ctx: Ctx) => ctx.deps.now();
export const todayOf = (ctx: Ctx) => todayJakarta(ctx.deps.now());

/** The acting person's employee id, or 403: self-service needs an account linked to the ASN register. */
export function selfEmployeeId(ctx: Ctx): string {
  if (!ctx.actor.employeeId) {
    throw new AppError(
      "FORBIDDEN",
      "Akun Anda tidak terhubung dengan data pegawai. Hubungi admin kepegawaian.",
    );
  }
  return ctx.actor.employeeId;
}

/** A unique-key violation from either driver (pg, PGlite), possibly wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === "23505") return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** A reason typed by a person (decline, reject, manual attendance): required, 5–500 characters. */
export function requireReason(value: unknown, field = "reason", what = "Alasan"): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text.length < 5 || text.length > 500) {
    throw new AppError("UNPROCESSABLE", `${what} wajib diisi.`, {
      issues: [{ field, key: `Tulis ${what.toLowerCase()} (5–500 karakter).` }],
    });
  }
  return text;
}
