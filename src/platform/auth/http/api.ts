import { createRoute, z } from "@hono/zod-openapi";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError, issue } from "../../errors";
import { keepsOwnIdempotency } from "../../http/idempotency";
import { clientIp, requireActor } from "../../http/middleware";
import type { createApi } from "../../http/openapi";
import { jsonBody, jsonOk, openApiRoute, problemResponses } from "../../http/openapi";
import { login } from "../commands/login";
import { deleteSession, SESSION_COOKIE, SESSION_IDLE_HOURS } from "../sessions";

const ZLogin = z
  .object({
    username: z
      .string({ error: "Nama pengguna wajib diisi." })
      .trim()
      .min(1, "Nama pengguna wajib diisi.")
      .max(100, "Nama pengguna terlalu panjang."),
    password: z
      .string({ error: "Kata sandi wajib diisi." })
      .min(1, "Kata sandi wajib diisi.")
      .max(200, "Kata sandi terlalu panjang."),
    totp: z
      .string()
      .regex(/^\d{6}$/, "Kode TOTP harus 6 digit.")
      .optional(),
  })
  .openapi("LoginRequest");

const ZMe = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    employeeId: z.string().nullable(),
    roles: z.array(z.object({ role: z.string(), unitId: z.string(), unitName: z.string() })),
  })
  .openapi("Me");

const presentMe = (a: {
  userId: string;
  username: string;
  displayName: string;
  employeeId: string | null;
  grants: { role: string; unitId: string; unitName: string }[];
}) => ({
  id: a.userId,
  username: a.username,
  displayName: a.displayName,
  employeeId: a.employeeId,
  roles: a.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitName: g.unitName })),
});

export function registerAuthApi(api: ReturnType<typeof createApi>) {
  // Each sign-in is a new session: its answer is a cookie, which a replay could not give back.
  keepsOwnIdempotency("POST", /^\/api\/v1\/auth\/login$/);
  openApiRoute("POST", /^\/api\/v1\/auth\/login$/);
  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/auth/login",
      tags: ["Auth"],
      summary: "Masuk (staf): sesi cookie",
      request: jsonBody(ZLogin),
      responses: { 200: jsonOk(ZMe), ...problemResponses },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const { deps } = c.var;
      const result = await login(deps.db, { ...input, ip: clientIp(c) }, deps.now());
      if (result.needs !== "nothing") {
        await deleteSession(deps.db, result.token);
        throw new AppError(
          "UNAUTHENTICATED",
          result.needs === "totp" ? "auth.error.totpRequired" : "auth.error.totpSetupRequired",
          { issues: result.needs === "totp" ? [issue("totp", "auth.error.totpRequired")] : [] },
        );
      }
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: "Lax",
        secure: deps.config.cookieSecure,
        path: "/",
        maxAge: SESSION_IDLE_HOURS * 3600,
      });
      return c.json(presentMe(result.actor), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "post",
      path: "/api/v1/auth/logout",
      tags: ["Auth"],
      summary: "Keluar",
      responses: { 204: { description: "Keluar" } },
    }),
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(c.var.deps.db, token);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.body(null, 204);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/api/v1/auth/me",
      tags: ["Auth"],
      summary: "Pengguna yang sedang masuk",
      responses: { 200: jsonOk(ZMe), ...problemResponses },
    }),
    (c) => c.json(presentMe(requireActor(c)), 200),
  );
}
