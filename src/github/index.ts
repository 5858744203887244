import { createBottomline, type BottomlineOptions } from "./app.js";
import type { ReviewScheduler } from "./review-scheduler.js";
import { WriteBudget } from "./write-budget.js";
import { BullScheduler } from "../queue/bull-scheduler.js";
import { RedisBudgetStore } from "../queue/redis-budget-store.js";
import { RedisDeliveryStore } from "../queue/redis-delivery-store.js";
import { connectRedis } from "../queue/redis-connection.js";

/**
 * On SIGTERM (docker stop, a rolling deploy) finish the reviews in flight before exiting, so a
 * deploy does not silently drop them; give up after BOTTOMLINE_DRAIN_SECONDS (default 25, under
 * Docker's and Kubernetes' usual 30 s grace period).
 */
export function drainOnShutdown(queue: ReviewScheduler, log: Pick<Console, "info" | "warn"> = console): void {
  const seconds = Number(process.env.BOTTOMLINE_DRAIN_SECONDS ?? 25);
  const drain = async (signal: string) => {
    const { running, pending } = await queue.stats();
    log.info(`${signal}: finishing ${running + pending} review(s) before exit (at most ${seconds} s)`);
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), seconds * 1000).unref());
    // A Redis queue is shared: this replica finishes its own running jobs (close) and leaves the
    // queued ones to the others; a job still running at the deadline returns to the queue when
    // its lock expires (BullMQ's stalled-job check).
    const done = queue.close ? queue.close() : queue.idle();
    if ((await Promise.race([done, timeout])) === "timeout") {
      const left = await queue.stats();
      log.warn(`${left.running + left.pending} review(s) still unfinished after ${seconds} s; they resume on the next push or a Re-run`);
    }
    process.exit(0);
  };
  process.once("SIGTERM", () => void drain("SIGTERM"));
  process.once("SIGINT", () => void drain("SIGINT"));
}

/**
 * With REDIS_URL: the BullMQ queue and the write budget in Redis, shared by every replica. An
 * unreachable Redis stops the start with a clear message (no silent in-memory fallback).
 */
export async function productionOptions(env = process.env): Promise<BottomlineOptions> {
  if (!env.REDIS_URL) return {};
  const redis = await connectRedis(env.REDIS_URL);
  return {
    budget: new WriteBudget(new RedisBudgetStore(redis)),
    deliveries: new RedisDeliveryStore(redis),
    scheduler: (run, concurrency) => {
      const scheduler = new BullScheduler({ connection: redis, concurrency, run });
      return Object.assign(scheduler, { start: () => void scheduler.startWorker() });
    },
  };
}

// The server entry (`probot run ./dist/src/github/index.js`): one queue per process.
const production = createBottomline(await productionOptions());
drainOnShutdown(production.queue);
export default production.app;
