import { jest } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { OWNER, postWebhook, pullRequestEvent } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";
import { redisReplica } from "../helpers/redis-replica.js";
import { startRedisServer } from "../helpers/redis-server.js";

jest.setTimeout(30_000);

afterEach(() => nock.cleanAll());

async function until(condition: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !(await condition())) await new Promise((r) => setTimeout(r, 50));
  expect(await condition()).toBe(true);
}

const messages = (logs: string[]) => logs.map((l) => JSON.parse(l) as { level: number; msg: string });

describe("Redis lost while a review runs (worker side)", () => {
  it("kill -9 of Redis mid-review: the review still publishes once, nothing is redone or lost once Redis is back, and the outage is logged once", async () => {
    // Redis with its append-only file, as docker-compose.yml runs it: restarted, it has the job back.
    const dir = mkdtempSync(join(tmpdir(), "bottomline-redis-"));
    let redis = await startRedisServer(undefined, { dir });
    const logs: string[] = [];
    const ran: number[] = [];
    let listings = 0;
    const fake = nockFakeGitHub({
      override: (req) => (req.path.includes("/files") && ++listings === 1 ? { status: 200, body: [], delayMs: 1_000 } : undefined),
    });
    const replica = await redisReplica(redis.url, "lost", {
      logs,
      onRun: (pr) => ran.push(pr),
      queuedCheckRun: true,
      bull: { lockMs: 1_000, stalledIntervalMs: 500 },
    });
    const served = await replica.serve();
    try {
      await replica.probot.receive({ id: "opened", name: "pull_request", payload: pullRequestEvent("opened") } as any);
      await until(() => listings === 1);
      await redis.stop(true);

      // GitHub is up: the review in flight finishes and publishes while Redis is down.
      await until(() => fake.checkRuns.length === 1 && fake.checkRuns[0].status === "completed");
      // A webhook meanwhile cannot be stored: refused (GitHub records a failed delivery), not acknowledged.
      const during = await postWebhook(served.url, "pull_request", JSON.stringify(pullRequestEvent("opened", { number: 3 })), { delivery: "during" });
      expect(during.status).toBeGreaterThanOrEqual(500);

      redis = await startRedisServer(redis.port, { dir });
      // BullMQ could not record the job's end: it finds the job again and settles it.
      await until(async () => {
        const stats = await replica.queue.stats().catch(() => undefined);
        return stats !== undefined && stats.running + stats.pending === 0;
      });
      expect(fake.reviews.get(`${OWNER}/Hello-World#2`)).toHaveLength(1);
      expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/pulls/2/reviews"))).toHaveLength(1);
      expect(fake.checkRuns).toHaveLength(1);
      expect(fake.checkRuns[0].status).toBe("completed");
      expect(ran.every((pr) => pr === 2)).toBe(true);

      const lines = messages(logs);
      expect(lines.filter((l) => l.msg.startsWith("Redis connection lost (review queue)"))).toHaveLength(1);
      expect(lines.some((l) => l.msg.startsWith("Redis connection is back"))).toBe(true);
      expect(lines.some((l) => l.msg.includes("keeps the write budget") && l.level === 40)).toBe(true);
      expect(lines.filter((l) => l.msg.startsWith("review failed"))).toEqual([]);
    } finally {
      await served.close();
      await replica.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
