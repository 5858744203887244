import type { Change } from "../model/change.js";
import { readFileTree } from "../sources/git/git-source.js";

/**
 * Every path at each change's head, for rules that read the repository's layout (tests-required),
 * kept up to date along a history from each change's own file list instead of one
 * `git ls-tree -r` per change: the paths at a commit are the paths at its first parent, less
 * what it removed or renamed away, plus what it added or renamed in. Listed with ls-tree again
 * whenever the walk is not contiguous (a change read from the cache, a gap in the window).
 */
export class HistoryTree {
  private at: string | undefined;
  /** Sorted, so a path is found and placed by binary search. */
  private paths: string[] = [];
  /**
   * A copy of `paths` handed out until they change: most changes of a history add or remove no
   * file, and tests-required works out the repository's layout once per tree array it is given
   * (a thousand reviews of the same tree computed it a thousand times, #13). Never changed itself.
   */
  private snapshot: string[] | undefined;

  constructor(private readonly gitDir: string) {}

  /** Follows a change whose diff was read: its head's paths, from its base's. */
  advance(change: Change): void {
    if (this.at === undefined || this.at !== change.baseSha) {
      this.at = undefined;
      return;
    }
    for (const f of change.files) {
      if (f.status === "removed") this.remove(f.path);
      else if (f.status === "renamed" && f.previousPath !== undefined) {
        this.remove(f.previousPath);
        this.add(f.path);
      } else this.add(f.path);
    }
    this.at = change.headSha;
  }

  /** The paths at `sha` (git ls-tree -r when the walk has not kept them), or undefined when git cannot list it. */
  pathsAt(sha: string): string[] | undefined {
    if (this.at !== sha) {
      const listed = readFileTree(this.gitDir, sha);
      if (!listed) return undefined;
      this.paths = listed.sort();
      this.snapshot = undefined;
      this.at = sha;
    }
    return (this.snapshot ??= [...this.paths]);
  }

  private find(path: string): number {
    let lo = 0;
    let hi = this.paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.paths[mid] < path) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private add(path: string): void {
    const i = this.find(path);
    if (this.paths[i] === path) return;
    this.paths.splice(i, 0, path);
    this.snapshot = undefined;
  }

  private remove(path: string): void {
    const i = this.find(path);
    if (this.paths[i] !== path) return;
    this.paths.splice(i, 1);
    this.snapshot = undefined;
  }
}
