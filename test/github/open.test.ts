import { jest } from "@jest/globals";
import nock from "nock";
import maxFunctionLength from "../../rules/max-function-length.js";
import { readSummaryMarker } from "../../src/github/markers.js";
import {
  commitsList,
  configFile,
  graphqlIssues,
  filesList,
  LONG,
  patchAdding,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  SCOPE,
  setup,
  token,
  writes,
} from "../helpers/github-fixtures.js";

afterEach(() => nock.cleanAll());

describe("pull_request.opened", () => {
  it("posts one check run and one review with the summary and inline comments, within the API budget", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  max-line-length: { severity: failure, max: 100 }\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding(["const ok = 1;", LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    let check: any;
    let review: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, body) => ((check = body), { id: 77 }));
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, body) => ((review = body), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("opened"));

    expect(gh.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "GET /repos/Codertocat/Hello-World/contents/.github%2Frules.yml",
      "GET /repos/Codertocat/Hello-World/pulls/2/commits",
      "GET /repos/Codertocat/Hello-World/pulls/2/files",
      "GET /repos/Codertocat/Hello-World/pulls/2/reviews",
      "POST /graphql",
      "GET /repos/Codertocat/Hello-World/commits/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/check-runs",
      "POST /repos/Codertocat/Hello-World/check-runs",
      "POST /repos/Codertocat/Hello-World/pulls/2/reviews",
    ]);
    // The budget the README states: ≤ 9 requests with the token exchange (the check-run listing
    // finds the in-progress run to complete); ≤ 3 of them POSTs
    // (the read-only GraphQL query, the check run and the review; the token exchange aside).
    expect(gh.requests.length).toBeLessThanOrEqual(9);
    expect(writes(gh.requests).filter((r) => !r.path.startsWith("/app/")).length).toBeLessThanOrEqual(3);

    expect(check).toMatchObject({
      name: "Bottomline",
      head_sha: "a".repeat(40),
      status: "completed",
      conclusion: "failure",
      output: { title: "1 failure", annotations: [{ path: "src/app.ts", start_line: 2, end_line: 2, annotation_level: "failure", title: "max-line-length" }] },
    });
    expect(review.event).toBe("COMMENT");
    expect(review.commit_id).toBe("a".repeat(40));
    expect(review.comments).toEqual([{ path: "src/app.ts", line: 2, side: "RIGHT", body: expect.stringContaining("Line is 130 characters long (max 100)") }]);
    expect(review.body).toContain("## ❌ Bottomline: 1 failure");
    // The one finding is what to fix first; the list below does not repeat it.
    expect(review.body).toContain("**Fix first:**\n- ❌ [`src/app.ts:2`]");
    expect(review.body).not.toContain("posted as inline comments");
    const state = readSummaryMarker(review.body, SCOPE)!;
    expect(state.sha).toBe("a".repeat(40));
    expect(state.fp).toHaveLength(1);
    expect(nock.isDone()).toBe(true);
  });

  it("requests changes when configured and a failure exists", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules: { max-line-length: { severity: failure, default_max: 120 } }\nreview: { event: REQUEST_CHANGES }\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    filesList(gh.scope, [{ filename: "a.py", patch: patchAdding([LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, body) => ((review = body), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(review.event).toBe("REQUEST_CHANGES");
  });

  it("uses the recommended preset when the repository and org have no rules.yml", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, null);
    commitsList(gh.scope, ["a".repeat(40)]);
    filesList(gh.scope, [{ filename: "README.md", patch: patchAdding([LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, body) => ((check = body), { id: 1 }));
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, body) => ((review = body), { id: 1 }));
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    // Markdown is exempt from max-line-length in the recommended preset.
    expect(check.conclusion).toBe("success");
    expect(review.comments).toEqual([]);
    expect(review.body).toContain("everything on the checklist passes");
  });

  it("answers the webhook before the review finishes (the review runs on the queue)", async () => {
    const gh = await setup();
    token(gh.scope);
    gh.scope
      .get(/contents/)
      .delay(200)
      .reply(200, "{}");
    commitsList(gh.scope, ["a".repeat(40)]);
    filesList(gh.scope, []);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
    await gh.probot.receive({ id: "x", name: "pull_request", payload: pullRequestEvent("opened") as any });
    const stats = await gh.queue.stats();
    expect(stats.running + stats.pending).toBe(1);
    await gh.queue.idle();
    expect(writes(gh.requests).map((r) => r.path)).toContain(`${REPO_PATH}/pulls/2/reviews`);
  });
});

describe("file texts for the function-level rules", () => {
  it("come in the same GraphQL request as the issue lookups, only for modified code files", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  max-function-length: { severity: failure, max: 10 }\n  tests-required: off\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    // A branch every fourth line: straight-line code is wiring, which max-function-length leaves alone. The
    // steps differ: one pattern repeated every few lines would be the rows of a table (see table-rows-in-code.ts).
    const grow = [
      "export function grow(x: number) {",
      ...Array.from({ length: 12 }, (_, i) => ["  if (x > 9) x = 0;", "  x = x + 1;", "  x = scale(x);", "  x -= step(x);"][i % 4]),
      "  return x;",
      "}",
    ];
    const text = ["// existing", ...grow].join("\n");
    // The change writes the whole function into an existing file: without base texts, only such a
    // function is surely the change's doing (an edit inside an existing one is judged against base).
    filesList(gh.scope, [
      { filename: "src/grow.ts", patch: patchAdding(grow, 2) },
      { filename: "src/new.ts", status: "added", patch: patchAdding(["export const a = 1;"]) },
      { filename: "docs/guide.md", patch: patchAdding(["text"]) },
    ]);
    reviewsList(gh.scope, []);
    const queries: string[] = [];
    graphqlIssues(gh.scope, {}, { "src/grow.ts": text }, queries);
    let check: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
    await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 3 }));

    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain("issueOrPullRequest(number: 1)");
    expect(queries[0]).toContain(`object(expression: "${"a".repeat(40)}:src/grow.ts")`);
    expect(queries[0]).not.toContain("src/new.ts"); // a new file's added lines are its text
    expect(queries[0]).not.toContain("docs/guide.md");
    expect(check.output.annotations).toEqual([expect.objectContaining({ path: "src/grow.ts", start_line: 2, title: "max-function-length" })]);
    expect(gh.requests.length).toBeLessThanOrEqual(9);
  });
  it("at base ride in the same single GraphQL request, read at the commit the pull request grew from", async () => {
    // Whatever the rule asks today, it also asks for base texts here, as the base-vs-head verdicts do (#10).
    const asked = maxFunctionLength.needs!.bind(maxFunctionLength);
    const spy = jest.spyOn(maxFunctionLength, "needs").mockImplementation((change, opts) => ({
      ...asked(change, opts),
      baseContents: change.files.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path),
    }));
    try {
      const gh = await setup();
      token(gh.scope);
      configFile(gh.scope, "rules:\n  max-function-length: { severity: failure, max: 10 }\n  tests-required: off\n");
      commitsList(gh.scope, ["a".repeat(40)]);
      filesList(gh.scope, [
        { filename: "src/grow.ts", patch: "@@ -5,0 +6,1 @@\n+  x = x + 1;" },
        { filename: "src/moved.ts", previous_filename: "src/was.ts", status: "renamed", patch: "@@ -1,0 +2,1 @@\n+  y();" } as any,
      ]);
      reviewsList(gh.scope, []);
      const queries: string[] = [];
      graphqlIssues(gh.scope, {}, {}, queries);
      gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
      gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
      await gh.deliver("pull_request", pullRequestEvent("opened", { changedFiles: 2 }));

      expect(queries).toHaveLength(1);
      expect(queries[0]).toContain("issueOrPullRequest(number: 1)");
      expect(queries[0]).toContain(`object(expression: "${"a".repeat(40)}:src/grow.ts")`);
      // The listed commit's parent ("p" in the fixture) is the merge base, not the payload's base.sha.
      expect(queries[0]).toContain('object(expression: "p:src/grow.ts")');
      expect(queries[0]).toContain('object(expression: "p:src/was.ts")');
      expect(gh.requests.filter((r) => r.path === "/graphql")).toHaveLength(1);
      expect(gh.requests.length).toBeLessThanOrEqual(9);
    } finally {
      spy.mockRestore();
    }
  });
});

