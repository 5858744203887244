import { jest } from "@jest/globals";
import nock from "nock";
import {
  checkRunRerequestedEvent,
  commitsList,
  configFile,
  graphqlIssues,
  fileTree,
  filesList,
  LONG,
  patchAdding,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  setup,
  token,
  writes,
} from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

// Thousands of files through the whole review: a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

const HEAD = "a".repeat(40);

function happyTail(gh: Awaited<ReturnType<typeof setup>>) {
  const seen: { check?: any; review?: any } = {};
  graphqlIssues(gh.scope);
  // A repository with tests: tests-required asks nothing of a project that has none.
  fileTree(gh.scope, ["test/app.test.ts"]);
  reviewsList(gh.scope, []);
  gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((seen.check = b), { id: 1 }));
  gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((seen.review = b), { id: 1 }));
  return seen;
}

describe("invalid config", () => {
  it("fails the check visibly, annotating each error on its line in .github/rules.yml", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  max-line-lenght: warning\n  max-line-length: loud\n");
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(check).toMatchObject({ name: "Bottomline", head_sha: HEAD, conclusion: "failure", output: { title: "Invalid .github/rules.yml" } });
    expect(check.output.annotations).toEqual([
      {
        path: ".github/rules.yml",
        start_line: 2,
        end_line: 2,
        annotation_level: "failure",
        title: "Invalid configuration",
        message: 'unknown rule "max-line-lenght". Did you mean "max-line-length"?',
      },
      expect.objectContaining({
        path: ".github/rules.yml",
        start_line: 3,
        message: expect.stringContaining("severity must be off, notice, warning or failure"),
      }),
    ]);
    expect(check.output.summary).toContain("bottomline validate .github/rules.yml");
    expect(nock.isDone()).toBe(true);
  });

  it("reports invalid YAML too", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules: [\n");
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(check.conclusion).toBe("failure");
    expect(check.output.annotations[0].message).toMatch(/^invalid YAML/);
  });
});

describe("large and unusual pull requests", () => {
  it("says exactly what was not reviewed when GitHub's 3,000-file cap is hit", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    for (let page = 1; page <= 30; page++) {
      const files = Array.from({ length: 100 }, (_, i) => ({
        // One folder each: tests-required groups the untested files of one folder into one finding.
        filename: `m${page}-${i}/f${page}-${i}.ts`,
        status: "modified",
        additions: 3,
        deletions: 0,
        changes: 3,
        // Three lines of code each, one a new exported function that decides: tests-required counts min_changed_lines
        // per file and asks only where a change adds behaviour (new code that decides nothing is not asked about).
        patch: "@@ -1,0 +1,3 @@\n+export function f(x) { return x > 0 ? x : 0; }\n+b = 2\n+c = 3",
      }));
      const next: Record<string, string> =
        page < 30 ? { link: `<https://api.github.com${REPO_PATH}/pulls/2/files?per_page=100&page=${page + 1}>; rel="next"` } : {};
      gh.scope
        .get(`${REPO_PATH}/pulls/2/files`)
        .query(page === 1 ? { per_page: "100" } : { per_page: "100", page: String(page) })
        .reply(200, files, next);
    }
    const seen = happyTail(gh);
    // 3,000 untested source files: 1,000 annotations (the default budget), 50 per request.
    gh.scope.patch(`${REPO_PATH}/check-runs/1`).times(19).reply(200, { id: 1 });
    await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 3500 }));
    expect(seen.review.body).toContain("Reviewed 3000 files");
    expect(seen.review.body).toContain("### ⚠️ Not reviewed");
    expect(seen.review.body).toContain("500 of 3500 changed files were not reviewed");
    expect(seen.check.output.summary).toContain("500 of 3500 changed files were not reviewed");
    expect(seen.review.body).toContain("2,000 more findings are not annotated on the diff");
    expect(nock.isDone()).toBe(true);
  });

  it("lists files GitHub sent without a patch, and binary files", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, [
      { filename: "huge.ts", additions: 40000, deletions: 0 },
      { filename: "logo.png", additions: 0, deletions: 0 },
      { filename: "bad.ts", patch: "@@ nonsense @@\n+x" },
    ]);
    const seen = happyTail(gh);
    await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 3 }));
    expect(seen.review.body).toContain("`huge.ts`: GitHub omits the diff of very large files; its 40000 added lines were not reviewed");
    expect(seen.review.body).toContain("`logo.png`: binary file");
    expect(seen.review.body).toContain("`bad.ts`: GitHub's diff for this file could not be fully read");
  });

  it("reviews a fork's pull request through the base repository", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules: { max-line-length: { severity: failure, default_max: 120 } }");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, [{ filename: "a.ts", patch: patchAdding([LONG]) }]);
    const seen = happyTail(gh);
    await gh.deliver("pull_request", pullRequestEvent("opened", { forkOwner: "contributor" }));
    expect(gh.requests.every((r) => r.path.startsWith(REPO_PATH) || r.path.startsWith("/app/") || r.path === "/graphql")).toBe(true);
    expect(seen.check.conclusion).toBe("failure");
    expect(seen.review.comments).toHaveLength(1);
  });

  it("skips a draft unless the config asks for drafts", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    await gh.deliver("pull_request", pullRequestEvent("opened", { draft: true }));
    expect(writes(gh.requests).map((r) => r.path)).toEqual(["/app/installations/1/access_tokens"]);

    configFile(gh.scope, "review: { drafts: true }");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    const seen = happyTail(gh);
    await gh.deliver("pull_request", pullRequestEvent("opened", { draft: true }));
    expect(seen.review).toBeDefined();
  });
});

