import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gitLookups, readGitChange } from "../src/sources/git/git-source.js";
import type { SyntheticFile } from "./synthetic-change.js";

export interface GitTextsFigures {
  headTexts: number;
  baseTexts: number;
  /** `git diff` of the range, split into the change model. */
  diffMs: number;
  /** Every modified file's text at head and at base, in the one `git cat-file --batch`. */
  textsMs: number;
}

/**
 * What the git source costs on the synthetic change: a throwaway repository (in the system's
 * temporary directory, removed afterwards) whose base commit holds the modified files' base
 * texts and whose head commit holds every file at head.
 */
export async function measureGitTexts(files: SyntheticFile[]): Promise<GitTextsFigures> {
  const dir = mkdtempSync(join(tmpdir(), "bottomline-bench-"));
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=Bench", "-c", "user.email=bench@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir })
        .toString()
        .trim();
    git("init", "-q");
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text + "\n");
    };
    for (const f of files) if (f.base !== undefined) write(f.path, f.base);
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    for (const f of files) write(f.path, f.head);
    git("add", "-A");
    git("commit", "-q", "-m", "head");
    const range = { baseSha: git("rev-parse", "HEAD~1"), headSha: git("rev-parse", "HEAD"), description: "bench" };
    const t0 = performance.now();
    readGitChange(dir, range);
    const t1 = performance.now();
    const modified = files.filter((f) => f.base !== undefined).map((f) => f.path);
    const found = await gitLookups(dir, range)({ issues: [], fileContents: modified, baseContents: modified });
    const t2 = performance.now();
    return { headTexts: found.fileContents.size, baseTexts: found.baseContents?.size ?? 0, diffMs: t1 - t0, textsMs: t2 - t1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
