import MarkdownIt from "markdown-it";
import nock from "nock";
import { readSummaryMarker, writeSummaryMarker } from "../../src/github/markers.js";
import {
  commitsList,
  configFile,
  filesList,
  graphqlIssues,
  patchAdding,
  pullRequestEvent,
  REPO_PATH,
  reviewsList,
  SCOPE,
  setup,
  token,
  writes,
} from "../helpers/github-fixtures.js";
import { escapes, HOSTILE } from "../helpers/markdown-safety.js";

afterEach(() => nock.cleanAll());

const CONFIG = "rules:\n  max-line-length: { severity: warning, max: 100 }\n  no-debug-statements: failure\n  tests-required: off\n";
const OLD = "a".repeat(40);
const NEW = "b".repeat(40);
/** One added line two rules report: it is too long, and it prints. */
const BOTH = `debugger; const total = ${Array.from({ length: 12 }, (_, i) => `someValue${i}`).join(" + ")}; // ${HOSTILE.teamMention}`;
const SUPPRESS = "// bottomline-disable-next-line no-debug-statements -- kept on purpose";

/** The first push: one review whose only inline comment holds both findings. */
async function firstPush() {
  const gh = await setup();
  token(gh.scope);
  configFile(gh.scope, CONFIG);
  commitsList(gh.scope, [OLD]);
  filesList(gh.scope, [{ filename: "src/app.ts", status: "added", patch: patchAdding(["const a = 1;", BOTH]) }]);
  graphqlIssues(gh.scope, {}, { "src/app.ts": `const a = 1;\n${BOTH}\n` });
  reviewsList(gh.scope, []);
  gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 1 });
  let review: any;
  gh.scope.post(`${REPO_PATH}/pulls/2/reviews`).reply(200, (_u, b) => ((review = b), { id: 900 }));
  await gh.deliver("pull_request", pullRequestEvent("opened", { head: OLD }));
  return { gh, review };
}

/** A later push: GitHub holds the first review and its comment. */
function laterPush(gh: Awaited<ReturnType<typeof setup>>, review: any, lines: string[]) {
  configFile(gh.scope, CONFIG);
  commitsList(gh.scope, [OLD, NEW]);
  filesList(gh.scope, [{ filename: "src/app.ts", status: "added", patch: patchAdding(lines) }]);
  graphqlIssues(gh.scope, {}, { "src/app.ts": `${lines.join("\n")}\n` });
  reviewsList(gh.scope, [{ id: 900, body: review.body }]);
  gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 2 });
}

const ownComment = (review: any, line: number) => ({ id: 77, pull_request_review_id: 900, path: "src/app.ts", line, body: review.comments[0].body });

