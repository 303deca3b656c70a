import type { MiddlewareHandler } from "hono";
import { AppError, type FieldIssue, issue } from "../errors";
import type { AppEnv } from "./context";
import { readFormBody } from "./validation";

/**
 * No text that reaches SIGAP may carry control characters (issue 9): a NUL byte in a search term made
 * PostgreSQL fail (500 on eight pages), and invisible or bidi-reordering characters can hide what a name or
 * a reason really says. Checked once here, for every query parameter, form field, file name and JSON string;
 * new lines and tabs are allowed in bodies (a textarea), never in the address.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const IN_ADDRESS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const IN_BODY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const MAX_ISSUES = 20;

function jsonIssues(value: unknown, path: string, out: FieldIssue[]): void {
  if (out.length >= MAX_ISSUES) return;
  if (typeof value === "string") {
    if (IN_BODY.test(value)) out.push(issue(path || "_", "validation.controlChars"));
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) jsonIssues(v, path ? `${path}.${i}` : String(i), out);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (IN_BODY.test(k)) out.push(issue(path || "_", "validation.controlChars"));
      jsonIssues(v, path ? `${path}.${k}` : k, out);
    }
  }
}

export function controlCharsMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const issues: FieldIssue[] = [];
    const url = new URL(c.req.url);
    for (const [name, value] of url.searchParams) {
      if (IN_ADDRESS.test(name) || IN_ADDRESS.test(value))
        issues.push(issue(name, "validation.controlChars"));
    }
    if (issues.length) throw new AppError("BAD_REQUEST", "validation.controlCharsSummary", { issues });

    if (["POST", "PUT", "PATCH"].includes(c.req.method)) {
      const type = c.req.header("content-type") ?? "";
      if (type.startsWith("application/json")) {
        // Through Hono's body cache, so the route still reads it; malformed JSON is the route's 400.
        const body = await c.req.json().catch(() => undefined);
        jsonIssues(body, "", issues);
      } else if (
        type.startsWith("application/x-www-form-urlencoded") ||
        type.startsWith("multipart/form-data")
      ) {
        const body = await readFormBody(c, { all: true });
        for (const [name, raw] of Object.entries(body)) {
          for (const value of Array.isArray(raw) ? raw : [raw]) {
            const text = typeof value === "string" ? value : value instanceof File ? value.name : "";
            if (IN_BODY.test(name) || IN_BODY.test(text)) issues.push(issue(name, "validation.controlChars"));
          }
        }
      }
      if (issues.length) {
        throw new AppError("UNPROCESSABLE", "validation.controlCharsSummary", {
          issues: issues.slice(0, MAX_ISSUES),
        });
      }
    }
    return next();
  };
}
