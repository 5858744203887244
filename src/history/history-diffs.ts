import type { CorpusCommit } from "../cli/corpus-review.js";
import { GitError, runGit } from "../sources/git/run-git.js";

/** Changes whose diffs one git process reads: bounded so a long history's diffs are never all in memory. */
const CHUNK = 200;

/**
 * The diff of each change of a history against its first parent, CHUNK changes per
 * `git diff-tree --stdin` instead of one `git diff` process per change (on a history of
 * thousands of changes, starting git is most of what reading the diffs costs). The options are
 * the git source's own (gitDiff), so each diff is byte for byte what `git diff parent sha` prints.
 */
export class HistoryDiffs {
  private chunkStart = -1;
  private diffs: string[] | undefined;

  constructor(
    private readonly gitDir: string,
    private readonly changes: CorpusCommit[],
  ) {}

  /**
   * The diff of changes[i], reading its chunk on first use; undefined when git could not diff the
   * chunk (a snapshot missing a blob): the caller then diffs that change alone, so one unreadable
   * change is skipped without losing the others.
   */
  diffOf(i: number): string | undefined {
    const start = Math.floor(i / CHUNK) * CHUNK;
    if (start !== this.chunkStart) {
      this.chunkStart = start;
      try {
        this.diffs = readDiffs(this.gitDir, this.changes.slice(start, start + CHUNK));
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        this.diffs = undefined;
      }
    }
    return this.diffs?.[i - start];
  }
}

/**
 * One `git diff-tree` for several changes. Each input line is "<commit> <first parent>", so a
 * merge is diffed against its first parent only; `--always` prints each commit's id, alone on
 * its line, before its diff, even when the diff is empty. No line of a diff is a bare object id
 * (every line of a patch starts with a marker or a keyword), so the ids split the output.
 */
function readDiffs(gitDir: string, changes: CorpusCommit[]): string[] {
  const input = changes.map((c) => `${c.sha} ${c.parent}\n`).join("");
  const out = runGit(
    ["diff-tree", "--stdin", "--always", "-p", "--no-color", "--no-ext-diff", "--find-renames", "--src-prefix=a/", "--dst-prefix=b/"],
    gitDir,
    input,
  );
  let from = 0;
  const starts = changes.map((c) => {
    const at = from === 0 && out.startsWith(`${c.sha}\n`) ? 0 : out.indexOf(`\n${c.sha}\n`, from) + 1;
    if (at === 0 && !out.startsWith(`${c.sha}\n`)) throw new GitError(`git diff-tree printed no diff for ${c.sha}`);
    from = at + c.sha.length;
    return at;
  });
  return changes.map((c, i) => out.slice(starts[i] + c.sha.length + 1, i + 1 < starts.length ? starts[i + 1] : out.length));
}
