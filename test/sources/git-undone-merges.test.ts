import { isRestored } from "../../src/model/restored-lines.js";
import { readGitChange, resolveRange } from "../../src/sources/git/git-source.js";
import { lostLines } from "../../src/sources/git/undone-merges.js";
import { makeRepo } from "../helpers/git-repo.js";

const body = (tag: string, n = 20) => Array.from({ length: n }, (_, i) => `    $${tag}${i} = compute${tag}(${i});`);
const php = (lines: string[]) => ["<?php", "class Hash {", "  function run() {", ...lines, "  }", "}"].join("\n") + "\n";

/**
 * A repository whose `main` merged a branch that rewrote `src/Hash.php` (old → merged), then
 * `after` more commits, and the change (last commit) that writes `src/Hash.php` as `change`.
 */
function undo(change: string[], after = 0) {
  const r = makeRepo();
  r.write("src/Hash.php", php(body("old")));
  r.commit("root");
  r.git("checkout", "-q", "-b", "next");
  r.write("src/Hash.php", php(body("merged")));
  r.commit("Rewrite on next");
  r.git("checkout", "-q", "main");
  r.write("README.md", "x\n");
  r.commit("Readme on main");
  r.git("merge", "-q", "--no-edit", "next");
  for (let i = 0; i < after; i++) {
    r.write("README.md", `x${i}\n`);
    r.commit(`Fix ${i}`);
  }
  const base = r.git("rev-parse", "HEAD").trim();
  r.write("src/Hash.php", php(change));
  r.commit("undo merging of next into main");
  return readGitChange(r.dir, resolveRange(r.dir, { base, head: "HEAD" })).files.find((f) => f.path === "src/Hash.php")!;
}

describe("the git source marks a change that undoes a recent merge by its texts (#10)", () => {
  it("a file put back as it was before the merge is restored, whatever the message says", () => {
    const file = undo(body("old"));
    expect(file.restoredFrom).toMatch(/a parent of a merge the change undoes/);
    expect(isRestored(file)).toBe(true);
  });

  it("two commits landed on top of the merge still leave it recent; three do not", () => {
    expect(isRestored(undo(body("old"), 2))).toBe(true);
    expect(undo(body("old"), 3).restoredLines).toBeUndefined();
  });

  it("a file written anew after a merge is the change's own", () => {
    const file = undo(body("fresh"));
    expect(file.restoredLines).toBeUndefined();
    expect(isRestored(file)).toBe(false);
  });

  it("a file half put back and half new is the change's own", () => {
    const file = undo([...body("old", 10), ...body("fresh", 10)]);
    expect(isRestored(file)).toBe(false);
  });

  it("lines a parent and the base both hold are not lost: only what the base lacks can be put back", () => {
    expect(lostLines(["}", "a();", "}", "b();"], ["}", "b();"])).toEqual(["a();", "}"]);
    expect(lostLines(["a();"], ["  a();"])).toEqual([]);
  });
});
