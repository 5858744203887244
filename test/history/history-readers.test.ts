import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { listCorpusCommits } from "../../src/cli/corpus-review.js";
import { BlobStream } from "../../src/history/blob-stream.js";
import { HistoryDiffs } from "../../src/history/history-diffs.js";
import { HistoryTree } from "../../src/history/history-tree.js";
import { changeFromDiff, gitDiff, readFileTree } from "../../src/sources/git/git-source.js";
import { readBlobTexts } from "../../src/sources/git/read-blobs.js";
import { makeRepo } from "../helpers/git-repo.js";

/**
 * `bottomline report` reads a whole history with one git process per kind of read instead of
 * several per change; each reader must give exactly what the git source gives one change.
 */
function history() {
  const repo = makeRepo();
  repo.write("src/a.ts", "export const a = 1;\n");
  repo.write("b.py", "b = 1\n");
  repo.commit("first");
  repo.write("src/a.ts", "export const a = 2;\nexport const z = 3;\n");
  repo.git("rm", "-q", "b.py");
  repo.write("lib/c.py", "b = 1\n"); // a rename, as git finds it
  repo.write("logo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  repo.write("ünïcode dir/x y.go", "package x\n");
  repo.commit("modify, rename, add a binary and an odd path");
  repo.commit("nothing changed");
  repo.git("checkout", "-q", "-b", "topic");
  repo.write("src/d.ts", "export const d = 4;\n");
  repo.commit("on a branch");
  repo.git("checkout", "-q", "main");
  repo.git("rm", "-q", "src/a.ts");
  repo.commit("remove a file");
  repo.git("merge", "-q", "--no-ff", "-m", "merge topic", "topic");
  // Oldest first, merges against their first parent, as collectHistory walks them.
  const changes = listCorpusCommits(repo.dir, 100, "HEAD", { merges: true }).reverse();
  return { repo, changes };
}

describe("reading a history for report", () => {
  const { repo, changes } = history();
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it("diffs every change exactly as git diff does, merges against their first parent", () => {
    expect(changes.map((c) => c.subject)).toEqual(["modify, rename, add a binary and an odd path", "nothing changed", "remove a file", "merge topic"]);
    const diffs = new HistoryDiffs(repo.dir, changes);
    changes.forEach((c, i) => expect(diffs.diffOf(i)).toBe(gitDiff(repo.dir, [c.parent, c.sha])));
    expect(diffs.diffOf(1)).toBe(""); // the empty commit
    expect(diffs.diffOf(3)).toContain("+++ b/src/d.ts");
    expect(diffs.diffOf(0)).toContain("rename to lib/c.py");
  });

  it("gives no diff for a chunk git cannot read, so each change is read alone instead", () => {
    const diffs = new HistoryDiffs(repo.dir, [{ ...changes[0], sha: "0".repeat(40) }]);
    expect(diffs.diffOf(0)).toBeUndefined();
  });

  it("reads texts from one cat-file process as the git source does: binary, missing and directory paths left out", async () => {
    const blobs = new BlobStream(repo.dir);
    try {
      const paths = ["src/a.ts", "lib/c.py", "logo.png", "missing.ts", "src", "ünïcode dir/x y.go"];
      for (const c of changes) {
        const requests = [
          { rev: c.sha, paths },
          { rev: c.parent, paths },
        ];
        expect(await blobs.read(requests)).toEqual(readBlobTexts(repo.dir, requests));
      }
      // Reads made together are answered in order.
      const [[head], [base]] = await Promise.all([
        blobs.read([{ rev: changes[0].sha, paths: ["src/a.ts"] }]),
        blobs.read([{ rev: changes[0].parent, paths: ["src/a.ts"] }]),
      ]);
      expect([head.get("src/a.ts"), base.get("src/a.ts")]).toEqual(["export const a = 2;\nexport const z = 3;\n", "export const a = 1;\n"]);
    } finally {
      blobs.close();
    }
  });

  it("says what failed when git cat-file cannot run", async () => {
    const blobs = new BlobStream(join(repo.dir, "no-such-dir"));
    await expect(blobs.read([{ rev: "HEAD", paths: ["a"] }])).rejects.toThrow(/git cat-file --batch stopped/);
  });

  it("hands out one array while the paths stay the same, and never changes an array it handed out", () => {
    const diffs = new HistoryDiffs(repo.dir, changes);
    const tree = new HistoryTree(repo.dir);
    let previous = tree.pathsAt(changes[0].parent)!;
    const handedOut: Array<{ paths: string[]; asHandedOut: string[]; same: boolean }> = [];
    for (const [i, c] of changes.entries()) {
      tree.advance(changeFromDiff(repo.dir, { baseSha: c.parent, headSha: c.sha }, [], diffs.diffOf(i)!, undefined));
      const paths = tree.pathsAt(c.sha)!;
      // tests-required works out the layout once per array: an unchanged tree must be the same one.
      if (paths.join("\n") === previous.join("\n")) expect(paths).toBe(previous);
      handedOut.push({ paths, asHandedOut: [...paths], same: paths === previous });
      previous = paths;
    }
    for (const { paths, asHandedOut } of handedOut) expect(paths).toEqual(asHandedOut);
    // The history has changes that keep the paths ("nothing changed", edits) and changes that do not.
    expect(handedOut.map((h) => h.same)).toContain(true);
    expect(handedOut.map((h) => h.same)).toContain(false);
  });

  it("keeps the paths at each head from the change's file list, as git ls-tree lists them", () => {
    const diffs = new HistoryDiffs(repo.dir, changes);
    const walked = changes.map((c, i) => ({
      change: changeFromDiff(repo.dir, { baseSha: c.parent, headSha: c.sha }, [], diffs.diffOf(i)!, undefined),
      listed: readFileTree(repo.dir, c.sha)!.sort(),
    }));
    const tree = new HistoryTree(repo.dir);
    expect(tree.pathsAt(changes[0].parent)).toEqual(readFileTree(repo.dir, changes[0].parent)!.sort());
    // Without its git directory, any further ls-tree would fail: the walk alone must give the paths.
    renameSync(join(repo.dir, ".git"), join(repo.dir, "git-away"));
    try {
      for (const { change, listed } of walked) {
        tree.advance(change);
        expect(tree.pathsAt(change.headSha)).toEqual(listed);
      }
      // A gap in the walk (a change not advanced over) is listed again, and git says it cannot.
      expect(tree.pathsAt(changes[0].sha)).toBeUndefined();
    } finally {
      renameSync(join(repo.dir, "git-away"), join(repo.dir, ".git"));
    }
  });
});
