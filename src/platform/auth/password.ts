import { hash, verify } from "@node-rs/argon2";

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable with verbatimModuleSyntax)

// argon2id with the library defaults (OWASP: m=19 MiB, t=2, p=1).
export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // malformed hash: treat as a wrong password, never as a crash
  }
}

/** Used when the user does not exist, so both paths cost one argon2 verification (no user enumeration). */
let dummyHash: Promise<string> | undefined;
export const getDummyHash = () => {
  dummyHash ??= hashPassword("sigap-dummy-password-for-timing");
  return dummyHash;
};

/** Password policy for new passwords: long enough to resist guessing, no composition rules (NIST 800-63B). */
export function passwordProblem(password: string): string | null {
  if (password.length < 10) return "Kata sandi minimal 10 karakter.";
  if (password.length > 200) return "Kata sandi maksimal 200 karakter.";
  return null;
}
