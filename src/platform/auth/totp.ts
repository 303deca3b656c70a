import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

export const newTotpSecret = () => generateSecret();
export const totpUri = (secret: string, username: string) =>
  generateURI({ secret, issuer: "SIGAP Medan Marelan", label: username });
/** One 30 s step of tolerance either side, for phones whose clock drifts. */
export function checkTotp(secret: string, token: string): boolean {
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return verifySync({ secret, token, epochTolerance: 30 }).valid;
  } catch {
    return false;
  }
}
export const currentTotp = (secret: string) => generateSync({ secret });
