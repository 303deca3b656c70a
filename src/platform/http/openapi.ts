import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../errors";
import type { AppEnv } from "./context";
import { routeSet } from "./route-set";
import { zodIssues } from "./validation";

const openRoutes = routeSet();

/** Declares an API route that answers callers without a session (sign-in; citizens, some with a tracking PIN). */
export function openApiRoute(method: string, path: RegExp) {
  openRoutes.add(method, path);
}

/**
 * Before reporting malformed input, every other route tells a caller without a session to sign in (401):
 * the problem is who is asking, and a field-by-field 400 would describe a staff route's input to a stranger.
 */
export function refuseSignedOut(c: Context<AppEnv>) {
  if (c.get("actor")) return;
  if (openRoutes.has(c)) return;
  throw new AppError("UNAUTHENTICATED", "error.401.detail");
}

/**
 * The JSON API app. Its defaultHook replaces zod-openapi's raw 400 body with our problem+json and field
 * messages in the reader's language (ARCHITECTURE §1 known trap).
 */
export function createApi() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        refuseSignedOut(c);
        const target = (result as { target?: string }).target;
        // Malformed query/path/headers are 400; a well-formed body with invalid values is 422.
        const code = target === "json" || target === "form" ? "UNPROCESSABLE" : "BAD_REQUEST";
        throw new AppError(code, "error.checkData", { issues: zodIssues(result.error as never) });
      }
    },
  });
}

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: ZProblem } };
export const problemResponses = {
  400: { description: "Permintaan tidak valid", content: problemContent },
  401: { description: "Belum masuk", content: problemContent },
  403: { description: "Tidak berhak", content: problemContent },
  404: { description: "Tidak ditemukan", content: problemContent },
  409: { description: "Konflik", content: problemContent },
  422: { description: "Isian tidak valid", content: problemContent },
  429: { description: "Terlalu banyak permintaan", content: problemContent },
} as const;

export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
export const jsonOk = <S extends z.ZodType>(schema: S, description = "OK") => ({
  description,
  content: { "application/json": { schema } },
});

export const ZPageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
};
