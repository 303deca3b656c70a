import type { Executor } from "../../db/client";
import type { Actor } from "../auth/actor";
import type { Params } from "../i18n";

/**
 * Work waiting for the signed-in person, shown on the staff home as counted links (issue 10: "a staff home
 * that says what is waiting"): letters to sign, requests near or past their deadline, approvals… Each module
 * registers what it knows from its index.ts; a source answers null (or a count of 0) when it has nothing
 * for this actor, and is asked with the actor's own scope, like every query.
 */
export type WaitingItem = {
  href: string;
  labelKey: string;
  params?: Params;
  count: number;
  urgent?: boolean;
};
export type WaitingSource = {
  key: string;
  order: number;
  items: (actor: Actor, db: Executor, now: Date) => Promise<WaitingItem[]>;
};

const sources: WaitingSource[] = [];

export function registerWaitingWork(...items: WaitingSource[]): void {
  for (const item of items) if (!sources.some((s) => s.key === item.key)) sources.push(item);
  sources.sort((a, b) => a.order - b.order);
}

/** Every non-empty item for this actor, in the sources' order. */
export async function waitingFor(actor: Actor, db: Executor, now: Date): Promise<WaitingItem[]> {
  const lists = await Promise.all(sources.map((s) => s.items(actor, db, now)));
  return lists.flat().filter((i) => i.count > 0);
}
