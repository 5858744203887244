import { Redis } from "ioredis";
import type { RunReview } from "../../src/github/review-scheduler.js";
import type { Shutdown } from "../../src/github/shutdown.js";
import { WriteBudget } from "../../src/github/write-budget.js";
import { bullSchedulerOption, type BullScheduler, type BullSchedulerOptions } from "../../src/queue/bull-scheduler.js";
import { RedisBudgetStore } from "../../src/queue/redis-budget-store.js";
import { lateLog } from "../../src/queue/outage-log.js";
import { setup } from "./github-fixtures.js";

export interface ReplicaOptions {
  /** Scheduler settings (short locks, backoff) for tests that wait for BullMQ's own timers. */
  bull?: Partial<Omit<BullSchedulerOptions, "connection" | "run" | "concurrency" | "prefix">>;
  shutdown?: Shutdown;
  /** Told each review this replica starts. */
  onRun?: (pr: number) => void;
  logs?: string[];
  queuedCheckRun?: boolean;
}

/**
 * A replica of the App as REDIS_URL makes it: its own Probot, Redis connection and BullMQ worker,
 * on a shared Redis (`prefix` keeps tests apart). `close` stops the worker and disconnects.
 */
export async function redisReplica(url: string, prefix: string, opts: ReplicaOptions = {}) {
  const connection = new Redis(url, { maxRetriesPerRequest: 1 });
  connection.on("error", () => undefined);
  let scheduler!: BullScheduler;
  const log = lateLog();
  const gh = await setup({
    fake: true,
    logs: opts.logs,
    budget: new WriteBudget(new RedisBudgetStore(connection, `${prefix}:budget`, log)),
    bottomline: {
      shutdown: opts.shutdown,
      queuedCheckRun: opts.queuedCheckRun,
      scheduler: (run, concurrency) => {
        const observed: RunReview = (req, isCurrent, attempt) => (opts.onRun?.(req.pr.number), run(req, isCurrent, attempt));
        return (scheduler = bullSchedulerOption({ connection, prefix, ...opts.bull }, log)(observed, concurrency));
      },
    },
  });
  const close = async () => {
    await scheduler.close();
    connection.disconnect();
  };
  return { ...gh, scheduler, connection, close };
}