/** The head's tree, as one recursive Git Trees answer. */
function treeReply(scope: nock.Scope, tree: Array<{ path: string; type: string }>): void {
  scope
    .get(`${REPO_PATH}/git/trees/${"a".repeat(40)}`)
    .query({ recursive: "1" })
    .reply(200, { sha: "t", truncated: false, tree });
}

/** Delivers the opened event, accepting the check run and the review; the check run's body once posted. */
async function deliverOpened(gh: Awaited<ReturnType<typeof setup>>): Promise<() => any> {
  let check: any;
  gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 1 }));
  gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
  await gh.deliver("pull_request", pullRequestEvent("opened"));
  return () => check;
}

describe("the originals of new files (copies within the repository, #10)", () => {
  it("ride in the one GraphQL request, found in the tree the review reads anyway: a copied TODO is not said, a new one is", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  tests-required: off\n  todo-issue-reference: { severity: warning }\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    const original = [
      "package feign.jaxrs;",
      "public final class JAXRSContract {",
      "  // XXX: Should parseAndValidateMetadata(Class, Method) be public instead? The old one was public",
      "  protected Object parse(Object type) {",
      "    return type;",
      "  }",
      "}",
    ];
    const copy = [
      ...original.map((l) => l.replace("JAXRSContract", "JakartaContract")),
      "// TODO write the jakarta migration guide for users of the old module",
    ];
    filesList(gh.scope, [{ filename: "jakarta/src/main/java/feign/jaxrs/JakartaContract.java", status: "added", patch: patchAdding(copy) } as any]);
    reviewsList(gh.scope, []);
    const queries: string[] = [];
    graphqlIssues(gh.scope, {}, {}, queries, { "jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java": original.join("\n") });
    treeReply(gh.scope, [
      { path: "jakarta/src/main/java/feign/jaxrs/JakartaContract.java", type: "blob" },
      { path: "jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java", type: "blob" },
      { path: "jaxrs/src/main/java/feign/jaxrs/JAXRS.java", type: "blob" },
    ]);
    const check = await deliverOpened(gh);

    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain('object(expression: "p:jaxrs/src/main/java/feign/jaxrs/JAXRSContract.java")');
    expect(gh.requests.filter((r) => r.path.includes("/git/trees/"))).toHaveLength(1);
    // The README's budget: 9 requests, and one more for the tree: the originals cost no request of their own.
    expect(gh.requests.length).toBeLessThanOrEqual(10);
    expect(check().output.annotations.map((a: any) => [a.path, a.start_line])).toEqual([["jakarta/src/main/java/feign/jaxrs/JakartaContract.java", 8]]);
    expect(nock.isDone()).toBe(true);
  });
});

