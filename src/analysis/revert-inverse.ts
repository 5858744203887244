/**
 * Whether a diff undoes another (#11): what a revert claims. Its added lines are what the reverted
 * commit deleted and its deleted lines what that commit added, each line of the reverted commit
 * used once, compared without indentation. A revert that adds new work besides ("Revert x" with a
 * new feature inside) does not: at most one line in ten may be its own (a conflict resolved on the
 * way). A message's `This reverts commit <sha>` is the author's word; this is what the diffs show.
 */
export const OWN_LINES_SHARE = 0.1;

export interface LineChanges {
  added: string[];
  deleted: string[];
}

export function undoes(revert: LineChanges, reverted: LineChanges): boolean {
  const changed = nonBlank(revert.added).length + nonBlank(revert.deleted).length;
  if (changed === 0) return false;
  const own = unmatched(revert.added, reverted.deleted) + unmatched(revert.deleted, reverted.added);
  return own <= changed * OWN_LINES_SHARE;
}

/** The lines a unified diff adds and deletes (its `+++`/`---` file headers left out), bounded: a diff is hostile input. */
const MAX_DIFF_CHARS = 2_000_000;
export function lineChanges(diff: string): LineChanges {
  const added: string[] = [];
  const deleted: string[] = [];
  for (const line of diff.slice(0, MAX_DIFF_CHARS).split("\n")) {
    if (line.startsWith("+++ ") || line.startsWith("--- ")) continue;
    if (line.startsWith("+")) added.push(line.slice(1));
    else if (line.startsWith("-")) deleted.push(line.slice(1));
  }
  return { added, deleted };
}

/** The subject a revert's title quotes, as `git revert` writes it: `Revert "<the reverted commit's subject>"`. */
export function revertedTitle(message: string): string | undefined {
  return /^Revert "(.{1,300})"\s*$/.exec(message.split("\n", 1)[0])?.[1];
}

/** The commit a message says it reverts, as git writes it: `This reverts commit <sha>`. */
export function revertedSha(message: string): string | undefined {
  return /\bThis reverts commit ([0-9a-f]{7,40})\b/.exec(message.slice(0, 5000))?.[1];
}

const nonBlank = (lines: string[]) => lines.map((l) => l.trim()).filter((l) => l !== "");

/** How many of `lines` (non-blank) are not among `pool`, each line of the pool used once. */
function unmatched(lines: string[], pool: string[]): number {
  const left = new Map<string, number>();
  for (const l of nonBlank(pool)) left.set(l, (left.get(l) ?? 0) + 1);
  let n = 0;
  for (const l of nonBlank(lines)) {
    const k = left.get(l) ?? 0;
    if (k > 0) left.set(l, k - 1);
    else n++;
  }
  return n;
}

/**
 * The same test where only the revert's added lines and its count of deleted lines are known (a pull request's
 * files on GitHub, whose deleted text the App does not read): the added lines are what the reverted commit
 * deleted, and it deletes about as many lines as that commit added.
 */
export function undoesByAdded(added: string[], deletions: number, reverted: LineChanges): boolean {
  const changed = nonBlank(added).length + deletions;
  if (changed === 0) return false;
  const own = unmatched(added, reverted.deleted) + Math.abs(deletions - reverted.added.length);
  return own <= changed * OWN_LINES_SHARE;
}
