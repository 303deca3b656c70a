import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Executor } from "../../db/client";
import { AppError, issue } from "../errors";
import { sha256 } from "../hash";
import type { Deps } from "../http/context";
import { files } from "./schema";

export type FileKind = "pdf" | "jpg" | "png";
const mimes: Record<FileKind, string> = { pdf: "application/pdf", jpg: "image/jpeg", png: "image/png" };
const labels: Record<FileKind, string> = { pdf: "PDF", jpg: "JPG", png: "PNG" };

/**
 * The type of a file from its first bytes (magic numbers), never from its name or the browser's claim: an
 * HTML page renamed to .pdf or an SVG (which can carry script) is not a PDF or an image (SPEC §3.1).
 */
export function sniff(bytes: Uint8Array): FileKind | null {
  const b = bytes;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d)
    return "pdf";
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  ) {
    return "png";
  }
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpg";
  return null;
}

const pathOf = (dataDir: string, sha: string) => join(dataDir, "files", sha.slice(0, 2), sha);

/** Stores bytes by content hash (a second upload of the same file costs nothing) and records it. */
export async function storeBytes(db: Executor, dataDir: string, bytes: Uint8Array, mime: string) {
  const checksum = sha256(bytes);
  const path = pathOf(dataDir, checksum);
  mkdirSync(join(dataDir, "files", checksum.slice(0, 2)), { recursive: true });
  // Write then rename: a crash never leaves a half-written file under the final name.
  const tmp = `${path}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  await db.insert(files).values({ sha256: checksum, size: bytes.length, mime }).onConflictDoNothing();
  return { sha256: checksum, size: bytes.length, mime };
}

/** An uploaded file: size and type checked on content, then stored. Errors name the form field. */
export async function storeUpload(
  deps: Pick<Deps, "db" | "config">,
  bytes: Uint8Array,
  opts: { allowed: FileKind[]; maxBytes: number; field: string; db?: Executor },
) {
  const allowedText = opts.allowed.map((k) => labels[k]).join(", ");
  if (bytes.length === 0)
    throw new AppError("UNPROCESSABLE", "files.error.empty", {
      issues: [issue(opts.field, "files.error.emptyField")],
    });
  if (bytes.length > opts.maxBytes) {
    const mb = (opts.maxBytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 });
    throw new AppError("TOO_LARGE", "files.error.tooLarge", {
      params: { mb },
      issues: [issue(opts.field, "files.error.tooLargeField", { mb })],
    });
  }
  const kind = sniff(bytes);
  if (!kind || !opts.allowed.includes(kind)) {
    throw new AppError("UNPROCESSABLE", "files.error.type", {
      params: { allowed: allowedText },
      issues: [issue(opts.field, "files.error.typeField", { allowed: allowedText })],
    });
  }
  const stored = await storeBytes(opts.db ?? deps.db, deps.config.dataDir, bytes, mimes[kind]);
  return { ...stored, kind };
}

export async function readStoredFile(
  deps: Pick<Deps, "config">,
  sha256: string,
  mime = "application/octet-stream",
) {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError("NOT_FOUND", "files.error.notFound");
  try {
    return { bytes: readFileSync(pathOf(deps.config.dataDir, sha256)), mime };
  } catch {
    throw new AppError("NOT_FOUND", "files.error.notFound");
  }
}
