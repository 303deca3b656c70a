import type { Logger } from "pino";
import type { Config } from "../../config";
import type { Db } from "../../db/client";
import type { Actor } from "../auth/actor";
import type { Locale, T } from "../i18n";

/** What the application is built from; tests build it with a fresh database. */
export type Deps = {
  db: Db;
  dbKind: "pglite" | "postgres";
  config: Config;
  log: Logger;
  /** Server key for signatures (document QR codes, tokens). */
  secret: string;
  /** Injectable clock so deadlines and rate limits are testable. */
  now: () => Date;
};

export type AppVariables = {
  deps: Deps;
  actor: Actor | null;
  locale: Locale;
  t: T;
  csrfToken: string;
  requestId: string;
};

export type AppEnv = { Variables: AppVariables };
