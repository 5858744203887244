import { rmSync } from "node:fs";
import { readGitChange, readGitChangeAsync } from "../../src/sources/git/git-source.js";
import { readBlobTexts, readBlobTextsAsync } from "../../src/sources/git/read-blobs.js";
import { GitError, runGitAsync } from "../../src/sources/git/run-git.js";
import { makeRepo } from "../helpers/git-repo.js";

/** The CLI reads the log, the diff and the file texts without blocking; what it reads must be what the blocking reads give. */
function history() {
  const repo = makeRepo();
  repo.write("src/a.ts", "export const a = 1;\n");
  repo.write("src/gone.py", "x = 1\n");
  const base = repo.commit("base");
  repo.write("src/a.ts", "export const a = 2;\nexport const b = 3;\n");
  repo.git("rm", "-q", "src/gone.py");
  repo.commit("Change a (#1)");
  repo.write("src/new file.go", "package x\n");
  const head = repo.commit("Add a Go file\n\nWith a body. (#2)");
  return { repo, base, head };
}

describe("reading git without blocking", () => {
  it("builds the same change as the blocking read: commits oldest first, files, statuses", async () => {
    const { repo, base, head } = history();
    const range = { baseSha: base, headSha: head, description: "test" };
    const change = await readGitChangeAsync(repo.dir, range);
    expect(change).toEqual(readGitChange(repo.dir, range));
    expect(change.commits.map((c) => c.message)).toEqual(["Change a (#1)", "Add a Go file\n\nWith a body. (#2)"]);
    expect(change.files.map((f) => [f.path, f.status])).toEqual([
      ["src/a.ts", "modified"],
      ["src/gone.py", "removed"],
      ["src/new file.go", "added"],
    ]);
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it("reads the same file texts as the blocking batch, leaving out what is missing", async () => {
    const { repo, base, head } = history();
    const requests = [
      { rev: head, paths: ["src/a.ts", "src/gone.py", "src/new file.go"] },
      { rev: base, paths: ["src/gone.py", "src/new file.go"] },
    ];
    const texts = await readBlobTextsAsync(repo.dir, requests);
    expect(texts.map((m) => Object.fromEntries(m))).toEqual([
      { "src/a.ts": "export const a = 2;\nexport const b = 3;\n", "src/new file.go": "package x\n" },
      { "src/gone.py": "x = 1\n" },
    ]);
    expect(texts).toEqual(readBlobTexts(repo.dir, requests));
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it("passes input on stdin, and a failure says which command failed and what git said", async () => {
    const { repo, head } = history();
    expect(await runGitAsync(["cat-file", "--batch-check"], repo.dir, `${head}\n`)).toBe(
      `${head} commit ${(await runGitAsync(["cat-file", "-s", head], repo.dir)).trim()}\n`,
    );
    const failure = runGitAsync(["log", "no-such-branch"], repo.dir);
    await expect(failure).rejects.toBeInstanceOf(GitError);
    await expect(failure).rejects.toThrow(/git log no-such-branch failed: .*no-such-branch/);
    rmSync(repo.dir, { recursive: true, force: true });
  });
});
