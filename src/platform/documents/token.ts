import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Verification token = document id + HMAC-SHA256 signature with the server key (SPEC §3.9). The id is a
 * random UUID (unguessable) and the signature makes a forged or truncated token fail before any lookup.
 */
const idToB64 = (id: string) => Buffer.from(id.replace(/-/g, ""), "hex").toString("base64url");
const b64ToId = (b64: string) => {
  const hex = Buffer.from(b64, "base64url").toString("hex");
  if (hex.length !== 32) return null;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const sign = (secret: string, idPart: string) =>
  createHmac("sha256", secret)
    .update(`sigap-document:${idPart}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");

export function makeToken(secret: string, documentId: string): string {
  const idPart = idToB64(documentId);
  return `${idPart}.${sign(secret, idPart)}`;
}

/** The document id of a well-formed, correctly signed token; null otherwise. */
export function readToken(secret: string, token: string): string | null {
  const m = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(sign(secret, m[1]!));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return b64ToId(m[1]!);
}
