import { createHash, randomUUID } from "node:crypto";
import { DelayedError, Queue, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { reviewKey, type ReviewRequest, type ReviewScheduler, type RunReview } from "../github/review-scheduler.js";
import { reportOutages, type lateLog, type OutageReporter, type QueueLog } from "./outage-log.js";

export interface BullSchedulerOptions {
  /** Commands: scheduling, leases, the newest-event record. Fails fast when Redis is gone. */
  connection: Redis;
  /** The worker's blocking connection (ioredis with maxRetriesPerRequest: null). */
  workerConnection?: Redis;
  concurrency: number;
  run: RunReview;
  prefix?: string;
  /** Attempts of a review in all (default 5), `backoffMs` apart, doubling (default 60 s). */
  attempts?: number;
  backoffMs?: number;
  /** A lease outlives the review's deadline, so a crashed replica's lease expires by itself. */
  leaseMs?: number;
  /** BullMQ's lock: a replica killed mid-review loses it after this, and its job is picked up again. */
  lockMs?: number;
  stalledIntervalMs?: number;
  log?: QueueLog;
}

const QUEUE = "reviews";
/** BullMQ's lowest priority: an installation never gets past it. */
const PRIORITY_LIMIT = 2 ** 21 - 1;

/** Records the newest event of a pull request; an older or equal one does not overwrite it. */
const RECORD_LATEST = `local cur = redis.call('GET', KEYS[1])
if cur and cur >= ARGV[1] then return cur end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false`;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Reviews as BullMQ jobs in Redis (REDIS_URL): they survive a crash or restart, every replica
 * takes jobs from one queue, and BullMQ puts a killed replica's job back in the queue (stalled).
 * - The job id is a hash of (repository, pull request, event time[, re-run delivery]): a
 *   redelivery, or another replica's copy of the same event, adds nothing.
 * - A newer event for the pull request is recorded as its newest; an older queued job is removed,
 *   and one already running learns it is no longer current and stops before its next write.
 * - A lease per (pull request, head) (SET NX with a TTL) keeps two jobs for one head from
 *   publishing at once (e.g. `opened`, then `edited` 500 ms later on another replica): the second
 *   waits, then finds the first one's summary and updates it.
 * - Fair turns: a job's priority is 1 + the jobs its installation already has queued, so one
 *   installation with 50 open pull requests takes every other turn, not the next 50.
 */
export class BullScheduler implements ReviewScheduler {
  readonly queue: Queue;
  private worker?: Worker;
  private ownConnection?: Redis;
  private readonly tasks = new Map<string, () => Promise<void>>();
  private readonly prefix: string;
  readonly requeuesOnShutdown = true;
  /** Set by close(): a review stopped from now on goes back to the queue for another replica. */
  private closing = false;

  /** One line when Redis goes away and one when it is back, not one per reconnection attempt. */
  private readonly outage?: OutageReporter;

  constructor(private readonly opts: BullSchedulerOptions) {
    this.prefix = opts.prefix ?? "bottomline";
    this.queue = new Queue(QUEUE, { connection: opts.connection, prefix: this.prefix });
    this.outage = opts.log ? reportOutages(opts.connection, opts.log, "review queue") : undefined;
    this.queue.on("error", (err) => this.outage?.error(err));
  }

  async schedule(req: ReviewRequest): Promise<boolean> {
    const key = reviewKey(req.pr);
    const order = `${req.pr.updatedAt}|${req.rerun ? req.delivery : ""}`;
    const jobId = `${this.prefix}-${createHash("sha1").update(`${key}|${req.pr.headSha}|${order}`).digest("hex").slice(0, 24)}`;
    const latestKey = `${this.prefix}:latest:${key}`;
    const previous = await this.opts.connection.get(latestKey);
    const newer = (await this.opts.connection.eval(RECORD_LATEST, 1, latestKey, `${order}|${jobId}`, 7 * 24 * 3600 * 1000)) === null;
    if (!newer && previous?.endsWith(jobId) !== true) return false; // an older event than the one recorded
    if ((await this.queue.getJob(jobId)) !== undefined) return false; // a redelivery or another replica's copy
    const installation = `${this.prefix}:queued:${req.installationId}`;
    const queued = await this.opts.connection.incr(installation);
    await this.queue.add("review", req, {
      jobId,
      priority: Math.min(PRIORITY_LIMIT, queued),
      attempts: this.opts.attempts ?? 5,
      backoff: { type: "exponential", delay: this.opts.backoffMs ?? 60_000 },
      removeOnComplete: { age: 3600, count: 10_000 },
      removeOnFail: { age: 24 * 3600 },
    });
    const older = previous?.split("|")[2];
    if (older && older !== jobId) await this.removeQueued(older);
    // Only the replica that recorded the event as newest says it was added (another replica's
    // copy of it races here), so only one creates the in-progress check run.
    return newer;
  }

  /** A queued job of an older event: removed if it has not started (a running one stops by itself). */
  private async removeQueued(jobId: string): Promise<void> {
    const job = await this.queue.getJob(jobId);
    if (!job || (await job.isActive())) return;
    await job.remove().catch(() => undefined);
    await this.opts.connection.decr(`${this.prefix}:queued:${(job.data as ReviewRequest).installationId}`);
  }

  async hold(req: ReviewRequest, work: () => Promise<void>): Promise<void> {
    const lease = this.leaseKey(req);
    const holder = randomUUID();
    if ((await this.opts.connection.set(lease, holder, "PX", 30_000, "NX")) !== "OK") return;
    try {
      await work();
    } finally {
      await this.opts.connection.eval(RELEASE, 1, lease, holder).catch(() => undefined);
    }
  }

  private leaseKey(req: ReviewRequest): string {
    return `${this.prefix}:lease:${reviewKey(req.pr)}@${req.pr.headSha}`;
  }

  /** Starts taking jobs (a replica that only enqueues, as in some tests, never calls this). */
  startWorker(): Worker {
    // Ours when duplicated here, so close() disconnects it.
    this.ownConnection = this.opts.workerConnection ? undefined : this.opts.connection.duplicate({ maxRetriesPerRequest: null });
    this.ownConnection?.on("error", () => undefined);
    this.worker = new Worker(QUEUE, (job, token) => this.process(job, token), {
      connection: this.opts.workerConnection ?? this.ownConnection!,
      prefix: this.prefix,
      concurrency: this.opts.concurrency,
      lockDuration: this.opts.lockMs ?? 30_000,
      stalledInterval: this.opts.stalledIntervalMs ?? 30_000,
      maxStalledCount: 2,
    });
    this.worker.on("error", (err) => this.outage?.error(err));
    return this.worker;
  }

  private async process(job: Job, token?: string): Promise<string> {
    const task = this.tasks.get(job.name);
    if (job.name !== "review") {
      await task?.();
      return task ? "done" : "no task here";
    }
    const req = job.data as ReviewRequest;
    if (job.attemptsMade === 0 && !job.data.started) {
      await this.opts.connection.decr(`${this.prefix}:queued:${req.installationId}`);
      await job.updateData({ ...req, started: true });
    }
    const lease = this.leaseKey(req);
    const holder = randomUUID();
    if ((await this.opts.connection.set(lease, holder, "PX", this.opts.leaseMs ?? 6 * 60_000, "NX")) !== "OK") {
      // Another job is publishing for this head: come back once it is done.
      await job.moveToDelayed(Date.now() + 1_000, token);
      throw new DelayedError();
    }
    const current = await this.watchCurrent(req, job.id!);
    try {
      const outcome = await this.opts.run(req, current.isCurrent, job.attemptsMade + 1);
      if (outcome === "retry" && this.closing) {
        // Stopped because this replica is shutting down (SIGTERM): back to the queue at once, for
        // another replica, without using up one of the review's attempts or waiting out a backoff.
        this.opts.log?.info({ job: job.id, pr: reviewKey(req.pr) }, "review stopped by the shutdown; returned to the queue for another replica");
        await job.moveToDelayed(Date.now(), token);
        throw new DelayedError();
      }
      if (outcome === "retry") throw new Error(`review of ${reviewKey(req.pr)} stopped by a transient failure; BullMQ retries it with backoff`);
      return outcome;
    } finally {
      current.stop();
      this.release(lease, holder);
    }
  }

  /**
   * Gives up the lease of a head. When Redis is down at that moment, tries again every second
   * until it answers or the lease has expired by itself, so the next job for the head (BullMQ
   * runs the job again if it could not record its end) need not wait out the whole lease.
   */
  private release(lease: string, holder: string, until = Date.now() + (this.opts.leaseMs ?? 6 * 60_000)): void {
    this.opts.connection.eval(RELEASE, 1, lease, holder).catch(() => {
      if (Date.now() < until) setTimeout(() => this.release(lease, holder, until), 1_000).unref();
    });
  }

  /** isCurrent() must answer synchronously: the newest-event record is polled once a second. */
  private async watchCurrent(req: ReviewRequest, jobId: string): Promise<{ isCurrent: () => boolean; stop: () => void }> {
    const latestKey = `${this.prefix}:latest:${reviewKey(req.pr)}`;
    const check = async () => {
      const latest = await this.opts.connection.get(latestKey).catch(() => null);
      return latest === null || latest.endsWith(jobId);
    };
    let current = await check();
    const timer = setInterval(() => void check().then((c) => (current = c)), 1_000);
    timer.unref();
    return { isCurrent: () => current, stop: () => clearInterval(timer) };
  }

  async stats(): Promise<{ running: number; pending: number; oldestMs?: number }> {
    const counts = await this.queue.getJobCounts("active", "waiting", "prioritized", "delayed");
    const [oldest] = await this.queue.getJobs(["prioritized", "waiting"], 0, 0, true);
    const pending = (counts.waiting ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0);
    return { running: counts.active ?? 0, pending, oldestMs: oldest ? Date.now() - oldest.timestamp : undefined };
  }

  /** A BullMQ job scheduler: Redis holds one schedule for all replicas, so one of them runs each turn. */
  recurring(name: string, everyMs: number, task: () => Promise<void>): void {
    this.tasks.set(name, task);
    void this.queue.upsertJobScheduler(name, { every: everyMs }, { name }).catch((err: Error) => this.opts.log?.warn({ err }, `could not schedule ${name}`));
  }

  async ready(): Promise<void> {
    await this.opts.connection.ping().catch((err: Error) => {
      throw new Error(`Redis does not answer (${err.message}); reviews cannot be queued`);
    });
  }

  async pullRequests(): Promise<string[]> {
    const jobs = await this.queue.getJobs(["active", "waiting", "prioritized", "delayed"], 0, 999);
    return [...new Set(jobs.filter(Boolean).map((j) => reviewKey((j.data as ReviewRequest).pr)))];
  }

  async idle(): Promise<void> {
    for (;;) {
      const { running, pending } = await this.stats();
      if (running + pending === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Stops taking jobs and waits for the running ones (BullMQ's graceful close), then disconnects. */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker?.close();
    await this.queue.close();
    this.ownConnection?.disconnect();
  }
}

/**
 * createBottomline's `scheduler` option with REDIS_URL: a BullScheduler whose worker starts once
 * the app is loaded, and whose log (built before Probot's) then becomes Probot's.
 */
export function bullSchedulerOption(options: Omit<BullSchedulerOptions, "run" | "concurrency" | "log">, log: ReturnType<typeof lateLog>) {
  return (run: RunReview, concurrency: number): BullScheduler & { start: (probotLog: QueueLog) => void } => {
    const scheduler = new BullScheduler({ ...options, run, concurrency, log });
    return Object.assign(scheduler, {
      start: (probotLog: QueueLog) => {
        log.attach(probotLog);
        scheduler.startWorker();
      },
    });
  };
}
