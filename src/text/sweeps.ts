import type { LineCounts } from "./line-counts.js";

/**
 * A mechanical sweep is one small edit repeated over many lines (php-cs-fixer's `\strlen(`,
 * `node:` import prefixes, `$this->assert` to `self::assert`): the added line equals the removed
 * one but for one token-level replacement. Reviewing it means reading the replacement once (#11).
 */

// Words, or single punctuation characters; whitespace is ignored like everywhere in line counts.
const TOKEN = /\w+|\S/g;

/**
 * The replacement that turns `removed` into `added`, as "old→new" once their common leading and
 * trailing tokens are dropped: `x = strlen($s)` to `x = \strlen($s)` is "→\".
 */
export function substitution(removed: string, added: string): string {
  const [r, a] = [removed.match(TOKEN) ?? [], added.match(TOKEN) ?? []];
  let start = 0;
  while (start < r.length && start < a.length && r[start] === a[start]) start++;
  let end = 0;
  while (end < r.length - start && end < a.length - start && r[r.length - 1 - end] === a[a.length - 1 - end]) end++;
  return `${r.slice(start, r.length - end).join("")}→${a.slice(start, a.length - end).join("")}`;
}

/**
 * The lines of `text` that are in `changed`, in file order, whitespace removed: a file's removed
 * (or added) lines in the order the diff shows them.
 */
export function changedInOrder(text: string, changed: LineCounts): string[] {
  const left = new Map(changed);
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, "");
    const n = left.get(line) ?? 0;
    if (n === 0) continue;
    left.set(line, n - 1);
    out.push(line);
  }
  return out;
}

export interface Pair {
  removed: string;
  added: string;
  key: string;
}

/**
 * A file's removed and added lines paired in order, when there are as many of each: the shape of
 * an edit made line by line in place. Otherwise no pairs (the file is not a sweep).
 */
export function pairLines(removed: string[], added: string[]): Pair[] {
  if (removed.length !== added.length) return [];
  return removed.map((r, i) => ({ removed: r, added: added[i], key: substitution(r, added[i]) }));
}
