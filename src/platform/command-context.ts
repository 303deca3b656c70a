import { type Actor, systemActor } from "./auth/actor";
import type { Deps } from "./http/context";
import type { Locale } from "./i18n";

/**
 * What every command and query is given (ARCHITECTURE §3.2): the application's dependencies, who acts, the
 * language of the person acting (for texts that leave SIGAP in it: notifications, PDFs), and one instant
 * for the whole use case, so every timestamp and deadline it writes agrees. Commands never see Hono's
 * context; errors they throw carry message keys that the edge renders (src/platform/errors.ts).
 */
export type CommandContext = { deps: Deps; actor: Actor; locale: Locale; now: Date };

/** Jobs, seeding and the CLI act as the system, in Bahasa Indonesia. */
export const systemContext = (deps: Deps, actor: Actor = systemActor): CommandContext => ({
  deps,
  actor,
  locale: "id",
  now: deps.now(),
});
