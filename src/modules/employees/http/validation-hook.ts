import type { Context } from "hono";
import type { z } from "zod";
import { AppError } from "../../../platform/errors";
import type { AppEnv } from "../../../platform/http/context";
import { refuseSignedOut } from "../../../platform/http/openapi";
import { type FieldIssue, localize } from "../domain/issues";

/** Our schemas carry catalogue keys as messages; anything else (zod's own English) becomes a generic key. */
const isKey = (m: string) => /^(employees|nip|pppk)\.[\w.]+$/.test(m);

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const params = (i as { params?: FieldIssue["params"] }).params;
    return {
      field: i.path.join(".") || "_",
      key: isKey(i.message) ? i.message : "employees.v.invalid",
      ...(params ? { params } : {}),
    };
  });
}

/**
 * Route hook for the module's API: like the platform's default (400 for query/path, 422 for a body) but
 * with field messages in the reader's language.
 */
export function apiValidationHook(
  result: { success: boolean; target?: string; error?: unknown },
  c: Context<AppEnv>,
): undefined {
  if (result.success) return undefined;
  refuseSignedOut(c);
  const t = c.get("t");
  throw new AppError(
    result.target === "json" ? "UNPROCESSABLE" : "BAD_REQUEST",
    t("employees.v.summary"),
    localize(zodIssues(result.error as z.ZodError), t),
  );
}
