import type { Context } from "hono";
import { z } from "zod";
import { AppError, type FieldIssue } from "../errors";
import type { Params } from "../i18n";

/**
 * zod's own messages are English sentences; every schema in SIGAP either names a catalogue key as its message
 * ("employees.v.nipRequired") or, when it names none, gets one of the generic keys below. Either way the edge
 * renders it in the reader's language (SPEC §3.1), so no English "Invalid input: expected number" reaches a
 * citizen.
 */
function zodKey(iss: {
  code?: string;
  input?: unknown;
  origin?: string;
  minimum?: unknown;
  format?: string;
}) {
  switch (iss.code) {
    case "invalid_type":
      return iss.input === undefined || iss.input === null ? "validation.required" : "validation.invalidType";
    case "too_small":
      if (iss.origin === "string")
        return Number(iss.minimum) === 1 ? "validation.required" : "validation.tooShort";
      if (iss.origin === "array" || iss.origin === "set") return "validation.tooFew";
      return "validation.tooSmall";
    case "too_big":
      if (iss.origin === "string") return "validation.tooLong";
      if (iss.origin === "array" || iss.origin === "set") return "validation.tooMany";
      return "validation.tooBig";
    case "invalid_format":
      if (iss.format === "email") return "validation.email";
      if (iss.format === "uuid" || iss.format === "guid") return "validation.uuid";
      if (iss.format === "date" || iss.format === "datetime") return "validation.date";
      return "validation.format";
    case "invalid_value":
      return "validation.choice";
    case "not_multiple_of":
      return "validation.multipleOf";
    case "unrecognized_keys":
      return "validation.unknownFields";
    default:
      return "validation.invalid";
  }
}
z.config({ customError: (iss) => zodKey(iss as Parameters<typeof zodKey>[0]) });

const numberParam = (v: unknown) =>
  typeof v === "number" || typeof v === "bigint" ? Number(v).toLocaleString("id-ID") : undefined;

/** zod issues → field issues (keys + the limits the message names), in the order the fields were checked. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const raw = i as unknown as {
      minimum?: unknown;
      maximum?: unknown;
      keys?: string[];
      params?: Params;
    };
    const params: Params = { ...(raw.params ?? {}) };
    const min = numberParam(raw.minimum);
    const max = numberParam(raw.maximum);
    if (min !== undefined) params.minimum = min;
    if (max !== undefined) params.maximum = max;
    if (raw.keys) params.keys = raw.keys.slice(0, 5).join(", ").slice(0, 200);
    return {
      field: i.path.map(String).join(".") || "_",
      key: i.message,
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}

/**
 * Validates or throws, listing every field: 422 for a well-formed body with invalid values, 400 for a
 * malformed query, path or header.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  status: 400 | 422 = 422,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(status === 400 ? "BAD_REQUEST" : "UNPROCESSABLE", "error.checkFields", {
    issues: zodIssues(parsed.error),
  });
}

/**
 * A form body (urlencoded or multipart) through Hono's cache; a body that cannot be parsed (a broken
 * multipart boundary) is the sender's 400, not our 500.
 */
export async function readFormBody(
  c: Context,
  opts: { all?: boolean } = {},
): Promise<Record<string, string | File | (string | File)[]>> {
  try {
    return await c.req.parseBody(opts);
  } catch {
    throw new AppError("BAD_REQUEST", "error.400.detail");
  }
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
