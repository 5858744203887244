import { lineChanges, undoes, undoesByAdded } from "../../src/analysis/revert-inverse.js";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { makeRepo } from "../helpers/git-repo.js";
import { change, commit } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 19 round 2 (#11): `exempt_reverts` used to trust a `Revert "…"` subject with a "This reverts commit <sha>"
// line, written by anyone, over any diff. Now a revert is exempt only when its source checked it (Change.verifiedReverts):
// the git source that the named commit is in the revert's history and the revert's diff undoes it; the App that the
// base holds it and the pull request's whole diff undoes it (no request more than it already made to read it).
const noVerify = { verify: false };
const REVERT = 'Revert "feat: login"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.';
const sha = "c".repeat(40);

testRule("issue-reference", {
  valid: [{ name: "a revert its source checked", options: noVerify, change: change([], { commits: [commit(REVERT, { sha })], verifiedReverts: [sha] }) }],
  invalid: [
    {
      name: "the same revert message no source checked (the attack: any diff under it)",
      options: noVerify,
      change: change([], { commits: [commit(REVERT, { sha })] }),
      findings: [{ messageId: "commitMissing" }],
    },
    {
      name: "another commit checked, not this one",
      options: noVerify,
      change: change([], { commits: [commit(REVERT, { sha })], verifiedReverts: ["d".repeat(40)] }),
      findings: [{ messageId: "commitMissing" }],
    },
  ],
});

describe("what a revert's diff must show (revert-inverse)", () => {
  const feature = { added: ["const a = 1;", "login(a);"], deleted: ["old();"] };
  it("the exact inverse undoes it", () => expect(undoes({ added: ["old();"], deleted: ["login(a);", "  const a = 1;"] }, feature)).toBe(true));
  it("new work under the revert does not", () =>
    expect(undoes({ added: ["old();", "steal(tokens);"], deleted: ["login(a);", "const a = 1;"] }, feature)).toBe(false));
  it("an empty diff undoes nothing", () => expect(undoes({ added: [], deleted: [] }, feature)).toBe(false));
  it("with only the deleted count (the App), the added lines must be the commit's deleted ones", () => {
    expect(undoesByAdded(["old();"], 2, feature)).toBe(true);
    expect(undoesByAdded(["steal(tokens);"], 2, feature)).toBe(false);
  });
  it("reads a unified diff's lines, not its file headers", () => {
    expect(lineChanges("--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n")).toEqual({ added: ["new"], deleted: ["old"] });
  });
});

describe("the git source checks a revert before issue-reference trusts it (#11)", () => {
  function repoWithFeature() {
    const r = makeRepo();
    r.write("src/app.ts", "export const a = 1;\n");
    r.commit("Init (#1)");
    r.write("src/app.ts", "export const a = 1;\nexport function login() {\n  return a;\n}\n");
    const feature = r.commit("feat: login (#2)");
    return { r, feature };
  }
  const review = (dir: string) => readGitChange(dir, resolveRange(dir, { base: "HEAD~1", head: "HEAD" }));

  it("git revert's own commit is verified", () => {
    const { r } = repoWithFeature();
    r.git("revert", "--no-edit", "HEAD");
    const c = review(r.dir);
    expect(c.verifiedReverts).toEqual([c.commits[0].sha]);
  });

  it("a revert message over new work is not", () => {
    const { r, feature } = repoWithFeature();
    r.write("src/app.ts", "export const a = 1;\nexport function exfiltrate() {\n  return fetch(evil);\n}\n");
    r.commit(`Revert "feat: login (#2)"\n\nThis reverts commit ${feature}.`);
    expect(review(r.dir).verifiedReverts).toBeUndefined();
  });

  it("a revert naming a commit the history does not hold is not", () => {
    const { r } = repoWithFeature();
    r.git("revert", "--no-edit", "HEAD");
    r.git("commit", "-q", "--amend", "-m", 'Revert "x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.');
    expect(review(r.dir).verifiedReverts).toBeUndefined();
  });
});
