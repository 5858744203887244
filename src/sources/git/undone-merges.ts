import type { Change, ChangedFile } from "../../model/change.js";
import { linesFrom, markRestored, RESTORED_SHARE, restoredShare } from "../../model/restored-lines.js";
import { readBlobTexts } from "./read-blobs.js";
import { runGit } from "./run-git.js";

/**
 * How many commits of the base's first-parent line are looked at for a merge the change may undo:
 * the merge itself, or a fix or two landed on top of it before someone noticed (phpseclib's "undo
 * merging of master to 2.0 branch", two commits after the merge). One `git rev-list` reads them.
 */
const RECENT_COMMITS = 3;
/** Files compared, at most: with the parents' texts and the base's, one review stays one `git cat-file --batch`. */
const MAX_FILES = 200;
/** Below this many non-blank added lines, a file's lines are too few to say where they came from. */
const MIN_LINES = 10;

/**
 * Marks the files whose added lines put back what a recent merge brought in or took out (#10):
 * at least RESTORED_SHARE of a file's non-blank added lines are lines the file held at a parent
 * of a merge among the base's last RECENT_COMMITS commits, and that the base no longer holds
 * (phpseclib b4cf10fc94 reverting "Merge branch '2.0'", 8fb4c3363d undoing a merge of master into
 * 2.0 by hand). Decided by the texts alone, not by the message: git's `This reverts commit` line
 * may name a merge the repository no longer has. Only lines the base lost count, so code that a
 * parent and the base both hold (a `}`, a common call) is never taken for put back.
 */
export function markUndoneMerges(cwd: string, change: Change): void {
  const files = change.files
    .filter((f) => f.status !== "removed" && !f.binary && f.restoredLines === undefined && nonBlank(f) >= MIN_LINES)
    .slice(0, MAX_FILES);
  if (files.length === 0) return;
  const parents = mergeParents(cwd, change.baseSha);
  if (parents.length === 0) return;
  const before = (f: ChangedFile) => f.previousPath ?? f.path;
  const paths = [...new Set(files.map(before))];
  const [base, ...atParents] = readBlobTexts(
    cwd,
    [change.baseSha, ...parents].map((rev) => ({ rev, paths })),
  );
  for (const file of files) {
    const now = base.get(before(file))?.split("\n") ?? [];
    for (const [i, texts] of atParents.entries()) {
      const then = texts.get(before(file));
      if (then === undefined) continue;
      const lines = linesFrom(file.addedLines, lostLines(then.split("\n"), now));
      if (restoredShare(file, lines) < RESTORED_SHARE) continue;
      markRestored(file, lines, `as at ${parents[i].slice(0, 10)}, a parent of a merge the change undoes`);
      break;
    }
  }
}

/** The lines of `then` that `now` lacks, counted as a multiset: two `return x;` then and one now leave one. */
export function lostLines(then: string[], now: string[]): string[] {
  const kept = new Map<string, number>();
  for (const line of now) kept.set(line.trim(), (kept.get(line.trim()) ?? 0) + 1);
  return then.filter((line) => {
    const n = kept.get(line.trim()) ?? 0;
    if (n > 0) kept.set(line.trim(), n - 1);
    return n === 0;
  });
}

/** The parents of the merges among the base's last RECENT_COMMITS first-parent commits; none when there is no merge. */
function mergeParents(cwd: string, baseSha: string): string[] {
  let out: string;
  try {
    out = runGit(["rev-list", "--first-parent", "--parents", "-n", String(RECENT_COMMITS), baseSha], cwd);
  } catch {
    return [];
  }
  const parents = out
    .split("\n")
    .map((line) => line.trim().split(" "))
    .filter((ids) => ids.length > 2)
    .flatMap((ids) => ids.slice(1));
  return [...new Set(parents)];
}

const nonBlank = (f: ChangedFile) => f.addedLines.filter((l) => l.text.trim() !== "").length;
