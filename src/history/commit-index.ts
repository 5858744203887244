import type { Commit } from "../model/change.js";
import { readLog } from "../sources/git/git-source.js";
import { runGit } from "../sources/git/run-git.js";

interface Indexed {
  commit: Commit;
  /** Author time, seconds. */
  at: number;
  /** Committer time, seconds: orders a change's commits oldest first, as `git log --reverse` does. */
  ct: number;
}

/**
 * Every commit reachable from HEAD, read in ONE `git log`, and which of them each change on the
 * first-parent line brought in. A per-change `git log parent..sha` would cost a git process per
 * change; here the commits a change brought are found by walking back from it and stopping at
 * what the earlier changes already landed (kept as a set, so the walk is linear overall).
 */
export class CommitIndex {
  private readonly commits = new Map<string, Indexed>();
  private readonly landed = new Set<string>();

  constructor(gitDir: string, oldestParent?: string) {
    for (const [sha, parents, name, email, at, ct, message] of readLog(gitDir, ["HEAD"], ["%H", "%P", "%an", "%ae", "%at", "%ct", "%B"]))
      this.commits.set(sha, {
        commit: { sha, parents: parents ? parents.split(" ") : [], author: { name, email }, message: (message ?? "").trimEnd() },
        at: Number(at),
        ct: Number(ct),
      });
    // Everything before the window counts as landed already.
    if (oldestParent) for (const sha of runGit(["rev-list", oldestParent], gitDir).split("\n")) if (sha) this.landed.add(sha);
  }

  authorTime(sha: string): number | undefined {
    return this.commits.get(sha)?.at;
  }

  /**
   * The commits `sha` brought that its first parent did not have, oldest first; call in order,
   * oldest change first. Undefined when the history is incomplete (the caller asks git instead).
   */
  land(sha: string): Commit[] | undefined {
    const found: Indexed[] = [];
    const stack = [sha];
    let complete = true;
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (this.landed.has(next)) continue;
      this.landed.add(next);
      const entry = this.commits.get(next);
      if (!entry) {
        complete = false;
        continue;
      }
      found.push(entry);
      stack.push(...entry.commit.parents);
    }
    return complete ? found.sort((a, b) => a.ct - b.ct).map((e) => e.commit) : undefined;
  }
}
