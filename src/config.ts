import { z } from "zod";

/**
 * The only reader of process.env. Parsed once at start-up; every problem is listed in one message so an
 * operator fixes the whole configuration in one go instead of one variable per restart.
 */
const ZConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "harus berupa URL postgres:// atau postgresql://")
    .optional(),
  SIGAP_DEMO: z.enum(["auto", "1", "0"]).default("auto"),
  BASE_URL: z.string().url("harus berupa URL lengkap, mis. https://sigap.medanmarelan.go.id").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "harus berupa URL smtp:// atau smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("SIGAP Medan Marelan <noreply@medanmarelan.go.id>"),
  COOKIE_SECURE: z.enum(["auto", "1", "0"]).default("auto"),
  SIGAP_SECRET: z.string().min(32, "minimal 32 karakter").optional(),
  WORKERS: z.enum(["1", "0"]).default("1"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: "auto" | "1" | "0";
  baseUrl: string;
  logLevel: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  cookieSecure: boolean;
  secret: string | undefined;
  runWorkers: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZConfig.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const c = parsed.data;
  const baseUrl = (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, "");
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    demo: c.SIGAP_DEMO,
    baseUrl,
    logLevel: c.LOG_LEVEL,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    cookieSecure: c.COOKIE_SECURE === "auto" ? baseUrl.startsWith("https://") : c.COOKIE_SECURE === "1",
    secret: c.SIGAP_SECRET,
    runWorkers: c.WORKERS === "1",
  };
}
