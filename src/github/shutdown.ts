import type { IncomingMessage, ServerResponse } from "node:http";
import { DeadlineExceeded } from "./github-error.js";
import type { ReviewScheduler } from "./review-scheduler.js";
import { ROUTED_PATH } from "./webhook-front-door.js";

/** What stops a review when the replica cannot wait for it any longer. */
export class ShuttingDown extends DeadlineExceeded {
  override name = "ShuttingDown";
  constructor() {
    super(0);
    this.message =
      "the App was restarting before the review finished; with a shared queue (REDIS_URL) another replica tries again, otherwise push again or click Re-run";
  }
}

/**
 * A replica's shutdown state. After SIGTERM it answers webhooks 503 (GitHub records a failed
 * delivery, which recovery redelivers to a live replica) instead of accepting work it will not
 * finish; when the drain time is up, `abortReviews` stops the reviews still running, which then
 * report that on their check run instead of leaving it in progress.
 */
export class Shutdown {
  private accepting = true;
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  stopAccepting(): void {
    this.accepting = false;
  }

  abortReviews(): void {
    this.controller.abort(new ShuttingDown());
  }

  /** First handler: while draining, every webhook POST gets 503 before anything reads it. */
  webhookGate(webhookPath: string) {
    return (req: IncomingMessage, res: ServerResponse): boolean => {
      const path = (req.url ?? "").split("?")[0];
      // The front door moves webhook POSTs to its own path ahead of Probot's middleware.
      if (this.accepting || req.method !== "POST" || (path !== webhookPath && path !== ROUTED_PATH)) return false;
      res.writeHead(503, { "content-type": "text/plain", "retry-after": "30", connection: "close" });
      res.end("This Bottomline replica is shutting down; GitHub records the delivery as failed and it is redelivered.\n");
      req.resume();
      return true;
    };
  }
}

export interface DrainTimes {
  /** How long the running reviews may take before they are stopped. */
  abortAfterMs: number;
  /** How long stopped reviews get to report (and, with Redis, to go back to the queue). */
  graceMs: number;
}

/**
 * BOTTOMLINE_DRAIN_SECONDS (default 25, empty counts as unset): the running reviews get all but
 * the last 5 s, which are left for stopped reviews to report and go back to the queue.
 */
export function drainTimes(env: NodeJS.ProcessEnv = process.env): DrainTimes {
  const raw = env.BOTTOMLINE_DRAIN_SECONDS || "25";
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BOTTOMLINE_DRAIN_SECONDS must be a number of seconds > 0 (got "${raw}")`);
  return { abortAfterMs: Math.max(1, seconds - 5) * 1000, graceMs: 5_000 };
}

/**
 * A replica's drain after SIGTERM: 503 for webhooks from now on, then wait for the reviews in
 * flight (with a Redis queue, `close()` stops taking jobs; the queued ones stay for the other
 * replicas). Past `abortAfterMs` the reviews still running are stopped: each reports on its check
 * run and, with Redis, returns to the queue for another replica, instead of stopping half-posted.
 */
export async function drainReplica(
  queue: ReviewScheduler,
  shutdown: Shutdown,
  times: DrainTimes,
  log: Pick<Console, "info" | "warn">,
  signal = "SIGTERM",
): Promise<void> {
  shutdown.stopAccepting();
  const { running, pending } = await queue.stats().catch(() => ({ running: 0, pending: 0 }));
  log.info(`${signal}: finishing ${running + pending} review(s) before exit (at most ${(times.abortAfterMs + times.graceMs) / 1000} s); new webhooks get 503`);
  const done = queue.close ? queue.close() : queue.idle();
  if ((await Promise.race([done, timeout(times.abortAfterMs)])) === "timeout") {
    const left = await queue.stats().catch(() => ({ running: 0, pending: 0 }));
    log.warn(`${left.running + left.pending} review(s) still unfinished; stopping them so their check runs say so`);
    shutdown.abortReviews();
    await Promise.race([done, timeout(times.graceMs)]);
  }
}

function timeout(ms: number): Promise<"timeout"> {
  return new Promise((resolve) => setTimeout(() => resolve("timeout"), ms).unref());
}
