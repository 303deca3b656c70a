import { z } from "zod";
import type { IdentifierResult } from "./messages";

const EMAIL = z.email();

/** An e-mail address as typed, trimmed and lower-cased (RFC 5321 caps an address at 254 characters). */
export function parseEmail(input: string): IdentifierResult<string> {
  const value = input.trim().toLowerCase();
  if (value.length > 254 || !EMAIL.safeParse(value).success)
    return { ok: false, error: { key: "email.format" } };
  return { ok: true, value };
}
