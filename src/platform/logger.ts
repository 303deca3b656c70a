import pino from "pino";

/**
 * JSON logs without personal data (SPEC §5): known personal fields are redacted wherever they appear, and
 * request logs carry the path only (never the query string or body).
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: { app: "sigap" },
    redact: {
      paths: [
        "*.nik",
        "*.nip",
        "*.name",
        "*.phone",
        "*.email",
        "*.password",
        "*.pin",
        "*.address",
        "*.*.nik",
        "*.*.phone",
      ],
      censor: "[disembunyikan]",
    },
  });
}
