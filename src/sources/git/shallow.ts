import { existsSync, readFileSync } from "node:fs";
import { runGit, tryGit, GitError } from "./run-git.js";

/** What to tell a user whose clone lacks history: the exact setting, for CI and for a shell. */
export const FETCH_DEPTH_HINT =
  "In GitHub Actions set `fetch-depth: 0` on actions/checkout (or fetch enough history before this step); in a shell run `git fetch --unshallow`";

export function isShallow(cwd: string): boolean {
  return tryGit(["rev-parse", "--is-shallow-repository"], cwd) === "true";
}

/** The commits whose parents a shallow clone cut off (`.git/shallow`). */
export function shallowBoundary(cwd: string): Set<string> {
  const file = tryGit(["rev-parse", "--path-format=absolute", "--git-path", "shallow"], cwd);
  if (!file || !existsSync(file)) return new Set();
  return new Set(readFileSync(file, "utf8").split("\n").filter(Boolean));
}

export function hasCommit(cwd: string, sha: string): boolean {
  return tryGit(["cat-file", "-e", `${sha}^{commit}`], cwd) !== undefined;
}

export interface HistoryNeed {
  baseSha: string;
  headSha: string;
  /** Commits the range is known to hold (a pull request's `commits`): the first fetch's depth. */
  commits?: number;
  remote?: string;
}

/**
 * Makes sure a shallow clone holds the whole range base...head: both ends, their merge-base, and
 * no commit in between whose parents the clone cut off. Fetches the missing ends by SHA, then
 * deepens (doubling, a bounded number of times) until that holds. Returns the merge-base, or
 * throws a GitError that says exactly what to set.
 */
export function ensureHistory(cwd: string, need: HistoryNeed, log: (msg: string) => void = () => {}): string {
  const remote = need.remote ?? "origin";
  const fetch = (args: string[], shas: string[]) => {
    log(`fetching history: git fetch ${[...args, remote, ...shas.map((s) => s.slice(0, 12))].join(" ")}`);
    try {
      runGit(["fetch", "--quiet", "--no-tags", "--no-recurse-submodules", ...args, remote, ...shas], cwd);
    } catch (err) {
      throw new GitError(
        `this clone lacks the history to review ${short(need.baseSha)}...${short(need.headSha)} and fetching it failed (${(err as Error).message}). ${FETCH_DEPTH_HINT}`,
      );
    }
  };
  // A complete clone stays complete: --depth would make it shallow.
  const depth = (n: number) => (isShallow(cwd) ? [`--depth=${n}`] : []);
  if (!hasCommit(cwd, need.headSha)) fetch(depth(Math.max(2, (need.commits ?? 50) + 1)), [need.headSha]);
  if (!hasCommit(cwd, need.baseSha)) fetch(depth(1), [need.baseSha]);
  let step = Math.max(50, need.commits ?? 0);
  for (let attempt = 0; ; attempt++) {
    const mergeBase = complete(cwd, need.baseSha, need.headSha);
    if (mergeBase) return mergeBase;
    if (!isShallow(cwd)) throw new GitError(`${short(need.baseSha)} and ${short(need.headSha)} share no history; pass a --base that the head grew from`);
    if (attempt === 8)
      throw new GitError(
        `after deepening this shallow clone 8 times, ${short(need.baseSha)}...${short(need.headSha)} is still incomplete. ${FETCH_DEPTH_HINT}`,
      );
    fetch([`--deepen=${step}`], [need.baseSha, need.headSha]);
    step *= 2;
  }
}

/**
 * The merge-base when the range is wholly present: no commit between it and either end lost its
 * parents to the shallow cut (on the head side the commit list would be wrong; on the base side
 * an older commit could pass for the merge-base).
 */
function complete(cwd: string, baseSha: string, headSha: string): string | undefined {
  const mergeBase = tryGit(["merge-base", baseSha, headSha], cwd);
  if (!mergeBase) return undefined;
  const boundary = shallowBoundary(cwd);
  if (boundary.size === 0) return mergeBase;
  const between = runGit(["rev-list", `^${mergeBase}`, headSha, baseSha], cwd)
    .split("\n")
    .filter(Boolean);
  return between.some((c) => boundary.has(c)) ? undefined : mergeBase;
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
