import nock from "nock";
import { commitsList, configFile, filesList, graphqlIssues, pullRequestEvent, REPO_PATH, reviewsList, setup, token } from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

const HEAD = "a".repeat(40);
const dnsFailure = { code: "ENOTFOUND", hostname: "api.github.com", message: "getaddrinfo ENOTFOUND api.github.com" };

function recordChecks(gh: Awaited<ReturnType<typeof setup>>, status = 201) {
  const checks: any[] = [];
  gh.scope
    .post(`${REPO_PATH}/check-runs`)
    .times(20)
    .reply(status, (_u, b) => (checks.push(b), { id: checks.length }));
  return checks;
}

describe("deadlines instead of hangs", () => {
  it("a request that never answers times out, and the failure is named as a timeout, not as an answer", async () => {
    const gh = await setup({ bottomline: { requestTimeoutMs: 100, retryLater: { attempts: 1 } } });
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    gh.scope.get(`${REPO_PATH}/pulls/2/files`).query(true).times(6).delay(5_000).reply(200, []);
    const checks = recordChecks(gh);

    await gh.deliver("pull_request", pullRequestEvent("opened"));

    expect(gh.sleeps).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe("failure");
    expect(checks[0].output.summary).toContain("could not reach GitHub while reading the pull request's files: no answer within the request timeout");
    expect(checks[0].output.summary).not.toContain("GitHub answered");
  });

  it("a DNS failure is named as one; the review is tried again later and completes once GitHub answers", async () => {
    const gh = await setup({ bottomline: { retryLater: { attempts: 2, backoffMs: () => 60_000 } } });
    token(gh.scope);
    configFile(gh.scope, "{}");
    gh.scope.get(`${REPO_PATH}/pulls/2/commits`).query(true).times(6).replyWithError(dnsFailure);
    gh.scope.get(`${REPO_PATH}/pulls/2/files`).query(true).reply(200, []);
    const checks = recordChecks(gh);
    // The second attempt, a minute later: GitHub answers again.
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 1 }));

    await gh.deliver("pull_request", pullRequestEvent("opened"));

    expect(checks.map((c) => c.conclusion)).toEqual(["failure", "success"]);
    expect(checks[0].output.summary).toContain(
      "could not reach GitHub while reading the pull request's commits: DNS lookup failed for api.github.com (ENOTFOUND)",
    );
    expect(checks[0].output.summary).not.toContain("GitHub answered 500");
    expect(gh.sleeps).toContain(60_000);
    expect(review.body).toContain("Bottomline");
  });

  it("a persistent 502 on check creation: one retry layer (6 tries, then 2 to report), a bounded number of attempts", async () => {
    const gh = await setup({ bottomline: { retryLater: { attempts: 2, backoffMs: () => 60_000 } } });
    const checkPosts = () => gh.requests.filter((r) => r.method === "POST" && r.path.endsWith("/check-runs")).length;
    token(gh.scope);
    for (let i = 0; i < 2; i++) {
      configFile(gh.scope, "{}");
      commitsList(gh.scope, [HEAD]);
      filesList(gh.scope, []);
      graphqlIssues(gh.scope);
      reviewsList(gh.scope, []);
    }
    gh.scope.post(`${REPO_PATH}/check-runs`).times(100).reply(502, "Bad Gateway");

    await gh.deliver("pull_request", pullRequestEvent("opened"));

    // Per attempt: 6 tries of the check run (our layer only; Octokit's retry plugin is off),
    // then 2 tries of the failure report. Two attempts in all, a minute apart.
    expect(checkPosts()).toBe(16);
    expect(gh.sleeps.filter((ms) => ms === 60_000)).toHaveLength(1);
  });

  it("past the review's deadline, requests in flight are aborted, the slot is freed and the check says why", async () => {
    const gh = await setup({ bottomline: { deadlineMs: 300, requestTimeoutMs: 10_000, retryLater: { attempts: 1 } } });
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    gh.scope.get(`${REPO_PATH}/pulls/2/files`).query(true).delay(8_000).reply(200, []);
    const checks = recordChecks(gh);

    await gh.deliver("pull_request", pullRequestEvent("opened"));

    expect(await gh.queue.stats()).toMatchObject({ running: 0, pending: 0 });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(checks[0].output.summary).toContain("stopped while reading the pull request's files: the review did not finish within its deadline of 0.3 s");
  });
});
