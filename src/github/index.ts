import { createBottomline } from "./app.js";
import { productionOptions } from "./production-options.js";
import type { ReviewScheduler } from "./review-scheduler.js";
import { drainReplica, drainTimes, type Shutdown } from "./shutdown.js";

/**
 * On SIGTERM (docker stop, a rolling deploy): answer webhooks 503 from now on (GitHub records the
 * delivery as failed, and recovery redelivers it to a live replica), and finish the reviews in
 * flight. With a Redis queue this replica only finishes its own running jobs; the queued ones stay
 * for the others. BOTTOMLINE_DRAIN_SECONDS (default 25, under Docker's and Kubernetes' usual 30 s
 * grace period) bounds the wait: 5 s before it ends, the reviews still running are aborted, so
 * they report on their check run (and, with Redis, go back to the queue) rather than stopping
 * half-posted.
 */
export function drainOnShutdown(queue: ReviewScheduler, shutdown: Shutdown, log: Pick<Console, "info" | "warn"> = console): void {
  const times = drainTimes();
  const drain = (signal: string) => void drainReplica(queue, shutdown, times, log, signal).finally(() => process.exit(0));
  process.once("SIGTERM", () => drain("SIGTERM"));
  process.once("SIGINT", () => drain("SIGINT"));
}

// The server entry (`probot run ./dist/src/github/index.js`): one queue per process.
const production = createBottomline({ warmUp: true, ...(await productionOptions()) });
drainOnShutdown(production.queue, production.shutdown);
export default production.app;
