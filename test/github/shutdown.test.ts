import nock from "nock";
import { Shutdown } from "../../src/github/shutdown.js";
import { OWNER, postWebhook, pullRequestEvent, setup } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";

afterEach(() => nock.cleanAll());

describe("SIGTERM", () => {
  it("while draining, webhooks get 503 (GitHub records a failed delivery, which is redelivered) and nothing is queued", async () => {
    const fake = nockFakeGitHub();
    const shutdown = new Shutdown();
    const gh = await setup({ fake: true, bottomline: { shutdown } });
    const server = await gh.serve();
    try {
      shutdown.stopAccepting();
      const res = await postWebhook(server.url, "pull_request", JSON.stringify(pullRequestEvent("opened")));
      expect(res.status).toBe(503);
      expect(res.text).toContain("shutting down");
      expect((await gh.queue.stats()).pending + (await gh.queue.stats()).running).toBe(0);
      expect(fake.requests).toEqual([]);
      // Operators can still look at it.
      expect((await fetch(`${server.url}/bottomline/status`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("a review still running when the drain time is up is stopped and its check run says why, never left in progress", async () => {
    const fake = nockFakeGitHub({ override: (req) => (req.path.includes("/files") ? { status: 200, body: [], delayMs: 5_000 } : undefined) });
    const shutdown = new Shutdown();
    const gh = await setup({ fake: true, bottomline: { shutdown, queuedCheckRun: true, retryLater: { attempts: 1 } } });
    await gh.probot.receive({ id: "d", name: "pull_request", payload: pullRequestEvent("opened") } as any);
    for (let i = 0; i < 100 && !fake.requests.some((r) => r.path.includes("/files")); i++) await new Promise((r) => setTimeout(r, 10));
    shutdown.stopAccepting();
    shutdown.abortReviews();
    await gh.queue.idle();
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    const report = fake.requests.filter((r) => r.method === "PATCH").pop()!;
    expect(report.body.output.summary).toContain("the App was restarting before the review finished");
    expect(fake.reviews.get(`${OWNER}/Hello-World#2`) ?? []).toEqual([]);
  });
});