describe("the file tree for tests-required", () => {
  it("costs ONE recursive Git Trees request, only when tests-required is on, and the suggestion follows it", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  tests-required: { severity: warning }\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    // A branch: code that decides nothing (min_new_decisions) is not asked for a test.
    const code = ["  if price > 0", ...Array.from({ length: 5 }, (_, i) => `    total${i} = price * ${i}`), "  end"];
    filesList(gh.scope, [{ filename: "lib/shop/cart.rb", patch: patchAdding(["def total", ...code, "end"], 2) }]);
    reviewsList(gh.scope, []);
    graphqlIssues(gh.scope, {}, { "lib/shop/cart.rb": ["# cart", "def total", ...code, "end"].join("\n") });
    treeReply(gh.scope, [
      { path: "lib/shop/cart.rb", type: "blob" },
      { path: "lib/shop/checkout.rb", type: "blob" },
      { path: "test/checkout_test.rb", type: "blob" },
      { path: "test", type: "tree" },
    ]);
    const check = await deliverOpened(gh);

    expect(gh.requests.filter((r) => r.path.includes("/git/trees/"))).toHaveLength(1);
    // The README's budget: 9 requests (the check-run listing included), and one more for the tree when tests-required is on.
    expect(gh.requests.length).toBeLessThanOrEqual(10);
    // The sibling's test shows where cart's goes (test/, never a spec/ the repository does not have).
    expect(check().output.annotations).toEqual([
      expect.objectContaining({
        path: "lib/shop/cart.rb",
        message: expect.stringContaining("add or update a test in a new file `test/cart_test.rb` following `test/checkout_test.rb`."),
      }),
    ]);
    expect(nock.isDone()).toBe(true);
  });

  it("is not requested when tests-required is off", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  tests-required: off\n  max-line-length: { severity: warning }\n");
    commitsList(gh.scope, ["a".repeat(40)]);
    filesList(gh.scope, [{ filename: "lib/shop/cart.rb", patch: patchAdding(["x = 1"]) }]);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    await gh.deliver("pull_request", pullRequestEvent("opened"));
    expect(gh.requests.some((r) => r.path.includes("/git/trees/"))).toBe(false);
  });
});
