import type { Context } from "hono";

/** A set of routes (method + path pattern) that a platform mechanism treats differently, declared by modules. */
export function routeSet() {
  const routes: { method: string; path: RegExp }[] = [];
  return {
    add(method: string, path: RegExp) {
      routes.push({ method: method.toUpperCase(), path });
    },
    has(c: Context) {
      return routes.some((r) => r.method === c.req.method && r.path.test(c.req.path));
    },
  };
}
