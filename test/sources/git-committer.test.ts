import { execFileSync } from "node:child_process";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { makeRepo } from "../helpers/git-repo.js";

// #11: issue-reference exempts commits GitHub's buttons make, which it tells by their committer.
describe("the git source reads each commit's committer", () => {
  it("as git recorded it, beside the author", () => {
    const { dir, git, commit } = makeRepo();
    commit("root");
    const root = git("rev-parse", "HEAD").trim();
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: "Ann",
      GIT_AUTHOR_EMAIL: "ann@example.com",
      GIT_COMMITTER_NAME: "GitHub",
      GIT_COMMITTER_EMAIL: "noreply@github.com",
    };
    execFileSync("git", ["commit", "-q", "--allow-empty", "-m", "Apply suggestions from code review"], { cwd: dir, env });
    const change = readGitChange(dir, resolveRange(dir, { base: root, head: "HEAD" }));
    expect(change.commits.map((c) => ({ author: c.author, committer: c.committer }))).toEqual([
      { author: { name: "Ann", email: "ann@example.com" }, committer: { name: "GitHub", email: "noreply@github.com" } },
    ]);
  });
});
