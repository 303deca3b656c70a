import type { FieldError } from "../../../platform/errors";
import type { T } from "../../../platform/i18n";

/**
 * A problem with one field, as a message key of the catalogue plus its parameters. Rules stay pure and
 * language-free; the edge renders them in the reader's language (SPEC §3.1).
 */
export type FieldIssue = { field: string; key: string; params?: Record<string, string | number> };

export const issue = (field: string, key: string, params?: FieldIssue["params"]): FieldIssue =>
  params ? { field, key, params } : { field, key };

/** First issue per field, rendered with `t`. */
export function localize(issues: readonly FieldIssue[], t: T): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const i of issues) {
    if (seen.has(i.field)) continue;
    seen.add(i.field);
    out.push({ field: i.field, message: t(i.key, i.params) });
  }
  return out;
}
