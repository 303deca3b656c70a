import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

describe("loadConfig", () => {
  it("has working defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      dataDir: "./data",
      demo: "auto",
      baseUrl: "http://localhost:3000",
      cookieSecure: false,
    });
    expect(c.databaseUrl).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).port).toBe(3000);
  });

  it("lists every problem in one error", () => {
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SIGAP_DEMO: "ya", SIGAP_SECRET: "pendek" });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join("\n");
      for (const key of ["PORT", "DATABASE_URL", "SIGAP_DEMO", "SIGAP_SECRET"])
        expect(problems).toContain(key);
      expect((err as ConfigError).message).toContain("Konfigurasi tidak valid");
    }
  });

  it("uses secure cookies behind https", () => {
    expect(loadConfig({ BASE_URL: "https://sigap.medanmarelan.go.id" }).cookieSecure).toBe(true);
  });
});
