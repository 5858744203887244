import { jest } from "@jest/globals";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { ReviewRequest, RunReview } from "../../src/github/review-scheduler.js";
import type { ReviewOutcome } from "../../src/github/review-pull-request.js";
import { BullScheduler, type BullSchedulerOptions } from "../../src/queue/bull-scheduler.js";
import { connectRedis } from "../../src/queue/redis-connection.js";
import { freePort, startRedisServer, type RedisServer } from "../helpers/redis-server.js";

jest.setTimeout(30_000);

let server: RedisServer;
const opened: Array<{ close: () => Promise<void> | void }> = [];

beforeAll(async () => {
  server = await startRedisServer();
});

afterEach(async () => {
  for (const o of opened.splice(0).reverse()) await o.close();
});

afterAll(async () => {
  await server.stop();
});

let prefixes = 0;
function replica(run: RunReview, over: Partial<BullSchedulerOptions> & { prefix: string }): BullScheduler {
  const connection = new Redis(server.url, { maxRetriesPerRequest: 1 });
  connection.on("error", () => undefined);
  const scheduler = new BullScheduler({ connection, concurrency: 2, run, backoffMs: 50, ...over });
  opened.push({ close: () => scheduler.close().then(() => connection.disconnect()) });
  return scheduler;
}

function request(over: { number?: number; head?: string; updatedAt?: string; installation?: number; rerun?: boolean; delivery?: string } = {}): ReviewRequest {
  return {
    installationId: over.installation ?? 1,
    delivery: over.delivery ?? "d1",
    rerun: over.rerun ?? false,
    pr: {
      owner: "o",
      repo: "r",
      number: over.number ?? 1,
      headSha: over.head ?? "a".repeat(40),
      baseSha: "b".repeat(40),
      title: "t",
      body: "",
      labels: [],
      draft: false,
      updatedAt: over.updatedAt ?? "2026-11-25T10:00:00Z",
      commits: 1,
      changedFiles: 1,
      fromFork: false,
    },
  };
}

function recorder(outcome: (req: ReviewRequest, attempt: number) => ReviewOutcome | Promise<ReviewOutcome> = () => "published") {
  const runs: Array<{ pr: number; head: string; installation: number; attempt: number }> = [];
  const run: RunReview = async (req, _isCurrent, attempt) => {
    runs.push({ pr: req.pr.number, head: req.pr.headSha, installation: req.installationId, attempt });
    return outcome(req, attempt);
  };
  return { runs, run };
}

const prefix = () => `t${++prefixes}-${process.pid}`;

