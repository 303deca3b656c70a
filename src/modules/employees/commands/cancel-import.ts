import { eq } from "drizzle-orm";
import { assertStatus, findOwnImport } from "../import/check-rows";
import { employeeImports } from "../schema";
import { effectiveStatus } from "./commit-import";
import type { CommandContext } from "./context";

/** Drops a pending import and its copy of the file's rows; a running or finished one stays. */
export async function cancelImport(ctx: CommandContext, id: string): Promise<void> {
  const imp = await findOwnImport(ctx.db, ctx.actor, id, ctx.t);
  assertStatus(
    { status: effectiveStatus(imp, ctx.now) },
    ["mapping", "preview", "failed", "interrupted"],
    ctx.t,
  );
  await ctx.db.delete(employeeImports).where(eq(employeeImports.id, id));
}
