import { createHash } from "node:crypto";

/** SHA-256 as lower-case hex: token and key hashes stored instead of the secrets, file checksums. */
export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
