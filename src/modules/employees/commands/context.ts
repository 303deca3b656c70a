import type { Db } from "../../../db/client";
import type { Actor } from "../../../platform/auth/actor";
import { AppError } from "../../../platform/errors";
import type { T } from "../../../platform/i18n";
import { type FieldIssue, localize } from "../domain/issues";

/** What a command of this module is given: the database, who acts, their language, and the clock. */
export type CommandContext = { db: Db; actor: Actor; t: T; now: Date };

/** 422 listing every field, or 409 when the only problem is a duplicate (ARCHITECTURE §4). */
export function rejectIssues(ctx: Pick<CommandContext, "t">, issues: FieldIssue[]): never {
  const onlyDuplicate = issues.every((i) => i.key === "employees.v.nipTaken");
  throw new AppError(
    onlyDuplicate ? "CONFLICT" : "UNPROCESSABLE",
    ctx.t(onlyDuplicate ? "employees.v.nipTaken" : "employees.v.summary"),
    localize(issues, ctx.t),
  );
}

/** A unique-key violation from either driver (pg, PGlite), possibly wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === "23505") return true;
    e = e.cause as typeof e;
  }
  return false;
}
