import { diffBase } from "../../src/sources/github/read-pull-request.js";
import type { Commit } from "../../src/model/change.js";

const commit = (sha: string, ...parents: string[]): Commit => ({ sha, parents, message: "", author: { name: "", email: "" } });
const tip = "t".repeat(40);

describe("diffBase: the commit a pull request's files are diffed against", () => {
  it("is the one commit outside the pull request that its commits grew from", () => {
    expect(diffBase([commit("c1", "fork"), commit("c2", "c1"), commit("c3", "c2")], { baseSha: tip, commits: 3 })).toBe("fork");
  });

  it("is the base branch's tip when the base branch was merged into the pull request", () => {
    expect(diffBase([commit("c1", "fork"), commit("m", "c1", "later")], { baseSha: tip, commits: 2 })).toBe(tip);
  });

  it("is the base branch's tip when GitHub listed only some of the commits", () => {
    expect(diffBase([commit("c1", "fork")], { baseSha: tip, commits: 300 })).toBe(tip);
  });

  it("is the base branch's tip when no commit is listed", () => {
    expect(diffBase([], { baseSha: tip, commits: 0 })).toBe(tip);
  });
});
