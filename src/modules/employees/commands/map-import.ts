import { eq } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { parseMapping } from "../domain/column-mapping";
import { localize } from "../domain/issues";
import { assertStatus, checkRows, findOwnImport, importRows } from "../import/check-rows";
import { employeeImports } from "../schema";
import { effectiveStatus } from "./commit-import";
import type { CommandContext } from "./context";

/**
 * Step 2: the user confirms which column feeds which field; every row is then checked and the import waits
 * in "preview" with its counts and the first row errors. Can be repeated (change the mapping, re-check).
 */
export async function mapImport(
  ctx: CommandContext,
  id: string,
  form: Record<string, string | undefined>,
): Promise<void> {
  const imp = await findOwnImport(ctx.db, ctx.actor, id, ctx.t);
  assertStatus(
    { status: effectiveStatus(imp, ctx.now) },
    ["mapping", "preview", "failed", "interrupted"],
    ctx.t,
  );
  const { mapping, issues } = parseMapping(form, imp.headers.length);
  if (issues.length > 0) {
    throw new AppError("UNPROCESSABLE", ctx.t("employees.v.summary"), localize(issues, ctx.t));
  }
  const checked = await checkRows(ctx.db, ctx.actor, await importRows(ctx.db, id), mapping, ctx.now);
  await ctx.db
    .update(employeeImports)
    .set({
      mapping,
      status: "preview",
      validRows: checked.valid,
      invalidRows: checked.invalid,
      issues: checked.issues,
    })
    .where(eq(employeeImports.id, id));
}
