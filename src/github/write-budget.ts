/**
 * A write budget per installation. GitHub's secondary limits apply per installation: at most 80
 * content-creating requests a minute and 500 an hour. Probot's throttling instead spaces every
 * write of the process 1 s apart (review POSTs 3 s) in one queue shared by all installations, so
 * one busy customer slowed every other. Here each installation has its own sliding windows, and a
 * secondary-limit answer pauses only the installation that got it. The store is pluggable: in
 * memory for one replica, Redis (src/queue/redis-budget-store.ts) so replicas share one budget.
 */
export interface RateWindow {
  ms: number;
  max: number;
}

export const GITHUB_WRITE_LIMITS: RateWindow[] = [
  { ms: 60_000, max: 80 },
  { ms: 3_600_000, max: 500 },
];

export interface BudgetStore {
  /** Records one write for `key` when every window has room and no pause is on; else the ms to wait (nothing recorded). */
  tryTake(key: string, windows: RateWindow[]): Promise<number>;
  /** Ms left on a pause (a secondary-limit answer), 0 when none. Reads only wait for this. */
  pausedFor(key: string): Promise<number>;
  /** Pauses every request of `key` for `ms`. */
  pause(key: string, ms: number): Promise<void>;
}

export class InMemoryBudgetStore implements BudgetStore {
  private readonly times = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async tryTake(key: string, windows: RateWindow[]): Promise<number> {
    const now = this.now();
    const paused = await this.pausedFor(key);
    if (paused > 0) return paused;
    const longest = Math.max(...windows.map((w) => w.ms));
    const times = (this.times.get(key) ?? []).filter((t) => t > now - longest);
    const wait = Math.max(0, ...windows.map((w) => windowWait(times, w, now)));
    if (wait === 0) times.push(now);
    this.times.set(key, times);
    return wait;
  }

  async pausedFor(key: string): Promise<number> {
    return Math.max(0, (this.pausedUntil.get(key) ?? 0) - this.now());
  }

  async pause(key: string, ms: number): Promise<void> {
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, this.now() + ms));
  }
}

/** Ms until one more write fits in `w`, given ascending write times. */
function windowWait(times: number[], w: RateWindow, now: number): number {
  const inWindow = times.filter((t) => t > now - w.ms);
  if (inWindow.length < w.max) return 0;
  return inWindow[inWindow.length - w.max] + w.ms - now + 1;
}

export interface WriteBudgetOptions {
  windows?: RateWindow[];
  /** Abortable sleep; tests pass one they control. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called each time an installation has to wait (metrics, logs). */
  onWait?: (installation: number, ms: number, reason: "budget" | "paused") => void;
}

export class WriteBudget {
  private readonly windows: RateWindow[];
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(
    private readonly store: BudgetStore = new InMemoryBudgetStore(),
    private readonly options: WriteBudgetOptions = {},
  ) {
    this.windows = options.windows ?? GITHUB_WRITE_LIMITS;
    this.sleep = options.sleep ?? abortableSleep;
  }

  /** Also tell `listener` about every wait (metrics). */
  listen(listener: NonNullable<WriteBudgetOptions["onWait"]>): void {
    const previous = this.options.onWait;
    this.options.onWait = (i, ms, reason) => {
      previous?.(i, ms, reason);
      listener(i, ms, reason);
    };
  }

  /** Waits until this installation may send a request: a write takes a slot, a read only waits out a pause. */
  async acquire(installation: number, write: boolean, signal?: AbortSignal): Promise<void> {
    const key = String(installation);
    for (;;) {
      signal?.throwIfAborted();
      const wait = write ? await this.store.tryTake(key, this.windows) : await this.store.pausedFor(key);
      if (wait <= 0) return;
      const reason = !write || (await this.store.pausedFor(key)) > 0 ? "paused" : "budget";
      this.options.onWait?.(installation, wait, reason);
      await this.sleep(wait, signal);
    }
  }

  /** A secondary-limit answer: this installation, and only this one, waits `ms`. */
  pause(installation: number, ms: number): Promise<void> {
    return this.store.pause(String(installation), ms);
  }
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
