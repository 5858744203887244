import { createBottomline, type BottomlineOptions } from "./app.js";
import type { ReviewScheduler } from "./review-scheduler.js";
import { drainReplica, type Shutdown } from "./shutdown.js";
import { WriteBudget } from "./write-budget.js";
import { bullSchedulerOption } from "../queue/bull-scheduler.js";
import { RedisBudgetStore } from "../queue/redis-budget-store.js";
import { RedisDeliveryStore } from "../queue/redis-delivery-store.js";
import { connectRedis } from "../queue/redis-connection.js";
import { lateLog } from "../queue/outage-log.js";

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
  const seconds = Number(process.env.BOTTOMLINE_DRAIN_SECONDS ?? 25);
  const times = { abortAfterMs: Math.max(1, seconds - 5) * 1000, graceMs: 5_000 };
  const drain = (signal: string) => void drainReplica(queue, shutdown, times, log, signal).finally(() => process.exit(0));
  process.once("SIGTERM", () => drain("SIGTERM"));
  process.once("SIGINT", () => drain("SIGINT"));
}

/**
 * With REDIS_URL: the BullMQ queue and the write budget in Redis, shared by every replica. An
 * unreachable Redis stops the start with a clear message (no silent in-memory fallback).
 */
export async function productionOptions(env = process.env): Promise<BottomlineOptions> {
  if (!env.REDIS_URL) return {};
  const redis = await connectRedis(env.REDIS_URL);
  // Built before Probot's logger exists; the queue's start() hands it over.
  const log = lateLog();
  return {
    budget: new WriteBudget(new RedisBudgetStore(redis, undefined, log)),
    deliveries: new RedisDeliveryStore(redis),
    scheduler: bullSchedulerOption({ connection: redis }, log),
  };
}

// The server entry (`probot run ./dist/src/github/index.js`): one queue per process.
const production = createBottomline(await productionOptions());
drainOnShutdown(production.queue, production.shutdown);
export default production.app;
