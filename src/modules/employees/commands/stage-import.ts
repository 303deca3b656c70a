import type { CommandContext } from "../../../platform/command-context";
import { AppError, forbidden, issue } from "../../../platform/errors";
import { guessMapping } from "../domain/column-mapping";
import { hasControlChars } from "../domain/employee-rules";
import { hasWriteRole } from "../domain/policy";
import { readUpload } from "../import/read-upload";
import { employeeImports } from "../schema";

/** Only the last path segment, printable, short: the name is shown back to the user. */
const safeFileName = (name: string) => {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = hasControlChars(base) ? base.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, "") : base;
  return clean.slice(0, 200) || "berkas";
};

/**
 * Step 1 of an import: read the file (CSV or XLSX), keep its rows and a guessed column mapping. Nothing
 * touches the register yet. A file that cannot be read is refused whole, with the reason.
 */
export async function stageImport(
  ctx: CommandContext,
  file: { name: string; bytes: Uint8Array },
): Promise<string> {
  if (!hasWriteRole(ctx.actor)) throw forbidden("employees.error.noWrite");
  const read = await readUpload(file.bytes);
  if (!read.ok) {
    const code = read.problem.key === "employees.import.file.tooBig" ? "TOO_LARGE" : "UNPROCESSABLE";
    const { key, params } = read.problem;
    throw new AppError(code, key, { params, issues: [issue("file", key, params)] });
  }
  const { table } = read;
  const [row] = await ctx.deps.db
    .insert(employeeImports)
    .values({
      createdBy: ctx.actor.userId,
      status: "mapping",
      fileName: safeFileName(file.name),
      fileKind: table.kind,
      headers: table.headers,
      rows: table.rows,
      mapping: guessMapping(table.headers),
      totalRows: table.rows.length,
    })
    .returning({ id: employeeImports.id });
  return row!.id;
}
