import { isRestored } from "../../src/model/restored-lines.js";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { pickedReferences } from "../../src/sources/git/picked-commits.js";
import { makeRepo } from "../helpers/git-repo.js";

const body = Array.from({ length: 12 }, (_, i) => `    write(out, field${i})?;`);
const rust = (lines: string[]) => ["fn format(out: &mut Writer) -> Result {", ...lines, "    Ok(())", "}"].join("\n") + "\n";

/**
 * A repository with `main` and a release branch `v0.1.x` cut from the root: `main` merges a pull
 * request, then the release branch gets the change that `message` describes (the last commit).
 */
function backport(message: (merged: string) => string, lines = body) {
  const r = makeRepo();
  r.write("src/lib.rs", rust([]));
  const root = r.commit("root");
  r.write("src/lib.rs", rust(body));
  const merged = r.commit("fmt: write every field (#1067)");
  r.git("checkout", "-q", "-b", "v0.1.x", root);
  r.write("src/lib.rs", rust(lines));
  r.commit(message(merged));
  const change = readGitChange(r.dir, resolveRange(r.dir, { base: root, head: "HEAD" }));
  return change.files.find((f) => f.path === "src/lib.rs")!;
}

describe("the git source marks what a backport or cherry-pick copies from a commit the repository holds (#10)", () => {
  it("a backport of a pull request merged on another branch: its lines are that commit's, not new code", () => {
    const file = backport(() => "fmt: write every field (backports #1067) (#1080)\n\nThis backports PR #1067 to v0.1.x.");
    expect(file.restoredFrom).toMatch(/^as in [0-9a-f]{10}, picked from where it was reviewed$/);
    expect(isRestored(file)).toBe(true);
  });

  it("git cherry-pick -x's line names the commit; lines the pick adds of its own stay the change's", () => {
    const own = [...body, "    write(out, extra_for_v01)?;"];
    const file = backport((merged) => `fmt: write every field\n\n(cherry picked from commit ${merged})`, own);
    const extra = file.addedLines.find((l) => l.text.includes("extra_for_v01"))!;
    expect(file.restoredLines).toEqual(expect.arrayContaining(file.addedLines.filter((l) => l !== extra).map((l) => l.line)));
    expect(file.restoredLines).not.toContain(extra.line);
  });

  it("a message naming a pull request or commit the repository does not hold marks nothing (the words alone cannot)", () => {
    expect(backport(() => "Backport of #999").restoredLines).toBeUndefined();
    expect(backport(() => "(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)").restoredLines).toBeUndefined();
  });

  // Set 30: jellyfin ec4744709d "Backport pull request #15816 from jellyfin/release-10.11.z" with an `Original-merge:`
  // trailer; main merged the pull request with GitHub's "Merge pull request #15816 from …" (judged not worth a test request).
  it("a backport of a pull request main merged with a merge commit, named by number or by its Original-merge trailer", () => {
    for (const message of [
      () => "Backport pull request #1067 from org/release-0.1.z\n\nFmt: write every field",
      (merged: string) => `Fix field order\n\nOriginal-merge: ${merged}\n\nBackported-by: someone`,
    ]) {
      const r = makeRepo();
      r.write("src/lib.rs", rust([]));
      const root = r.commit("root");
      r.git("checkout", "-q", "-b", "feature");
      r.write("src/lib.rs", rust(body));
      r.commit("fmt: write every field");
      r.git("checkout", "-q", "-");
      r.git("merge", "-q", "--no-ff", "-m", "Merge pull request #1067 from someone/fields", "feature");
      const merged = r.git("rev-parse", "HEAD").trim();
      r.git("checkout", "-q", "-b", "v0.1.x", root);
      r.write("src/lib.rs", rust(body));
      r.commit(message(merged));
      const change = readGitChange(r.dir, resolveRange(r.dir, { base: root, head: "HEAD" }));
      const file = change.files.find((f) => f.path === "src/lib.rs")!;
      expect(file.restoredFrom).toBe(`as in ${merged.slice(0, 10)}, picked from where it was reviewed`);
    }
  });

  it("reads commit ids and pull request numbers from the usual phrasings, a few at most", () => {
    expect(pickedReferences(["x\n\n(cherry picked from commit abcdef1234567)", "Backport 1234abcd to 1.x", "backport of PR #12; Backports #13"])).toEqual({
      shas: ["abcdef1234567", "1234abcd"],
      prs: ["12", "13"],
    });
    expect(pickedReferences([Array.from({ length: 20 }, (_, i) => `backports #${i}`).join("\n")]).prs).toHaveLength(5);
  });
});
