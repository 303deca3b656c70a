import { modules } from "./modules";
import type { Deps } from "./platform/http/context";
import { pruneIdempotencyKeys } from "./platform/http/idempotency";
import { pruneJobs, registerJob, runDueJobs } from "./platform/jobs/jobs";
import { deliverOutbox } from "./platform/outbox/outbox";
import { pruneThrottles } from "./platform/throttle/throttle";

registerJob("prune-jobs", async (deps) => pruneJobs(deps.db, deps.now()), 24 * 3600);
registerJob("prune-idempotency-keys", async (deps) => pruneIdempotencyKeys(deps.db, deps.now()), 24 * 3600);
registerJob("prune-throttles", async (deps) => pruneThrottles(deps.db, deps.now()), 24 * 3600);

/**
 * Background loops of this process: outbox delivery and due jobs. Each tick is short (PGlite serves one
 * query at a time) and errors are logged, never thrown: the next tick retries.
 */
export function startBackground(deps: Deps, intervalMs = 2000): () => Promise<void> {
  const stops = modules.map((m) => m.startWorkers?.(deps)).filter((s) => s !== undefined);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(async () => {
        await deliverOutbox(deps);
        await runDueJobs(deps);
      })
      .catch((err) => deps.log.error({ err: (err as Error).message }, "background tick failed"));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
    for (const stop of stops) await stop();
  };
}
