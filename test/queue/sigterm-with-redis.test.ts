import { jest } from "@jest/globals";
import { drainReplica, Shutdown } from "../../src/github/shutdown.js";
import type { FakeGitHub } from "../../bench/load-fake-github.js";
import { OWNER, postWebhook, pullRequestEvent } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";
import { redisReplica } from "../helpers/redis-replica.js";
import { sharedRedisPerSuite } from "../helpers/shared-redis.js";

jest.setTimeout(30_000);

const redis = sharedRedisPerSuite();

let n = 0;
const PR = `${OWNER}/Hello-World#2`;
const quiet = { info: () => undefined, warn: () => undefined };

/** The fake GitHub, whose first file listing answers after `firstListingMs` (a review in flight). */
function slowFirstListing(firstListingMs: number): FakeGitHub {
  let listings = 0;
  return nockFakeGitHub({
    override: (req) => (req.path.includes("/files") && ++listings === 1 ? { status: 200, body: [], delayMs: firstListingMs } : undefined),
  });
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

/** Replica A takes the review and gets SIGTERM while it runs; replica B is alive on the same Redis. */
async function sigtermWhileReviewing(firstListingMs: number, abortAfterMs: number) {
  const prefix = `sigterm${++n}`;
  const fake = slowFirstListing(firstListingMs);
  const ran: string[] = [];
  const shutdown = new Shutdown();
  const a = await redisReplica(redis.url(), prefix, { shutdown, onRun: () => ran.push("a"), queuedCheckRun: true });
  redis.afterTest(a.close);
  const served = await a.serve();
  redis.afterTest(served.close);
  await a.probot.receive({ id: "opened", name: "pull_request", payload: pullRequestEvent("opened") } as any);
  await until(() => fake.requests.some((r) => r.path.includes("/files")));
  // B starts only now, so the review is A's; B takes what A returns to the queue.
  const b = await redisReplica(redis.url(), prefix, { onRun: () => ran.push("b"), bull: { backoffMs: 50 } });
  redis.afterTest(b.close);

  const drained = drainReplica(a.queue, shutdown, { abortAfterMs, graceMs: 5_000 }, quiet);
  const during = await postWebhook(served.url, "pull_request", JSON.stringify(pullRequestEvent("synchronize", { head: "c".repeat(40) })), {
    delivery: "during-drain",
  });
  await drained;
  await b.queue.idle();
  return { fake, ran, during };
}

describe("SIGTERM with a review running, with REDIS_URL", () => {
  it("a review that outlasts the drain goes back to the queue; another replica finishes it: one summary, a completed check, 503 meanwhile", async () => {
    const { fake, ran, during } = await sigtermWhileReviewing(3_000, 200);
    expect(during.status).toBe(503);
    expect(ran).toEqual(["a", "b"]);
    expect(fake.reviews.get(PR)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/pulls/2/reviews"))).toHaveLength(1);
    // One check run for the head, completed by B with the review's conclusion (not A's "restarting").
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ status: "completed", conclusion: expect.not.stringMatching(/^(failure|cancelled)$/) });
    const last = fake.requests.filter((r) => r.method === "PATCH" && /check-runs/.test(r.path)).pop()!;
    expect(last.body.output.summary).not.toContain("restarting");
  });

  it("a review that ends within the drain is finished by the stopping replica; nobody runs it again", async () => {
    const { fake, ran, during } = await sigtermWhileReviewing(500, 10_000);
    expect(during.status).toBe(503);
    expect(ran).toEqual(["a"]);
    expect(fake.reviews.get(PR)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0].status).toBe("completed");
  });
});
