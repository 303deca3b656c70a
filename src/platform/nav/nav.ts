import type { Executor } from "../../db/client";
import type { Actor } from "../auth/actor";

/**
 * A staff menu entry; modules register theirs from index.ts, the layout shows those the actor may use.
 * Visibility may ask the database (e.g. "atasan" is derived from the org tree, SPEC §1): the answer is
 * the same in every process, with no cache to go stale.
 */
export type NavEntry = {
  href: string;
  labelKey: string;
  order: number;
  isVisible: (actor: Actor, db: Executor) => boolean | Promise<boolean>;
};

const entries: NavEntry[] = [];

export function registerNav(...items: NavEntry[]): void {
  for (const item of items) if (!entries.some((e) => e.href === item.href)) entries.push(item);
  entries.sort((a, b) => a.order - b.order);
}

export async function navFor(actor: Actor, db: Executor): Promise<NavEntry[]> {
  const visible = await Promise.all(entries.map((e) => e.isVisible(actor, db)));
  return entries.filter((_, i) => visible[i]);
}

/** A citizen-facing entry on the public home page, registered by the module that serves it. */
export type PublicLink = { href: string; labelKey: string; descriptionKey: string; order: number };
const publicLinks: PublicLink[] = [];

export function registerPublicLink(...items: PublicLink[]): void {
  for (const item of items) if (!publicLinks.some((e) => e.href === item.href)) publicLinks.push(item);
  publicLinks.sort((a, b) => a.order - b.order);
}

export const listPublicLinks = (): readonly PublicLink[] => publicLinks;
