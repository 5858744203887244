import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseText } from "../syntax/change-facts.js";
import { perReviewFile } from "./review-memo.js";
import { lastAtOrBefore } from "../text/sorted-search.js";

/**
 * Lines the change only re-wrapped or re-spaced: a run of added lines whose text, whitespace and
 * line breaks left out, reads word for word in the file's text at base. commons-cli ca1e681ac7
 * restored the line breaks an earlier commit had collapsed (each file one long line at base): the
 * same commented-out test and the same prints were there, on one line. A formatter that joins or
 * splits statements does the same on a smaller scale. Comment leaders count as text, so code
 * commented out by the change (`//` added before live lines) never reads as the base's.
 */

/** A run must say this much (without whitespace) to count: `}` or `return x;` is in every file. */
const MIN_CHARS = 40;
/** Lines a stretch spans at head or at base: one line found in one line is a copy, not a re-wrap. */
const MIN_LINES = 2;
/** Base texts longer than this (whitespace left out) are not searched: a minified bundle is no one's reformat. */
const MAX_BASE = 4_000_000;

/**
 * Characters of base text searched per run, at most (each search that misses reads all of it): a
 * large run of new code beside a large base file cannot make a review slow. A re-wrap reads on in
 * place and searches little.
 */
const MAX_SEARCHED = 200_000_000;

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** Whether added line `line` (1-based, at head) of `file` lies in a run of added lines that only re-wraps base text. */
export function reflowed(file: ChangedFile, found: Lookups, line: number): boolean {
  return reflowedOf(file, found)(line) !== undefined;
}

/**
 * Whether added line `line` lies in such a run whose line breaks differ from the base's: it joins
 * or splits lines (the commons-cli restore, a formatter's re-wrap). A stretch laid out line for
 * line as at base is a copy of code the file has elsewhere (got's new `if (options.https.key) {`
 * beside the old one of the same shape): new code written in a familiar shape, not a re-wrap.
 */
export function rewrapped(file: ChangedFile, found: Lookups, line: number): boolean {
  return reflowedOf(file, found)(line) === true;
}

/** Per file and review: the runs of consecutive added lines, each judged once, when first asked about. */
const reflowedOf = perReviewFile((file: ChangedFile, found: Lookups): ((line: number) => boolean | undefined) => {
  const base = baseText(file, found);
  if (base === undefined || file.addedLines.length === 0) return () => undefined;
  const squeezed = squeezedLines(base);
  if (squeezed.text.length > MAX_BASE) return () => undefined;
  const runOf = runsOfAdded(file);
  const judged = new Map<number, Map<number, boolean>>();
  return (line) => {
    const run = runOf.get(line);
    if (run === undefined) return undefined;
    let marked = judged.get(run.first);
    if (!marked) judged.set(run.first, (marked = reflowedIn(run.lines, squeezed)));
    return marked.get(line);
  };
});

/** A base text without whitespace, and where each of its lines starts in it. */
interface Squeezed {
  text: string;
  starts: number[];
}

function squeezedLines(base: string): Squeezed {
  const starts: number[] = [];
  let text = "";
  for (const line of base.split("\n")) {
    starts.push(text.length);
    text += squeeze(line);
  }
  return { text, starts };
}

/**
 * Whether the stretch's lines, read from `at`, each start and end where a base line does (blank
 * lines aside): the same text laid out line for line as at base, a copy rather than a re-wrap.
 */
function sameBreaks(stretch: Run["lines"], base: Squeezed, at: number): boolean {
  const isBreak = (offset: number) => offset === base.text.length || base.starts[lastAtOrBefore(base.starts, offset)] === offset;
  let offset = at;
  for (const { key } of stretch) {
    if (key === "") continue;
    if (!isBreak(offset)) return false;
    offset += key.length;
  }
  return isBreak(offset);
}

/** How many base lines the squeezed text from `at`, `length` long, spans. */
function baseLinesSpanned(base: Squeezed, at: number, length: number): number {
  return lastAtOrBefore(base.starts, at + length - 1) - lastAtOrBefore(base.starts, at) + 1;
}

interface Run {
  first: number;
  lines: Array<{ line: number; key: string }>;
}

/** The runs of consecutive added lines (by their line at head), by each of their lines. */
function runsOfAdded(file: ChangedFile): Map<number, Run> {
  const out = new Map<number, Run>();
  let run: Run | undefined;
  for (const { line, text } of [...file.addedLines].sort((a, b) => a.line - b.line)) {
    if (!run || !out.has(line - 1)) run = { first: line, lines: [] };
    run.lines.push({ line, key: squeeze(text) });
    out.set(line, run);
  }
  return out;
}

/** The stretch from line `i` (read at `at` in the base), grown line by line while the joined text still reads at base. */
function grown(lines: Run["lines"], i: number, at: number, base: string, find: (text: string) => number): { j: number; text: string; at: number } {
  let [j, text] = [i, lines[i].key];
  while (j + 1 < lines.length) {
    const next = text + lines[j + 1].key;
    // A re-wrap reads on in place; else anywhere.
    const found = base.startsWith(next, at) ? at : find(next);
    if (found < 0) break;
    [text, at] = [next, found];
    j++;
  }
  return { j, text, at };
}

/**
 * The lines of a run that lie in stretches found whole in the base text, each with whether its
 * stretch spans a different number of lines at base: each stretch grows from its first line while
 * the joined text still reads at base, at the place it read before when it can (a re-wrap reads on
 * in place), else anywhere.
 */
function reflowedIn(lines: Run["lines"], squeezed: Squeezed): Map<number, boolean> {
  const base = squeezed.text;
  const out = new Map<number, boolean>();
  let searched = 0;
  const find = (text: string) => {
    searched += base.length;
    return base.indexOf(text);
  };
  let i = 0;
  while (i < lines.length && searched < MAX_SEARCHED) {
    if (lines[i].key === "") {
      i++;
      continue;
    }
    const at0 = find(lines[i].key);
    if (at0 < 0) {
      i++;
      continue;
    }
    const { j, text, at } = grown(lines, i, at0, base, find);
    const stretch = lines.slice(i, j + 1);
    const spans = Math.max(stretch.filter((l) => l.key !== "").length, baseLinesSpanned(squeezed, at, text.length));
    if (text.length >= MIN_CHARS && spans >= MIN_LINES) {
      const rewrapped = !sameBreaks(stretch, squeezed, at);
      for (const l of stretch) out.set(l.line, rewrapped);
    }
    i = j + 1;
  }
  return out;
}
