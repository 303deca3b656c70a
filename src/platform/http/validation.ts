import type { z } from "zod";
import { AppError, type FieldError } from "../errors";

/** zod issues → field errors (first message per field), in the order the fields were checked. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_";
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: issue.message });
  }
  return out;
}

/** Validates or throws a 422 AppError listing every field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  status: 400 | 422 = 422,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(
    status === 400 ? "BAD_REQUEST" : "UNPROCESSABLE",
    "Periksa kembali isian Anda.",
    fieldErrors(parsed.error),
  );
}

/** Form bodies: keep only string fields (files are handled by their own routes), trimmed. */
export function formStrings(body: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === "string") out[k] = v.trim();
    else if (Array.isArray(v) && typeof v[0] === "string") out[k] = String(v[0]).trim();
  }
  return out;
}
