/**
 * The deleted line an added line stands in for, as a side-by-side diff pairs them: in one hunk, the
 * i-th line the change removed faces the i-th line it added. A line that was already long and was
 * rewritten in place (ktor d4f201d8d6 simplified a 159-character condition to 130 characters on the
 * last line of its file) is the change's edit of an old line, not a long line the change wrote; the
 * neighbour test of replaced-line.ts cannot place it at a file's edge or between blank lines, and token
 * similarity misses a rewrite.
 *
 * The model carries added lines only, so the hunks are found again from the two texts: the head's
 * lines that were not added are the base's lines that were not deleted, in order. Each is matched to
 * the next equal base line; the base lines skipped on the way are the ones deleted there.
 */

/** Base lines searched ahead for one kept line: a hunk deleting more than this is not paired. */
const LOOKAHEAD = 400;
/** Line comparisons per file at most: a hostile pair of texts cannot make a review slow. */
const BUDGET = 200_000;

/** A pairing of added head lines (1-based) with the base lines their hunk deleted; computed on the first question. */
export function pairedLines(head: string | undefined, base: string | undefined, added: ReadonlySet<number>): (line: number) => string | undefined {
  if (head === undefined || base === undefined) return () => undefined;
  let pairs: Map<number, string> | undefined;
  return (line) => (pairs ??= pair(head.split("\n"), base.split("\n"), added)).get(line);
}

function pair(head: string[], base: string[], added: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let b = 0;
  let budget = BUDGET;
  let run: number[] = [];
  // The base lines from `from` up to `to` (exclusive) were deleted where the added run stands.
  const close = (from: number, to: number) => {
    for (let i = 0; i < run.length && from + i < to; i++) out.set(run[i], base[from + i]);
    run = [];
  };
  for (let h = 0; h < head.length; h++) {
    if (added.has(h + 1)) {
      run.push(h + 1);
      continue;
    }
    const end = Math.min(base.length, b + LOOKAHEAD);
    let at = b;
    while (at < end && base[at] !== head[h] && budget-- > 0) at++;
    // The kept line is not where it should be (the texts do not match the diff): pair nothing more.
    if (at >= end || budget <= 0) return out;
    close(b, at);
    b = at + 1;
  }
  close(b, base.length);
  return out;
}
