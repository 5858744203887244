import type { WorkflowRun } from "./workflow-run-coverage.js";
import type { PullRequestRef } from "../sources/github/github-types.js";
import type { Logger, ReviewOutcome } from "./review-pull-request.js";
import { ReviewQueue } from "./review-queue.js";

/** What a review needs, as plain data: it can sit in Redis and run on any replica. */
export interface ReviewRequest {
  installationId: number;
  pr: PullRequestRef;
  rerun: boolean;
  /** The webhook delivery that asked for it, for logs. */
  delivery: string;
  /** A finished workflow run whose coverage artifact the review reads (#14); plain JSON, so it queues in Redis too. */
  coverageRun?: WorkflowRun;
}

export type RunReview = (req: ReviewRequest, isCurrent: () => boolean, attempt: number) => Promise<ReviewOutcome>;

/** The queue the app hands reviews to: in process by default, BullMQ on Redis with REDIS_URL. */
export interface ReviewScheduler {
  /** Queues a review; false when it added nothing (a redelivery, or an event older than one queued). */
  schedule(req: ReviewRequest): Promise<boolean>;
  stats(): Promise<{ running: number; pending: number; oldestMs?: number }>;
  /** The pull requests ("owner/repo#n") queued or running, for authorised status callers. */
  pullRequests(): Promise<string[]>;
  /** Resolves when nothing runs, waits or is queued (tests, drain). */
  idle(): Promise<void>;
  /**
   * Runs `work` (creating the in-progress check run) while no review of this head may publish,
   * so the review completes that run instead of racing it with a second one. Skips `work` when a
   * review of the head is already running.
   */
  hold(req: ReviewRequest, work: () => Promise<void>): Promise<void>;
  /** Runs `task` now and every `everyMs`; with a shared queue, on one replica at a time. */
  recurring?(name: string, everyMs: number, task: () => Promise<void>): void;
  /** Rejects when the queue cannot work (Redis unreachable), for the readiness check. */
  ready?(): Promise<void>;
  /** Starts taking jobs, once the app is loaded (a Redis queue may already hold some); `log` is Probot's. */
  start?(log: Logger): void;
  /** Stops taking jobs and waits for the running ones. */
  close?(): Promise<void>;
  /** A review stopped by this replica's shutdown goes back to a queue other replicas share. */
  readonly requeuesOnShutdown?: boolean;
}

export function reviewKey(pr: Pick<PullRequestRef, "owner" | "repo" | "number">): string {
  return `${pr.owner}/${pr.repo}#${pr.number}`;
}

export interface RetryLater {
  /** Attempts of a review in all, the first included (default 5). */
  attempts: number;
  /** Wait before attempt n + 1 (default 1, 2, 4, 8 minutes). */
  backoffMs: (attempt: number) => number;
  sleep: (ms: number) => Promise<void>;
}

export const defaultRetryLater: RetryLater = {
  attempts: 5,
  backoffMs: (attempt) => 60_000 * 2 ** (attempt - 1),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The embedded scheduler: the in-memory ReviewQueue, plus retries later with backoff for a
 * review that GitHub's outage stopped (outcome "retry"). The wait happens outside the queue,
 * so it holds no worker slot, and a newer push for the same pull request cancels it. Installations
 * take turns (one with 50 queued pull requests does not starve another's one). Queued and
 * waiting reviews live in this process only: a crash loses them (use REDIS_URL to keep them).
 */
export class InProcessScheduler implements ReviewScheduler {
  readonly queue: ReviewQueue;
  private readonly latest = new Map<string, ReviewRequest>();
  private readonly waiting = new Set<Promise<void>>();
  private readonly held = new Map<string, Promise<void>>();
  private readonly queuedAt = new Map<string, number>();

  constructor(
    concurrency: number,
    private readonly run: RunReview,
    private readonly later: RetryLater = defaultRetryLater,
  ) {
    this.queue = new ReviewQueue(concurrency);
  }

  async schedule(req: ReviewRequest, attempt = 1): Promise<boolean> {
    const key = reviewKey(req.pr);
    this.latest.set(key, req);
    if (!this.queuedAt.has(key)) this.queuedAt.set(key, Date.now());
    this.queue.enqueue(
      key,
      async (isCurrent) => {
        this.queuedAt.delete(key);
        // hold() is called right after schedule() returns: let it register, then wait for it.
        await new Promise((resolve) => setImmediate(resolve));
        await this.held.get(key);
        const outcome = await this.run(req, isCurrent, attempt);
        if (outcome === "retry" && attempt < this.later.attempts) this.retryLater(key, req, attempt);
        else if (this.latest.get(key) === req) this.latest.delete(key);
      },
      String(req.installationId),
    );
    return true;
  }

  async hold(req: ReviewRequest, work: () => Promise<void>): Promise<void> {
    const key = reviewKey(req.pr);
    const done = work().finally(() => this.held.get(key) === done && this.held.delete(key));
    this.held.set(
      key,
      done.catch(() => undefined),
    );
    await done;
  }

  private retryLater(key: string, req: ReviewRequest, attempt: number): void {
    const waited = this.later.sleep(this.later.backoffMs(attempt)).then(async () => {
      this.waiting.delete(waited);
      if (this.latest.get(key) === req) await this.schedule(req, attempt + 1);
    });
    this.waiting.add(waited);
  }

  async stats(): Promise<{ running: number; pending: number; waiting: number; oldestMs?: number }> {
    const oldest = Math.min(...this.queuedAt.values());
    return { ...this.queue.stats(), waiting: this.waiting.size, oldestMs: Number.isFinite(oldest) ? Date.now() - oldest : undefined };
  }

  async pullRequests(): Promise<string[]> {
    return [...this.latest.keys()];
  }

  recurring(_name: string, everyMs: number, task: () => Promise<void>): void {
    const run = () => void task().catch(() => undefined);
    setTimeout(run, 1_000).unref();
    setInterval(run, everyMs).unref();
  }

  async idle(): Promise<void> {
    do {
      await this.queue.idle();
      await Promise.all([...this.waiting]);
    } while (this.waiting.size > 0 || this.queue.stats().running + this.queue.stats().pending > 0);
  }
}
