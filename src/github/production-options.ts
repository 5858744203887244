import type { BottomlineOptions } from "./app.js";
import { WriteBudget } from "./write-budget.js";
import { bullSchedulerOption } from "../queue/bull-scheduler.js";
import { lateLog } from "../queue/outage-log.js";
import { RedisBudgetStore } from "../queue/redis-budget-store.js";
import { connectRedis } from "../queue/redis-connection.js";
import { RedisDeliveryStore } from "../queue/redis-delivery-store.js";

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
