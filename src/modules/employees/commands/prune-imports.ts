import { and, inArray, lt } from "drizzle-orm";
import type { Executor } from "../../../db/client";
import { employeeImports } from "../schema";

/** Abandoned imports hold a copy of personal data (UU 27/2022): gone after a week. Finished ones stay, empty. */
export async function pruneImports(db: Executor, now: Date): Promise<void> {
  await db
    .delete(employeeImports)
    .where(
      and(
        inArray(employeeImports.status, ["mapping", "preview", "failed"]),
        lt(employeeImports.updatedAt, new Date(now.getTime() - 7 * 86400_000)),
      ),
    );
}
