import type { Actor, Role } from "./auth/actor";
import { forbidden } from "./errors";

/**
 * Policy helpers shared by every module's domain/policy.ts (SPEC §1: every staff role is scoped to a unit
 * subtree, enforced on every read and write). Pure: they look only at the actor's grants.
 */
export function hasRole(actor: Actor | null, ...wanted: Role[]): boolean {
  return !!actor && actor.grants.some((g) => wanted.includes(g.role));
}

/** Unit paths the actor reaches through any of `wanted` roles (a path covers its whole subtree). */
export function scopePaths(actor: Actor | null, wanted: readonly Role[]): string[] {
  if (!actor) return [];
  const paths = actor.grants.filter((g) => wanted.includes(g.role)).map((g) => g.unitPath);
  // Drop paths already covered by a shorter one so SQL filters stay small.
  return paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
}

export function inScope(actor: Actor | null, wanted: readonly Role[], unitPath: string): boolean {
  return scopePaths(actor, wanted).some((p) => unitPath.startsWith(p));
}

export function assertAllowed(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}
