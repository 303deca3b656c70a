import type { Hono } from "hono";
import type { AppEnv, Deps } from "./http/context";
import type { createApi } from "./http/openapi";

/** What a domain module hands to the application from its index.ts. */
export type AppModule = {
  name: string;
  /** Server-rendered pages (and form POSTs). */
  pages?: Hono<AppEnv>;
  /** OpenAPI routes under /api/v1. */
  registerApi?: (api: ReturnType<typeof createApi>) => void;
  /** Reference data every installation needs (units, catalogues); runs when the module's tables are empty. */
  seedReference?: (deps: Deps) => Promise<void>;
  /** Demo data (SPEC §5), only when the operator asked for it; runs after every module's reference data. */
  seedDemo?: (deps: Deps) => Promise<void>;
  /** Background work beyond registered jobs; returns a stop function. */
  startWorkers?: (deps: Deps) => () => Promise<void>;
};
