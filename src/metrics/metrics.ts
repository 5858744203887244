import { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface QueueStats {
  running: number;
  pending: number;
  oldestMs?: number;
}

/**
 * The App's Prometheus metrics, on its own registry (several apps in one test process must not
 * share counters). `GET /metrics` serves `registry.metrics()`.
 */
export class BottomlineMetrics {
  readonly registry = new Registry();
  private readonly reviews = new Counter({
    name: "bottomline_reviews_total",
    help: "Reviews finished, by outcome (published, duplicate, stale, superseded, draft, config-error, failed, retry) and check conclusion",
    labelNames: ["outcome", "conclusion"],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: "bottomline_review_duration_seconds",
    help: "Time from a review attempt's start to its end",
    buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly requests = new Counter({
    name: "bottomline_github_requests_total",
    help: "GitHub API requests by answer status; 'network' when no answer came (DNS, refused, timeout)",
    labelNames: ["status"],
    registers: [this.registry],
  });
  private readonly waits = new Counter({
    name: "bottomline_rate_limit_waits_total",
    help: "Times an installation waited for its write budget or a rate-limit pause",
    labelNames: ["installation", "reason"],
    registers: [this.registry],
  });
  private readonly waitSeconds = new Counter({
    name: "bottomline_rate_limit_wait_seconds_total",
    help: "Seconds installations were told to wait for their write budget or a rate-limit pause",
    labelNames: ["installation"],
    registers: [this.registry],
  });
  readonly recovered = new Counter({
    name: "bottomline_recovered_deliveries_total",
    help: "Failed webhook deliveries that Bottomline asked GitHub to redeliver",
    registers: [this.registry],
  });

  constructor(queue?: () => Promise<QueueStats>) {
    if (!queue) return;
    // Queue gauges are read when Prometheus scrapes, from the queue itself (Redis when shared).
    let last: Promise<QueueStats> | undefined;
    const read = () => (last ??= queue().finally(() => setTimeout(() => (last = undefined), 100).unref()));
    new Gauge({
      name: "bottomline_queue_depth",
      help: "Reviews waiting (queued or delayed) and running",
      labelNames: ["state"],
      registers: [this.registry],
      async collect() {
        const s = await read();
        this.set({ state: "waiting" }, s.pending);
        this.set({ state: "running" }, s.running);
      },
    });
    new Gauge({
      name: "bottomline_queue_oldest_job_age_seconds",
      help: "Age of the oldest review waiting in the queue (0 when none)",
      registers: [this.registry],
      async collect() {
        this.set(((await read()).oldestMs ?? 0) / 1000);
      },
    });
  }

  review(outcome: string, conclusion: string | undefined, seconds: number): void {
    this.reviews.inc({ outcome, conclusion: conclusion ?? "none" });
    this.duration.observe(seconds);
  }

  request(status: number | "network"): void {
    this.requests.inc({ status: String(status) });
  }

  waited(installation: number, ms: number, reason: string): void {
    this.waits.inc({ installation: String(installation), reason });
    this.waitSeconds.inc({ installation: String(installation) }, ms / 1000);
  }
}
