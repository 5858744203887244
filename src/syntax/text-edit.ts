import { Edit, type Point } from "web-tree-sitter";
import type { HunkRange } from "../model/change.js";

/** Unchanged stretches shorter than this are left inside the edits around them: too short to be worth finding. */
const MIN_ANCHOR_CHARS = 128;
/**
 * A hostile diff can have thousands of hunks: past this many edits, or this many stretches not
 * found (each search of one reads the rest of the text), the rest is one edit. Every search that
 * succeeds moves past what it read, so the whole costs a few passes over the texts.
 */
const MAX_EDITS = 1_000;
const MAX_MISSES = 8;

/**
 * The edits that turn `before` into `after`, last first, as tree-sitter takes them one after another
 * on the tree of `before`: each leaves the text before it where it was. With them, the parse of
 * `after` reuses every subtree outside the edited spans (a change that appends to a file reparses
 * only the end). The stretches of `after` outside the diff's hunks (`hunks`, new-side lines) are
 * found in `before` in order and left alone; between them, each edit is what lies between the
 * common prefix and suffix. A stretch found in the wrong place (a repeated block) only makes the
 * edits larger: every span left alone is the same text on both sides. Indexes and columns are in
 * UTF-16 code units, as web-tree-sitter's are. Empty when the texts are the same.
 */
export function editsBetween(before: string, after: string, hunks: HunkRange[] = []): Edit[] {
  const edits: Edit[] = [];
  const points = new Points(before);
  let b = 0;
  let a = 0;
  let misses = 0;
  for (const [from, to] of unchangedSpans(after, hunks)) {
    if (edits.length >= MAX_EDITS || misses >= MAX_MISSES) break;
    const at = from < a ? -1 : before.indexOf(after.slice(from, to), b);
    if (at < 0) {
      misses++;
      continue;
    }
    const edit = editWithin(before, after, b, at, a, from, points);
    if (edit) edits.push(edit);
    b = at + (to - from);
    a = to;
  }
  const last = editWithin(before, after, b, before.length, a, after.length, points);
  if (last) edits.push(last);
  return edits.reverse();
}

/** The one edit that turns `before` into `after` (their common prefix and suffix left alone), if they differ. */
export function editBetween(before: string, after: string): Edit | undefined {
  return editWithin(before, after, 0, before.length, 0, after.length, new Points(before));
}

/** The edit that turns before[bFrom, bTo) into after[aFrom, aTo) where the text before both is the same. */
function editWithin(before: string, after: string, bFrom: number, bTo: number, aFrom: number, aTo: number, points: Points): Edit | undefined {
  const shorter = Math.min(bTo - bFrom, aTo - aFrom);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(bFrom + prefix) === after.charCodeAt(aFrom + prefix)) prefix++;
  if (prefix === bTo - bFrom && prefix === aTo - aFrom) return undefined;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(bTo - 1 - suffix) === after.charCodeAt(aTo - 1 - suffix)) suffix++;
  const startIndex = bFrom + prefix;
  const oldEndIndex = bTo - suffix;
  const newEndIndex = startIndex + (aTo - suffix - (aFrom + prefix));
  const startPosition = points.at(startIndex);
  return new Edit({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition: points.at(oldEndIndex),
    newEndPosition: advance(startPosition, after, aFrom + prefix, aTo - suffix),
  });
}

/** Character spans of `text` outside the hunks, each from a line start (long enough to find). */
function unchangedSpans(text: string, hunks: HunkRange[]): Array<[number, number]> {
  if (hunks.length === 0) return [];
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  const offset = (line: number) => (line - 1 < starts.length ? starts[line - 1] : text.length);
  const spans: Array<[number, number]> = [];
  let line = 1;
  for (const h of [...hunks].sort((x, y) => x.start - y.start)) {
    if (h.start > line) spans.push([offset(line), offset(h.start)]);
    line = Math.max(line, h.start + h.length);
  }
  spans.push([offset(line), text.length]);
  return spans.filter(([from, to]) => to - from >= MIN_ANCHOR_CHARS);
}

/** Rows and columns (0-based) of character indexes asked for in increasing order, in one pass over the text. */
class Points {
  private index = 0;
  private point: Point = { row: 0, column: 0 };

  constructor(private readonly text: string) {}

  at(index: number): Point {
    this.point = advance(this.point, this.text, this.index, index);
    this.index = index;
    return this.point;
  }
}

/** The point reached from `start` by the text text[from, to). */
function advance(start: Point, text: string, from: number, to: number): Point {
  let row = start.row;
  let lineStart = -1;
  for (let nl = text.indexOf("\n", from); nl !== -1 && nl < to; nl = text.indexOf("\n", nl + 1)) {
    row++;
    lineStart = nl + 1;
  }
  return lineStart < 0 ? { row, column: start.column + (to - from) } : { row, column: to - lineStart };
}
