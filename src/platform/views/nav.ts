import type { Actor } from "../auth/actor";

/** A staff menu entry; modules register theirs from index.ts, the layout shows those the actor may use. */
export type NavEntry = {
  href: string;
  labelKey: string;
  order: number;
  isVisible: (actor: Actor) => boolean;
};

const entries: NavEntry[] = [];

export function registerNav(...items: NavEntry[]): void {
  for (const item of items) if (!entries.some((e) => e.href === item.href)) entries.push(item);
  entries.sort((a, b) => a.order - b.order);
}

export function navFor(actor: Actor): NavEntry[] {
  return entries.filter((e) => e.isVisible(actor));
}

/** A citizen-facing entry on the public home page, registered by the module that serves it. */
export type PublicLink = { href: string; labelKey: string; descriptionKey: string; order: number };
const publicLinks: PublicLink[] = [];

export function registerPublicLink(...items: PublicLink[]): void {
  for (const item of items) if (!publicLinks.some((e) => e.href === item.href)) publicLinks.push(item);
  publicLinks.sort((a, b) => a.order - b.order);
}

export const listPublicLinks = (): readonly PublicLink[] => publicLinks;
