import { eq } from "drizzle-orm";
import type { CommandContext } from "../../../platform/command-context";
import { AppError } from "../../../platform/errors";
import { parseMapping } from "../domain/column-mapping";
import { assertStatus, checkRows, findOwnImport, importRows } from "../import/check-rows";
import { employeeImports } from "../schema";
import { effectiveStatus } from "./commit-import";

/**
 * Step 2: the user confirms which column feeds which field; every row is then checked and the import waits
 * in "preview" with its counts and the first row errors. Can be repeated (change the mapping, re-check).
 */
export async function mapImport(
  ctx: CommandContext,
  id: string,
  form: Record<string, string | undefined>,
): Promise<void> {
  const imp = await findOwnImport(ctx.deps.db, ctx.actor, id);
  assertStatus({ status: effectiveStatus(imp, ctx.now) }, ["mapping", "preview", "failed", "interrupted"]);
  const { mapping, issues } = parseMapping(form, imp.headers.length);
  if (issues.length > 0) {
    throw new AppError("UNPROCESSABLE", "employees.v.summary", { issues });
  }
  const checked = await checkRows(
    ctx.deps.db,
    ctx.actor,
    await importRows(ctx.deps.db, id),
    mapping,
    ctx.now,
  );
  await ctx.deps.db
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
