import type { Child } from "hono/jsx";
import type { Actor } from "../../platform/auth/actor";
import type { Deps } from "../../platform/http/context";
import type { Locale, T } from "../../platform/i18n";

/**
 * The profile page brings together what other modules know about a person (SPEC §3.2: training JP,
 * performance, awards, coaching, citizen signals). Those modules register a section for one of these slots
 * through the employees module's index.ts; a slot nobody fills says so plainly, without links.
 */
export const profileSlots = ["training", "performance", "services"] as const;
export type ProfileSlot = (typeof profileSlots)[number];

export type ProfileSectionArgs = {
  deps: Deps;
  actor: Actor;
  t: T;
  locale: Locale;
  employee: { id: string; nip: string; name: string; unitId: string; unitPath: string };
};

export type ProfileSection = {
  /** Unique per section, so registering twice (tests, hot reload) is harmless. */
  key: string;
  slot: ProfileSlot;
  order: number;
  /** Null when there is nothing to show to this actor. */
  render: (args: ProfileSectionArgs) => Promise<Child | null>;
};

const sections: ProfileSection[] = [];

export function registerProfileSection(section: ProfileSection): void {
  if (sections.some((s) => s.key === section.key)) return;
  sections.push(section);
  sections.sort((a, b) => a.order - b.order);
}

/** Each slot's rendered sections (empty when none has anything to show). */
export async function renderProfileSlots(args: ProfileSectionArgs): Promise<Record<ProfileSlot, Child[]>> {
  const out = { training: [], performance: [], services: [] } as Record<ProfileSlot, Child[]>;
  for (const s of sections) {
    const rendered = await s.render(args);
    if (rendered !== null) out[s.slot].push(rendered);
  }
  return out;
}
