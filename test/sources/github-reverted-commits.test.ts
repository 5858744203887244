import nock from "nock";
import { Octokit } from "@octokit/rest";
import { readPullRequest } from "../../src/sources/github/read-pull-request.js";
import type { GitHub, PullRequestRef } from "../../src/sources/github/github-types.js";

afterEach(() => nock.cleanAll());

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const octokit = () => new Octokit({ auth: "t", log: quiet }) as unknown as GitHub;
const reverted = "a".repeat(40);
const base = "b".repeat(40);
const pr: PullRequestRef = {
  owner: "acme",
  repo: "api",
  number: 7,
  headSha: "c".repeat(40),
  baseSha: base,
  title: 'Revert "Drop gone()"',
  body: "Reverts acme/api#6",
  labels: [],
  draft: false,
  updatedAt: "2026-01-01T00:00:00Z",
  commits: 1,
  changedFiles: 1,
  fromFork: false,
};

/** The pull request's listing: one commit with `message`, one file that adds gone() back and one new line (unless `exact`). */
function listing(message: string, exact = false) {
  return nock("https://api.github.com")
    .get("/repos/acme/api/pulls/7/commits")
    .query(true)
    .reply(200, [{ sha: pr.headSha, commit: { message, author: { name: "Ann", email: "a@x" } }, parents: [{ sha: base }] }])
    .get("/repos/acme/api/pulls/7/files")
    .query(true)
    .reply(200, [
      {
        filename: "src/a.py",
        status: "modified",
        additions: exact ? 3 : 4,
        deletions: 0,
        changes: exact ? 3 : 4,
        patch: "@@ -1,2 +1,6 @@\n def keep():\n     return 1\n+\n+def gone():\n+    return 2" + (exact ? "" : "\n+print('new')"),
      },
    ]);
}

describe("readPullRequest: the lines a revert puts back (#10)", () => {
  it("reads what the reverted commit deleted, once the base branch is shown to hold it", async () => {
    listing(`Revert "Drop gone()"\n\nThis reverts commit ${reverted}.`)
      .get(`/repos/acme/api/compare/${reverted}...${base}`)
      .reply(200, { status: "ahead" })
      .get(`/repos/acme/api/commits/${reverted}`)
      .reply(200, { sha: reverted, files: [{ filename: "src/a.py", patch: "@@ -1,5 +1,2 @@\n def keep():\n     return 1\n-\n-def gone():\n-    return 2" }] });
    const change = await readPullRequest(octokit(), pr);
    expect(change.files[0].restoredLines).toEqual([4, 5]);
    expect(change.files[0].restoredFrom).toBe(`what ${reverted.slice(0, 10)} deleted, reverted`);
    expect(nock.isDone()).toBe(true);
  });

  it("a commit the base branch does not hold (one of a fork's) restores nothing", async () => {
    listing(`Add gone() back\n\nThis reverts commit ${reverted}.`).get(`/repos/acme/api/compare/${reverted}...${base}`).reply(200, { status: "diverged" });
    const change = await readPullRequest(octokit(), pr);
    expect(change.files[0].restoredLines).toBeUndefined();
    expect(nock.isDone()).toBe(true);
  });

  it("an ordinary pull request costs no request beyond its listing", async () => {
    listing("Add gone()");
    const change = await readPullRequest(octokit(), { ...pr, title: "Add gone()", body: "" });
    expect(change.files[0].restoredLines).toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe("readPullRequest: which reverts issue-reference may trust (#11)", () => {
  const revertOf = (exact: boolean) =>
    listing(`Revert "Drop gone()"\n\nThis reverts commit ${reverted}.`, exact)
      .get(`/repos/acme/api/compare/${reverted}...${base}`)
      .reply(200, { status: "ahead" })
      .get(`/repos/acme/api/commits/${reverted}`)
      .reply(200, { sha: reverted, files: [{ filename: "src/a.py", patch: "@@ -1,5 +1,2 @@\n def keep():\n     return 1\n-\n-def gone():\n-    return 2" }] });

  it("a pull request whose whole diff undoes the commit it names: its revert commit is verified, with no request more", async () => {
    revertOf(true);
    const change = await readPullRequest(octokit(), pr);
    expect(change.verifiedReverts).toEqual([pr.headSha]);
    expect(nock.isDone()).toBe(true);
  });

  it("a revert that adds a line of its own is not", async () => {
    revertOf(false);
    expect((await readPullRequest(octokit(), pr)).verifiedReverts).toBeUndefined();
  });
});

describe("readPullRequest: a revert whose named commit a rebase renamed (#10, set 44)", () => {
  const renamed = "d".repeat(40);
  const byTitle = (exact: boolean) =>
    listing(`Revert "Drop gone()"\n\nThis reverts commit ${reverted}.`, exact)
      .get(`/repos/acme/api/compare/${reverted}...${base}`)
      .reply(404, { message: "Not Found" })
      .get("/repos/acme/api/commits")
      .query({ sha: base, per_page: "100" })
      .reply(200, [
        { sha: "e".repeat(40), commit: { message: "Bump deps" } },
        { sha: renamed, commit: { message: "Drop gone()\n\nNobody calls it." } },
      ])
      .get(`/repos/acme/api/commits/${renamed}`)
      .reply(200, { sha: renamed, files: [{ filename: "src/a.py", patch: "@@ -1,5 +1,2 @@\n def keep():\n     return 1\n-\n-def gone():\n-    return 2" }] });

  it("finds the base commit its title quotes, and takes it when the whole diff undoes that commit", async () => {
    byTitle(true);
    const change = await readPullRequest(octokit(), pr);
    expect(change.files[0].restoredLines).toEqual([4, 5]);
    expect(change.files[0].restoredFrom).toBe(`what ${renamed.slice(0, 10)} deleted, reverted`);
    expect(change.verifiedReverts).toEqual([pr.headSha]);
    expect(nock.isDone()).toBe(true);
  });

  it("a revert that adds work of its own under the quoted title is the change's code", async () => {
    byTitle(false);
    const change = await readPullRequest(octokit(), pr);
    expect(change.files[0].restoredLines).toBeUndefined();
    expect(change.verifiedReverts).toBeUndefined();
    expect(nock.isDone()).toBe(true);
  });
});

describe("readPullRequest: the same file added at two paths (#10)", () => {
  it("marks the second copy from the pull request's files alone, with no further request", async () => {
    const body = Array.from({ length: 12 }, (_, i) => `x${i} = compute(${i})`);
    const added = (filename: string) => ({
      filename,
      status: "added",
      additions: body.length,
      deletions: 0,
      changes: body.length,
      patch: `@@ -0,0 +1,${body.length} @@\n${body.map((l) => `+${l}`).join("\n")}`,
    });
    nock("https://api.github.com")
      .get("/repos/acme/api/pulls/7/commits")
      .query(true)
      .reply(200, [{ sha: pr.headSha, commit: { message: "Add the tool", author: { name: "Ann", email: "a@x" } }, parents: [{ sha: base }] }])
      .get("/repos/acme/api/pulls/7/files")
      .query(true)
      .reply(200, [added("tools/a/tool.py"), added("tools/b/tool.py")]);
    const change = await readPullRequest(octokit(), { ...pr, title: "Add the tool", body: "", changedFiles: 2 });
    expect(change.files.map((f) => f.restoredFrom)).toEqual([undefined, "a copy of tools/a/tool.py, added in the same change"]);
    expect(nock.isDone()).toBe(true);
  });
});
