import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Change } from "../../model/change.js";
import type { CollectedNeeds, Lookups } from "../../engine/rule.js";
import { changeFromDiff, EMPTY_TREE, gitDiff, gitLookups, type ResolvedRange } from "./git-source.js";
import type { GitRemote } from "./git-remote.js";
import { decodeText, runGit, tryGit } from "./run-git.js";

export type UncommittedMode = "staged" | "working-tree";

/** What the CLI reviews for `--staged` (the index against HEAD) or `--working-tree` (files on disk, untracked included, against HEAD). */
export function readUncommitted(cwd: string, mode: UncommittedMode): { change: Change; range: ResolvedRange } {
  const baseSha = tryGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd) ?? EMPTY_TREE;
  const diff = mode === "staged" ? gitDiff(cwd, ["--cached", baseSha]) : gitDiff(cwd, [baseSha]) + untrackedDiffs(cwd);
  const description = mode === "staged" ? "the staged changes (index against HEAD)" : "the working tree against HEAD, untracked files included";
  // The change has no head commit: "" reads `:path` (the index) from git; the working tree is read from disk.
  const range: ResolvedRange = { baseSha, headSha: "", description };
  return { change: changeFromDiff(cwd, range, [], diff), range };
}

/** Lookups for uncommitted work: base texts at HEAD, head texts from the index, or from disk for the working tree. */
export function uncommittedLookups(
  cwd: string,
  range: ResolvedRange,
  mode: UncommittedMode,
  env: { token?: string; remote?: GitRemote },
): (needs: CollectedNeeds) => Promise<Lookups> {
  const fromGit = gitLookups(cwd, range, env);
  return async (needs) => {
    if (mode === "staged") return fromGit(needs);
    const found = await fromGit({ ...needs, fileContents: [] });
    const fileContents = new Map<string, string>();
    for (const path of needs.fileContents) {
      const text = readText(join(cwd, path));
      if (text !== undefined) fileContents.set(path, text);
    }
    return { ...found, fileContents };
  };
}

/** `git diff` leaves out untracked files; each is diffed against nothing, as `git add -N` would show it. */
function untrackedDiffs(cwd: string): string {
  const files = runGit(["ls-files", "--others", "--exclude-standard", "-z"], cwd).split("\0").filter(Boolean);
  let out = "";
  for (const path of files) {
    try {
      execFileSync("git", ["-c", "core.quotepath=off", "diff", "--no-color", "--no-index", "--src-prefix=a/", "--dst-prefix=b/", "--", "/dev/null", path], {
        cwd,
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (err) {
      // --no-index exits 1 when the files differ, which they always do here.
      const stdout = (err as { stdout?: Buffer }).stdout;
      if (stdout) out += decodeText(stdout);
    }
  }
  return out;
}

function readText(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
    const bytes = readFileSync(file);
    return bytes.subarray(0, 8000).includes(0) ? undefined : decodeText(bytes);
  } catch {
    return undefined;
  }
}
