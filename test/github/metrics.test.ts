import nock from "nock";
import { OWNER, pullRequestEvent, setup } from "../helpers/github-fixtures.js";
import { nockFakeGitHub } from "../helpers/nock-fake-github.js";

afterEach(() => {
  nock.cleanAll();
  delete process.env.BOTTOMLINE_STATUS_TOKEN;
});

describe("GET /metrics", () => {
  it("counts reviews by outcome and conclusion, their duration, GitHub answers by status, and rate-limit waits per installation", async () => {
    let limited = false;
    nockFakeGitHub({
      override: (req) => {
        if (limited || req.method !== "POST" || !req.path.endsWith("/check-runs")) return undefined;
        limited = true;
        return { status: 403, body: { message: "You have exceeded a secondary rate limit." }, headers: { "retry-after": "5" } };
      },
    });
    const gh = await setup({ fake: true });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    const server = await gh.serve();
    try {
      const res = await fetch(`${server.url}/metrics`);
      expect(res.headers.get("content-type")).toContain("text/plain");
      const text = await res.text();
      expect(text).toContain('bottomline_reviews_total{outcome="published",conclusion="success"} 1');
      expect(text).toContain("bottomline_review_duration_seconds_count 1");
      expect(text).toMatch(/bottomline_github_requests_total\{status="200"\} \d+/);
      expect(text).toContain('bottomline_github_requests_total{status="403"} 1');
      expect(text).toContain('bottomline_rate_limit_waits_total{installation="1",reason="paused"} 1');
      expect(text).toContain('bottomline_rate_limit_wait_seconds_total{installation="1"} 5');
      expect(text).toContain('bottomline_queue_depth{state="waiting"} 0');
      expect(text).toContain("bottomline_queue_oldest_job_age_seconds 0");
      expect(text).toContain("bottomline_recovered_deliveries_total 0");
    } finally {
      await server.close();
    }
  });
});

describe("GET /bottomline/status", () => {
  it("names the pull requests under review only for a caller with the status token; others get counts", async () => {
    process.env.BOTTOMLINE_STATUS_TOKEN = "s3cret-token";
    nockFakeGitHub({ override: (req) => (req.path.includes("/files") ? { status: 200, body: [], delayMs: 400 } : undefined) });
    const gh = await setup({ fake: true });
    await gh.probot.receive({ id: "d", name: "pull_request", payload: pullRequestEvent("opened") } as any);
    const server = await gh.serve();
    try {
      const anonymous = await (await fetch(`${server.url}/bottomline/status`)).json();
      expect(anonymous).toMatchObject({ running: 1, pending: 0 });
      expect(JSON.stringify(anonymous)).not.toContain("Hello-World");
      const wrong: any = await (await fetch(`${server.url}/bottomline/status`, { headers: { authorization: "Bearer nope" } })).json();
      expect(wrong.pullRequests).toBeUndefined();
      const authorised: any = await (await fetch(`${server.url}/bottomline/status`, { headers: { authorization: "Bearer s3cret-token" } })).json();
      expect(authorised.pullRequests).toEqual([`${OWNER}/Hello-World#2`]);
    } finally {
      await gh.queue.idle();
      await server.close();
    }
  });
});

describe("logs", () => {
  it("every line of a review carries installation, repository, pull request, head and delivery id", async () => {
    nockFakeGitHub();
    const logs: string[] = [];
    const gh = await setup({ fake: true, logs });
    await gh.probot.receive({ id: "delivery-42", name: "pull_request", payload: pullRequestEvent("opened", { installation: 7 }) } as any);
    await gh.queue.idle();
    const done = logs.map((l) => JSON.parse(l)).find((l) => l.msg === "review done");
    expect(done).toMatchObject({ installation: 7, repo: `${OWNER}/Hello-World`, pr: 2, head: "aaaaaaa", delivery: "delivery-42", attempt: 1 });
  });
});
