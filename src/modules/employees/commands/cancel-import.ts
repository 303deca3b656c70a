import { eq } from "drizzle-orm";
import type { CommandContext } from "../../../platform/command-context";
import { assertStatus, findOwnImport } from "../import/check-rows";
import { employeeImports } from "../schema";
import { effectiveStatus } from "./commit-import";

/** Drops a pending import and its copy of the file's rows; a running or finished one stays. */
export async function cancelImport(ctx: CommandContext, id: string): Promise<void> {
  const imp = await findOwnImport(ctx.deps.db, ctx.actor, id);
  assertStatus({ status: effectiveStatus(imp, ctx.now) }, ["mapping", "preview", "failed", "interrupted"]);
  await ctx.deps.db.delete(employeeImports).where(eq(employeeImports.id, id));
}
