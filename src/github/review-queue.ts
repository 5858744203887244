/**
 * Runs reviews in the background, at most `concurrency` at a time. Jobs share a key per pull
 * request: a newer job replaces a queued older one, and a running older one learns through
 * `isCurrent()` that it has been superseded, so it stops before its next write.
 *
 * Fair turns: each job belongs to a group (the installation). A free slot goes to the oldest job
 * of the group served longest ago (a group never served goes first), so one installation with 50
 * queued pull requests takes every other turn, not the next 50, as in the Redis queue.
 */
export type Job = (isCurrent: () => boolean) => Promise<void>;

export class ReviewQueue {
  private running = 0;
  private readonly pending: Array<{ key: string; job: Job; generation: number; group: string }> = [];
  /** The turn at which each group last got a slot; groups drop out once they have nothing queued or running. */
  private readonly lastTurn = new Map<string, number>();
  private turns = 0;
  private readonly generations = new Map<string, number>();
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new Error(`review concurrency must be a whole number ≥ 1 (got ${concurrency}); check BOTTOMLINE_CONCURRENCY`);
  }

  /** `group` (the installation) is what takes turns; jobs without one share a single group. */
  enqueue(key: string, job: Job, group = ""): void {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const queued = this.pending.findIndex((p) => p.key === key);
    if (queued !== -1) this.pending.splice(queued, 1);
    this.pending.push({ key, job, generation, group });
    this.pump();
  }

  stats(): { running: number; pending: number } {
    return { running: this.running, pending: this.pending.length };
  }

  /** Resolves when nothing is running or queued (tests, graceful shutdown). */
  idle(): Promise<void> {
    if (this.running === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Index in `pending` of the job whose group's turn it is (FIFO within a group). */
  private nextTurn(): number {
    let best = 0;
    let bestTurn = Infinity;
    for (let i = 0; i < this.pending.length; i++) {
      const turn = this.lastTurn.get(this.pending[i].group) ?? -1;
      if (turn < bestTurn) [best, bestTurn] = [i, turn];
    }
    this.lastTurn.set(this.pending[best].group, ++this.turns);
    return best;
  }

  private pump(): void {
    while (this.running < this.concurrency && this.pending.length > 0) {
      const { key, job, generation } = this.pending.splice(this.nextTurn(), 1)[0];
      this.running++;
      const isCurrent = () => this.generations.get(key) === generation;
      // Jobs handle and report their own errors; this catch only keeps the queue alive.
      job(isCurrent)
        .catch(() => undefined)
        .finally(() => {
          this.running--;
          if (this.generations.get(key) === generation && !this.pending.some((p) => p.key === key)) this.generations.delete(key);
          this.pump();
          if (this.running === 0 && this.pending.length === 0) {
            this.lastTurn.clear();
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            waiters.forEach((w) => w());
          }
        });
    }
  }
}
