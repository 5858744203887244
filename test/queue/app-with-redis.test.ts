import { jest } from "@jest/globals";
import { OWNER, pullRequestEvent } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";
import { redisReplica } from "../helpers/redis-replica.js";
import { sharedRedisPerSuite } from "../helpers/shared-redis.js";

jest.setTimeout(30_000);

const redis = sharedRedisPerSuite();

let n = 0;
/** A replica: its own Probot, Redis connections and worker, on the shared Redis. */
async function replicaOn(prefix: string) {
  const replica = await redisReplica(redis.url(), prefix);
  redis.afterTest(replica.close);
  return replica;
}

describe("the App with REDIS_URL: two replicas on one Redis", () => {
  it("the same delivery to both replicas at once posts one summary and one check run for each of 10 pull requests", async () => {
    const prefix = `app${++n}`;
    const fake = nockFakeGitHub();
    const [a, b] = [await replicaOn(prefix), await replicaOn(prefix)];
    const events = Array.from({ length: 10 }, (_, i) => pullRequestEvent("opened", { number: i + 1 }));
    await Promise.all(
      events.flatMap((payload, i) => [
        a.probot.receive({ id: `d${i}`, name: "pull_request", payload } as any),
        b.probot.receive({ id: `d${i}`, name: "pull_request", payload } as any),
      ]),
    );
    await a.queue.idle();
    for (let i = 1; i <= 10; i++) expect(fake.reviews.get(`${OWNER}/Hello-World#${i}`)).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(10);
  });

  it("`opened` on one replica, then `edited` on the other once the summary is up: one summary, updated in place", async () => {
    const prefix = `app${++n}`;
    const fake = nockFakeGitHub();
    const [a, b] = [await replicaOn(prefix), await replicaOn(prefix)];
    await a.probot.receive({ id: "o", name: "pull_request", payload: pullRequestEvent("opened") } as any);
    // Wait for the first summary: a fixed 500 ms was a race on a loaded machine, where the first review was
    // still running when the edit came, stopped as no longer current, and the edit's job posted the one summary
    // (correct, but then nothing is updated in place). A review overtaken mid-run is tested elsewhere.
    while ((fake.reviews.get(`${OWNER}/Hello-World#2`) ?? []).length === 0) await new Promise((r) => setTimeout(r, 50));
    const edited = { ...pullRequestEvent("edited", { title: "Better title (#1)", updatedAt: "2026-11-25T10:00:05Z" }), changes: { title: { from: "x" } } };
    await b.probot.receive({ id: "e", name: "pull_request", payload: edited } as any);
    await a.queue.idle();
    const reviews = fake.reviews.get(`${OWNER}/Hello-World#2`)!;
    expect(reviews).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === "POST" && r.path.endsWith("/pulls/2/reviews"))).toHaveLength(1);
    // The edit was reviewed too: the summary was updated in place, with the new input.
    expect(fake.requests.filter((r) => r.method === "PUT" && r.path.endsWith(`/pulls/2/reviews/${reviews[0].id}`))).toHaveLength(1);
  });
});