describe("BullScheduler on a real redis-server", () => {
  it("a redelivered webhook makes no second job", async () => {
    const { runs, run } = recorder();
    const q = replica(run, { prefix: prefix() });
    await q.schedule(request());
    await q.schedule(request({ delivery: "d1-redelivered" }));
    q.startWorker();
    await q.idle();
    expect(runs).toHaveLength(1);
  });

  it("the same event delivered to two replicas at once makes one review", async () => {
    const p = prefix();
    const { runs, run } = recorder();
    const a = replica(run, { prefix: p });
    const b = replica(run, { prefix: p });
    a.startWorker();
    b.startWorker();
    await Promise.all(Array.from({ length: 10 }, (_, i) => [a.schedule(request({ number: i + 1 })), b.schedule(request({ number: i + 1 }))]).flat());
    await a.idle();
    expect(runs.map((r) => r.pr).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("a newer head supersedes the queued job of an older one; an older event never replaces a newer one", async () => {
    const { runs, run } = recorder();
    const q = replica(run, { prefix: prefix() });
    await q.schedule(request({ head: "1".repeat(40), updatedAt: "2026-11-25T10:00:00Z" }));
    await q.schedule(request({ head: "2".repeat(40), updatedAt: "2026-11-25T10:01:00Z" }));
    await q.schedule(request({ head: "1".repeat(40), updatedAt: "2026-11-25T10:00:00Z", delivery: "late" }));
    q.startWorker();
    await q.idle();
    expect(runs.map((r) => r.head)).toEqual(["2".repeat(40)]);
  });

  it("queued jobs survive the replica: another one started later reviews them all", async () => {
    const p = prefix();
    const first = recorder();
    const a = replica(first.run, { prefix: p });
    for (let i = 1; i <= 3; i++) await a.schedule(request({ number: i }));
    await a.close(); // gone before any worker ran (a crash between ack and review)
    const second = recorder();
    const b = replica(second.run, { prefix: p });
    b.startWorker();
    await b.idle();
    expect(first.runs).toEqual([]);
    expect(second.runs.map((r) => r.pr).sort()).toEqual([1, 2, 3]);
  });

  it("a job whose replica was killed (kill -9) mid-review is picked up again by another replica", async () => {
    const p = prefix();
    const producer = replica(async () => "published", { prefix: p });
    await producer.schedule(request({ number: 7 }));
    // Another process takes the job and is killed while reviewing it.
    const child = spawn(process.execPath, ["--input-type=module", "-e", hangingWorker(server.port, p)], {
      cwd: join(import.meta.dirname, "..", ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => child.stdout!.on("data", (d) => String(d).includes("started") && resolve()));
    child.kill("SIGKILL");
    const { runs, run } = recorder();
    const survivor = replica(run, { prefix: p, lockMs: 500, stalledIntervalMs: 300 });
    survivor.startWorker();
    await survivor.idle();
    expect(runs.map((r) => r.pr)).toEqual([7]);
  });

  it("installations take turns: one with many pull requests does not starve another", async () => {
    const { runs, run } = recorder();
    const q = replica(run, { prefix: prefix(), concurrency: 1 });
    for (let i = 1; i <= 6; i++) await q.schedule(request({ installation: 1, number: i }));
    for (let i = 1; i <= 2; i++) await q.schedule(request({ installation: 2, number: 100 + i }));
    q.startWorker();
    await q.idle();
    expect(runs.map((r) => r.installation)).toEqual([1, 2, 1, 2, 1, 1, 1, 1]);
  });

  it("two jobs for one head never run at once (lease): the second waits for the first", async () => {
    const p = prefix();
    let inFlight = 0;
    let peak = 0;
    const order: string[] = [];
    const run: RunReview = async (req) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      order.push(req.pr.updatedAt);
      await new Promise((r) => setTimeout(r, 300));
      inFlight--;
      return "published";
    };
    const a = replica(run, { prefix: p });
    const b = replica(run, { prefix: p });
    a.startWorker();
    b.startWorker();
    await a.schedule(request({ updatedAt: "2026-11-25T10:00:00Z" })); // opened, on replica a
    await new Promise((r) => setTimeout(r, 50));
    await b.schedule(request({ updatedAt: "2026-11-25T10:00:01Z", delivery: "edited" })); // edited, on b
    await a.idle();
    expect(peak).toBe(1);
    expect(order).toEqual(["2026-11-25T10:00:00Z", "2026-11-25T10:00:01Z"]);
  });

  it("a review stopped by an outage is retried with backoff", async () => {
    const { runs, run } = recorder((_req, attempt) => (attempt === 1 ? "retry" : "published"));
    const q = replica(run, { prefix: prefix() });
    q.startWorker();
    await q.schedule(request());
    await q.idle();
    expect(runs.map((r) => r.attempt)).toEqual([1, 2]);
  });

  it("Redis lost mid-run: scheduling fails with an error (the webhook is not acknowledged), and works again once Redis is back", async () => {
    const own = await startRedisServer();
    const connection = new Redis(own.url, { maxRetriesPerRequest: 1 });
    connection.on("error", () => undefined);
    const { runs, run } = recorder();
    const q = new BullScheduler({ connection, concurrency: 1, run, prefix: prefix() });
    await q.schedule(request({ number: 1 }));
    await own.stop(true);
    await expect(q.schedule(request({ number: 2 }))).rejects.toThrow();
    const again = await startRedisServer(own.port);
    await q.schedule(request({ number: 3 }));
    q.startWorker();
    await q.idle();
    // Redis was restarted empty (no persistence here): the job stored before it died is gone with
    // it; the one after it is reviewed. With persistence (docker-compose.yml) both survive.
    expect(runs.map((r) => r.pr)).toEqual([3]);
    await q.close();
    connection.disconnect();
    await again.stop();
  });
});

describe("recurring tasks (delivery recovery) with Redis", () => {
  it("run on one replica per turn, not on every replica", async () => {
    const p = prefix();
    const runs: string[] = [];
    const a = replica(async () => "published", { prefix: p });
    const b = replica(async () => "published", { prefix: p });
    a.recurring("recover-deliveries", 250, async () => void runs.push("a"));
    b.recurring("recover-deliveries", 250, async () => void runs.push("b"));
    a.startWorker();
    b.startWorker();
    await new Promise((r) => setTimeout(r, 1_100));
    // About 4 turns in 1.1 s: one schedule in Redis, each turn taken by one replica (every
    // replica on its own timer would make about 8).
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(6);
    await a.queue.removeJobScheduler("recover-deliveries");
  });
});

describe("Redis unavailable at start", () => {
  it("fails fast with a message that says what to do", async () => {
    const port = await freePort();
    await expect(connectRedis(`redis://user:secret@127.0.0.1:${port}`)).rejects.toThrow(
      new RegExp(
        `REDIS_URL is set but Redis at redis://user:\\*\\*\\*@127.0.0.1:${port}/? cannot be reached .*unset REDIS_URL to run with the in-memory queue`,
      ),
    );
  });
});

/** A BullMQ worker in its own process that takes one job and never finishes it. */
function hangingWorker(port: number, prefix: string): string {
  return `import { Worker } from "bullmq";
new Worker("reviews", async () => { console.log("started"); await new Promise(() => {}); },
  { connection: { host: "127.0.0.1", port: ${port}, maxRetriesPerRequest: null }, prefix: ${JSON.stringify(prefix)}, lockDuration: 500, stalledInterval: 300 });`;
}
