import nock from "nock";
import { readSummaryMarker, writeSummaryMarker } from "../../src/github/markers.js";
import { fingerprint } from "../../src/report/fingerprint.js";
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
import { wideLine } from "../helpers/wide-line.js";

afterEach(() => nock.cleanAll());

const CONFIG = "rules:\n  max-line-length: { severity: warning, max: 100 }\n";
const OLD = "a".repeat(40);
const NEW = "b".repeat(40);
const fpLong = fingerprint({ rule: "max-line-length", severity: "warning", message: "", path: "src/app.ts", line: 1 }, LONG);

function previousSummary(extra: Partial<{ fp: string[]; updated: string; input: string }> = {}) {
  return `## old summary\n${writeSummaryMarker({ sha: OLD, updated: "2026-11-25T09:00:00Z", input: "old-input", fp: [fpLong], ...extra }, SCOPE)}`;
}

describe("a new push", () => {
  it("with the same findings (moved lines): updates the summary in place and repeats no inline comment", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD, NEW]);
    // The long line moved from line 1 to line 3.
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding(["a", "b", LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, [{ id: 900, body: previousSummary() }]);
    let check: any;
    let update: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 2 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    expect(writes(gh.requests).map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /app/installations/1/access_tokens",
      "POST /graphql",
      `POST ${REPO_PATH}/check-runs`,
      `PUT ${REPO_PATH}/pulls/2/reviews/900`,
    ]);
    expect(check.head_sha).toBe(NEW);
    // The one finding is what to fix first, linked to the line where it is now.
    expect(update.body).toContain(`**Fix first:**\n- ⚠️ [\`src/app.ts:3\`](https://github.com/Codertocat/Hello-World/blob/${NEW}/src/app.ts#L3)`);
    expect(readSummaryMarker(update.body, SCOPE)).toMatchObject({ sha: NEW, fp: [fpLong] });
    expect(nock.isDone()).toBe(true);
  });

  it("with different findings: posts only the new inline comment, then updates the summary", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD, NEW]);
    const other = wideLine(140);
    // Another file: a file's long lines are one finding.
    filesList(gh.scope, [
      { filename: "src/app.ts", patch: patchAdding([LONG]) },
      { filename: "src/other.ts", patch: patchAdding(["const a = 1;", "const b = 2;", "const c = 3;", other]) },
    ]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, [{ id: 900, body: previousSummary() }]);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 2 });
    let inline: any;
    let update: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((inline = b), { id: 901 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    expect(inline.comments).toEqual([expect.objectContaining({ path: "src/other.ts", line: 4 })]);
    expect(inline.body).toMatch(/^Bottomline: 1 new finding on `bbbbbbb`/);
    expect(inline.body).not.toContain("bottomline:summary");
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toHaveLength(2);
    expect(update.body.match(/^- ⚠️ \[`src\/(?:app\.ts:1|other\.ts:4)`\]/gm)).toHaveLength(2);
  });

  it("with everything fixed: the summary says so once, the check passes, and a change request is dismissed", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules: { max-line-length: failure }\nreview: { event: REQUEST_CHANGES }\n");
    commitsList(gh.scope, [OLD, NEW]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding(["short"]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, [{ id: 900, body: previousSummary(), state: "CHANGES_REQUESTED" }]);
    let check: any;
    let update: any;
    let dismissal: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 2 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900/dismissals`).reply(200, (_u, b) => ((dismissal = b), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    expect(check.conclusion).toBe("success");
    expect(update.body).toContain("## ✅ Bottomline: everything on the checklist passes");
    expect(update.body.match(/everything on the checklist passes/g)).toHaveLength(1);
    expect(dismissal).toEqual({ message: "Bottomline: no failure-level findings remain.", event: "DISMISS" });
    expect(writes(gh.requests).filter((r) => r.method === "POST" && r.path.endsWith("/reviews"))).toEqual([]);
  });
});

describe("redelivery and ordering", () => {
  it("a redelivered webhook (same head, same input) writes nothing", async () => {
    const gh = await setup();
    // First delivery.
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding([LONG]) }]);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    let posted: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((posted = b), { id: 900 }));
    const event = pullRequestEvent("opened", { head: OLD });
    await gh.deliver("pull_request", event);
    const writesBefore = writes(gh.requests).length;

    // Redelivery: GitHub now holds the review the first delivery posted (Probot reuses the token).
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding([LONG]) }]);
    reviewsList(gh.scope, [{ id: 900, body: posted.body }]);
    await gh.deliver("pull_request", event);

    const later = writes(gh.requests).slice(writesBefore);
    expect(later).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it("an older head never overwrites a summary written for a newer one", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding([LONG]) }]);
    reviewsList(gh.scope, [{ id: 900, body: `x\n${writeSummaryMarker({ sha: NEW, updated: "2026-11-25T11:00:00Z", input: "n", fp: [] }, SCOPE)}` }]);
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: OLD, updatedAt: "2026-11-25T10:00:00Z" }));
    expect(writes(gh.requests).map((r) => r.path)).toEqual(["/app/installations/1/access_tokens"]);
  });

  it("drops a review whose head is no longer the pull request's head", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD, NEW]);
    filesList(gh.scope, []);
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: OLD, commits: 2 }));
    expect(writes(gh.requests).map((r) => r.path)).toEqual(["/app/installations/1/access_tokens"]);
  });

  it("ignores reviews by people that merely quote the marker", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, []);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, [{ id: 5, body: previousSummary(), type: "User" }]);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    let review: any;
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 6 }));
    await gh.deliver("pull_request", pullRequestEvent("opened", { head: OLD }));
    expect(review.body).toContain("bottomline:summary");
  });

  it("edits of labels or assignees do not trigger a review; title and body edits do", async () => {
    const gh = await setup();
    const labelsOnly = { ...pullRequestEvent("edited"), changes: { labels: {} } };
    await gh.deliver("pull_request", labelsOnly);
    expect(gh.requests).toEqual([]);

    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD]);
    filesList(gh.scope, []);
    graphqlIssues(gh.scope);
    reviewsList(gh.scope, []);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 1 });
    await gh.deliver("pull_request", { ...pullRequestEvent("edited", { head: OLD }), changes: { body: { from: "old" } } });
    expect(nock.isDone()).toBe(true);
  });
});

describe("limits", () => {
  it("keeps the review body under GitHub's 65,536 characters with thousands of findings and fingerprints", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, "rules:\n  max-line-length: { severity: warning, max: 100, group_over: 0 }\n  tests-required: off\n  pr-size: off\n");
    commitsList(gh.scope, [OLD, NEW]);
    const lines = Array.from({ length: 3000 }, (_, i) => `const v${i} = ${"1 + ".repeat(40)}1;`);
    filesList(gh.scope, [{ filename: "src/big.ts", status: "added", patch: patchAdding(lines) }]);
    const manyFp = Array.from({ length: 3000 }, (_, i) => i.toString(16).padStart(10, "0"));
    reviewsList(gh.scope, [{ id: 900, body: previousSummary({ fp: manyFp }) }]);
    graphqlIssues(gh.scope);
    let check: any;
    let update: any;
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, (_u, b) => ((check = b), { id: 2 }));
    gh.scope.patch(`${REPO_PATH}/check-runs/2`).times(59).reply(200, { id: 2 });
    gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, { id: 901 });
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2, changedFiles: 1 }));

    expect(update.body.length).toBeLessThanOrEqual(65_536);
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toHaveLength(1_500);
    // 3,000 lines of four lengths: the summary lists each length once, with its places.
    expect(update.body.match(/more like this/g)).toHaveLength(4);
    expect(check.output.summary.length).toBeLessThanOrEqual(65_535);
    // 3,000 findings, 1,000 annotations (the default budget): the create carries 50, then 19
    // updates of 50 each, after the review is out.
    const order = gh.requests.map((r) => `${r.method} ${r.path}`);
    expect(order.filter((r) => r.startsWith("PATCH"))).toHaveLength(19);
    expect(order.indexOf(`PUT ${REPO_PATH}/pulls/2/reviews/900`)).toBeLessThan(order.findIndex((r) => r.startsWith("PATCH")));
  });

  it("keeps the marker's entries within their room when comments hold several findings each", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD, NEW]);
    filesList(gh.scope, [{ filename: "src/app.ts", patch: patchAdding([LONG]) }]);
    graphqlIssues(gh.scope);
    const hex = (i: number, k: number) => (i * 4 + k).toString(16).padStart(10, "0");
    const merged = Array.from({ length: 1_500 }, (_, i) => [0, 1, 2].map((k) => hex(i, k)).join("+"));
    reviewsList(gh.scope, [{ id: 900, body: previousSummary({ fp: [...merged, fpLong] }) }]);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 2 });
    let update: any;
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));

    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    const fp = readSummaryMarker(update.body, SCOPE)!.fp;
    // The newest entries are kept, as many as fit in the characters the marker allows.
    expect(JSON.stringify(fp).length).toBeLessThanOrEqual(19_500);
    expect(fp.length).toBeGreaterThan(500);
    expect(fp.at(-1)).toBe(fpLong);
    expect(fp.at(-2)).toBe(merged.at(-1));
  });
});