describe("two findings on one line", () => {
  it("post one inline comment holding both, each with its rule and message, escaped once", async () => {
    const { review } = await firstPush();
    expect(review.comments).toHaveLength(1);
    const [c] = review.comments;
    expect(c).toMatchObject({ path: "src/app.ts", line: 2, side: "RIGHT" });
    const html = new MarkdownIt({ html: true }).render(c.body);
    expect(html.indexOf("no-debug-statements")).toBeGreaterThan(-1);
    expect(html.indexOf("no-debug-statements")).toBeLessThan(html.indexOf("max-line-length"));
    expect(html).toContain("<strong>failure</strong>");
    expect(html).toContain("<strong>warning</strong>");
    // The quoted line is escaped once: the entity shows as "@", never as "&amp;#64;".
    expect(html).not.toContain("&amp;");
    expect(escapes(c.body.replace(/<!-- bottomline:fp=[0-9a-f+]+ -->$/, ""))).toEqual([]);
    const entry = /<!-- bottomline:fp=([0-9a-f]{10}\+[0-9a-f]{10}) -->$/.exec(c.body)![1];
    expect(readSummaryMarker(review.body, SCOPE)!.fp).toEqual([entry]);
    // The failure is what to fix first; the warning is counted, not repeated.
    expect(review.body).toContain("**Fix first:**\n- ❌ [`src/app.ts:2`]");
    expect(review.body).toContain("1 more finding posted as inline comments");
  });

  it("a later push with the same pair (the line moved) posts and edits nothing", async () => {
    const { gh, review } = await firstPush();
    const before = writes(gh.requests).length;
    laterPush(gh, review, ["const a = 1;", "const b = 2;", BOTH]);
    let update: any;
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));
    expect(
      writes(gh.requests)
        .slice(before)
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual(["POST /graphql", `POST ${REPO_PATH}/check-runs`, `PUT ${REPO_PATH}/pulls/2/reviews/900`]);
    expect(gh.requests.some((r) => r.path.includes("/pulls/2/comments"))).toBe(false);
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toEqual(readSummaryMarker(review.body, SCOPE)!.fp);
    expect(nock.isDone()).toBe(true);
  });

  it("when one of them goes away, the comment is edited to hold the other, then the marker names it", async () => {
    const { gh, review } = await firstPush();
    const before = writes(gh.requests).length;
    laterPush(gh, review, ["const a = 1;", SUPPRESS, BOTH]);
    gh.scope
      .get(`${REPO_PATH}/pulls/2/comments`)
      .query(true)
      .reply(200, [
        // Someone quoting the entry in a comment of their own is not Bottomline's comment.
        { id: 5, pull_request_review_id: 4, path: "src/app.ts", line: 3, body: review.comments[0].body },
        ownComment(review, 3),
      ]);
    let edit: any;
    let update: any;
    gh.scope.patch(`${REPO_PATH}/pulls/comments/77`).reply(200, (_u, b) => ((edit = b), { id: 77 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    const order = writes(gh.requests)
      .slice(before)
      .map((r) => `${r.method} ${r.path}`);
    expect(order.slice(-2)).toEqual([`PATCH ${REPO_PATH}/pulls/comments/77`, `PUT ${REPO_PATH}/pulls/2/reviews/900`]);
    expect(edit.body).toContain("max-line-length");
    expect(edit.body).not.toContain("no-debug-statements");
    expect(edit.body).toContain("1 earlier finding on this line is no longer reported at `bbbbbbb`");
    const entry = /<!-- bottomline:fp=([0-9a-f]{10}) -->$/.exec(edit.body)![1];
    expect(readSummaryMarker(review.body, SCOPE)!.fp[0]).toContain(entry);
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toEqual([entry]);
    expect(update.body).toContain("**Fix first:**\n- ⚠️ [`src/app.ts:3`]");
    expect(nock.isDone()).toBe(true);
  });

  it("a finding that joins a line already commented on is added to that comment", async () => {
    const gh = await setup();
    token(gh.scope);
    configFile(gh.scope, CONFIG);
    commitsList(gh.scope, [OLD, NEW]);
    filesList(gh.scope, [{ filename: "src/app.ts", status: "added", patch: patchAdding([BOTH]) }]);
    graphqlIssues(gh.scope, {}, { "src/app.ts": `${BOTH}\n` });
    // An earlier push posted the line-length comment alone (say no-debug-statements was off then).
    const { planInlineComments } = await import("../../src/report/inline-comments.js");
    const { addedFile, change } = await import("../helpers/make-change.js");
    const single = planInlineComments(
      [{ rule: "max-line-length", severity: "warning", message: "x", path: "src/app.ts", line: 1 }],
      change([addedFile("src/app.ts", [BOTH])]),
      20,
      new Set(),
    ).toPost[0];
    const summary = `## old\n${writeSummaryMarker({ sha: OLD, updated: "2026-11-25T09:00:00Z", input: "old", fp: [single.fingerprint] }, SCOPE)}`;
    reviewsList(gh.scope, [{ id: 900, body: summary }]);
    gh.scope.post(`${REPO_PATH}/check-runs`).reply(201, { id: 2 });
    gh.scope
      .get(`${REPO_PATH}/pulls/2/comments`)
      .query(true)
      .reply(200, [{ id: 78, pull_request_review_id: 900, path: "src/app.ts", line: 1, body: single.body }]);
    let edit: any;
    let update: any;
    gh.scope.patch(`${REPO_PATH}/pulls/comments/78`).reply(200, (_u, b) => ((edit = b), { id: 78 }));
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));

    expect(writes(gh.requests).filter((r) => r.method === "POST" && r.path.endsWith("/reviews"))).toEqual([]);
    expect(edit.body).toContain("no-debug-statements");
    expect(edit.body).toContain("max-line-length");
    const entry = /<!-- bottomline:fp=([0-9a-f+]+) -->$/.exec(edit.body)![1];
    expect(entry.split("+")).toContain(single.fingerprint);
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toEqual([entry]);
    expect(nock.isDone()).toBe(true);
  });

  it("a comment a person deleted is not recreated, and the marker keeps its entry", async () => {
    const { gh, review } = await firstPush();
    const before = gh.requests.length;
    laterPush(gh, review, ["const a = 1;", SUPPRESS, BOTH]);
    gh.scope.get(`${REPO_PATH}/pulls/2/comments`).query(true).reply(200, []);
    let update: any;
    gh.scope.put(`${REPO_PATH}/pulls/2/reviews/900`).reply(200, (_u, b) => ((update = b), { id: 900 }));
    await gh.deliver("pull_request", pullRequestEvent("synchronize", { head: NEW, commits: 2 }));
    expect(readSummaryMarker(update.body, SCOPE)!.fp).toEqual(readSummaryMarker(review.body, SCOPE)!.fp);
    expect(gh.requests.slice(before).filter((r) => r.method === "PATCH" || (r.method === "POST" && r.path.endsWith("/reviews")))).toEqual([]);
    // The finding is listed in the summary instead.
    expect(update.body).toMatch(/src\/app\.ts:3.*max-line-length/);
  });
});