describe("GitHub errors", () => {
  it("a 422 on the inline comments still posts the review, listing the findings in the summary", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules: { max-line-length: { severity: warning, default_max: 120 } }");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, [{ filename: "a.ts", patch: patchAdding([LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(422, { message: "Unprocessable Entity", errors: ["Line could not be resolved"] });
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 9 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(review.comments).toBeUndefined();
    expect(review.body).toContain("`a.ts:1`");
    expect(review.body).not.toContain("posted as inline comments");
    expect(nock.isDone()).toBe(true);
  });

  it("retries 5xx with backoff and loses nothing", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    gh.scope.get(`${REPO_PATH}/pulls/2/files`).query(true).reply(502, "Bad Gateway");
    gh.scope.get(`${REPO_PATH}/pulls/2/files`).query(true).reply(503, "Unavailable");
    filesList(gh.scope, []);
    const seen = happyTail(gh);
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(gh.sleeps).toEqual([1000, 2000]);
    expect(seen.review).toBeDefined();
  });

  it("waits for the reset on a primary rate limit on a read", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    const reset = Math.floor(Date.parse("2026-11-25T10:00:30Z") / 1000);
    gh.scope
      .get(`${REPO_PATH}/pulls/2/commits`)
      .query(true)
      .reply(403, { message: "API rate limit exceeded" }, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) });
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    const seen = happyTail(gh);
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(gh.sleeps).toEqual([31_000]);
    expect(seen.review).toBeDefined();
  });

  it("waits retry-after on a secondary rate limit when posting the review, then posts it", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(403, { message: "You have exceeded a secondary rate limit." }, { "retry-after": "7" });
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(gh.sleeps).toEqual([7000]);
    expect(review.body).toContain("Bottomline");
    expect(nock.isDone()).toBe(true);
  });

  it("when GitHub keeps failing, fails the check with the reason instead of going silent", async () => {
    const gh = await setup({ bottomline: { retryLater: { attempts: 1 } } });
    token(gh.scope);
    configFile(gh.scope, "{}");
    gh.scope.get(`${REPO_PATH}/pulls/2/commits`).query(true).times(6).reply(500, { message: "boom" });
    filesList(gh.scope, []);
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(check.conclusion).toBe("failure");
    expect(check.output.title).toBe("Bottomline could not complete the review");
    expect(check.output.summary).toContain("GitHub answered 500 while reading the pull request's commits (a problem on GitHub's side).");
    // Written for users: no internal API URL, no raw response text.
    expect(check.output.summary).not.toMatch(/https?:|api\.github|boom/);
    expect(check.output.summary).toContain("Re-run");
  });

  it("a plain 403 (missing permission) is not retried", async () => {
    const gh = await setup();
    token(gh.scope);
    gh.scope.get(/contents/).reply(403, { message: "Resource not accessible by integration" });
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(gh.sleeps).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });
});

describe("check_run.rerequested", () => {
  it("re-reviews the pull request and posts a fresh check run even for the same input", async () => {
    const gh = await setup();
    token(gh.scope);
    gh.scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullRequestEvent("opened").pull_request);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    const seen = happyTail(gh);
    await gh.deliver("check_run", checkRunRerequestedEvent(HEAD, 2));
    expect(seen.check.head_sha).toBe(HEAD);
    expect(seen.review).toBeDefined();
  });

  it("finds a fork's pull request by its head commit", async () => {
    const gh = await setup();
    token(gh.scope);
    gh.scope.get(`${REPO_PATH}/commits/${HEAD}/pulls`).reply(200, [{ number: 2, state: "open" }]);
    gh.scope.get(`${REPO_PATH}/pulls/2`).reply(200, pullRequestEvent("opened").pull_request);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD]);
    filesList(gh.scope, []);
    const seen = happyTail(gh);
    await gh.deliver("check_run", checkRunRerequestedEvent(HEAD));
    expect(seen.check).toBeDefined();
  });

  it("ignores re-runs of other apps' checks", async () => {
    const gh = await setup();
    const event = checkRunRerequestedEvent(HEAD, 2);
    event.check_run.name = "ci/build";
    await gh.deliver("check_run", event);
    expect(gh.requests).toEqual([]);
  });
});

describe("issue lookups when GitHub is down", () => {
  it("reports 'could not verify' as a notice and never fails the check because of it", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD], ["feat: x (#5)"]);
    filesList(gh.scope, []);
    reviewsList(gh.scope, []);
    gh.scope.post("/graphql").times(6).reply(502, "Bad Gateway");
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(check.conclusion).toBe("success");
    expect(check.output.summary).toContain("Could not verify 1 issue reference(s) (#5): GitHub did not answer the issue lookup");
    expect(check.output.title).toBe("1 notice");
  });

  it("flags a reference to an issue that does not exist, naming the commit", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "{}");
    commitsList(gh.scope, [HEAD], ["fix: thing #999"]);
    filesList(gh.scope, []);
    reviewsList(gh.scope, []);
    graphqlIssues(gh.scope, { 999: null });
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(check.conclusion).toBe("failure");
    expect(review.body).toContain("#999 does not exist (referenced in commit aaaaaaa)");
  });
});
