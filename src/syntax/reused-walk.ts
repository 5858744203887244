import type { Tree } from "web-tree-sitter";
import type { WalkResult } from "./walk.js";
import { endLine } from "./walk.js";

/**
 * The start and the end of a modified file's head that are the same as its base, text and tree
 * alike: the head's walk reads only what lies between and takes the facts of both from the base's
 * walk. Most changes touch a few places of a file: walking the head in full walked the base again.
 */
export interface ReusedParts {
  /** The head's walk starts here (0: at the start) and stops before `to`. */
  from: number;
  to: number;
  /** Facts of the base that start on this line (1-based) or before are the head's too (0: none). */
  lastLine: number;
  /** Facts of the base that start on this line or after are the head's, `shift` lines down (Infinity: none). */
  firstLine: number;
  shift: number;
}

/** Characters around the change that must be the same besides the tree: the walk reads up to 40 around a node. */
const MARGIN = 64;
/** Siblings a node's facts read (Rust attributes, PHPDoc): a reused child must not follow a changed one of these. */
const READ_BY_NEXT = /comment|attribute/;

/**
 * Children of the head's root that lie wholly before both the first character that differs and
 * the first range whose structure tree-sitter reports changed (`edited` is the base's tree after
 * the edits, `head` the tree parsed from it), and those wholly after the last of both. Each must
 * own its lines (facts are split by line), and whatever the walk reads around a node (preceding
 * siblings, the text before it, whether a string is the module's first statement) must be the same.
 * `functions` are the language's function node types: an anonymous function at the root is
 * named from the file's first characters, so it is reused only when those are the same.
 */
export function reusableParts(edited: Tree, head: Tree, baseText: string, headText: string, functions: Record<string, unknown>): ReusedParts | undefined {
  const samePrefix = commonPrefixLength(baseText, headText);
  const sameSuffix = Math.min(commonSuffixLength(baseText, headText), Math.min(baseText.length, headText.length) - samePrefix);
  let before = samePrefix;
  let after = headText.length - sameSuffix;
  for (const range of edited.getChangedRanges(head)) {
    before = Math.min(before, range.startIndex);
    after = Math.max(after, range.endIndex);
  }
  const children = head.rootNode.children as NonNullable<(typeof head.rootNode.children)[number]>[];
  const parts: ReusedParts = { from: 0, to: Infinity, lastLine: 0, firstLine: Infinity, shift: lineCount(headText) - lineCount(baseText) };
  const k = samePrefix >= MARGIN ? prefixEnd(children, before) : 0;
  if (k > 0) {
    const last = children[k - 1];
    // Nothing else may start on the last reused line, in either text.
    if (last.endPosition.row + 1 > endLine(last) || (restOfLineBlank(baseText, last.endIndex) && restOfLineBlank(headText, last.endIndex))) {
      parts.from = children[k].startIndex;
      parts.lastLine = endLine(last);
    }
  }
  const j = suffixStart(children, after + MARGIN, Math.max(k, 1));
  if (j !== undefined && (samePrefix >= MARGIN || !children.slice(j).some((c) => c.type in functions))) {
    const first = children[j];
    // Nothing else may start on the first reused line, in either text.
    if (lineBeforeBlank(headText, first.startIndex) && lineBeforeBlank(baseText, first.startIndex - headText.length + baseText.length)) {
      parts.to = first.startIndex;
      parts.firstLine = first.startPosition.row + 1;
    }
  }
  return parts.from > 0 || parts.to < Infinity ? parts : undefined;
}

/** Index of the first child not reused at the start: those before end within `limit`, each on lines of its own. */
function prefixEnd(children: Array<{ endIndex: number; startPosition: { row: number } } & Parameters<typeof endLine>[0]>, limit: number): number {
  let k = 0;
  while (k < children.length && children[k].endIndex <= limit) k++;
  while (k > 0 && k < children.length && endLine(children[k - 1]) > children[k].startPosition.row) k--;
  return k < children.length ? k : 0;
}

/**
 * Index of the first child reused at the end: the one after the first child that starts past
 * `limit` (that child may follow changed siblings; the next follows it, unchanged), provided
 * that one is not a comment or an attribute a later sibling reads, and the two do not share a line.
 */
function suffixStart(
  children: Array<{ startIndex: number; type: string; startPosition: { row: number } } & Parameters<typeof endLine>[0]>,
  limit: number,
  min: number,
): number | undefined {
  let j = min;
  while (j < children.length && children[j].startIndex < limit) j++;
  while (j < children.length && READ_BY_NEXT.test(children[j].type)) j++;
  j++;
  if (j >= children.length || endLine(children[j - 1]) > children[j].startPosition.row) return undefined;
  return j;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function lineBeforeBlank(text: string, to: number): boolean {
  return text.slice(text.lastIndexOf("\n", to - 1) + 1, to).trim() === "";
}

function restOfLineBlank(text: string, from: number): boolean {
  const end = text.indexOf("\n", from);
  return text.slice(from, end === -1 ? text.length : end).trim() === "";
}

/**
 * The base's facts up to `lastLine`, the head's own walk of the rest, and the base's facts from
 * `firstLine` moved down by `shift` lines. Every fact taken is a copy: the post-walk steps change
 * some (a function's code lines, a test's compile-only flag), and the base's facts stay as they were.
 */
export function withReusedParts(base: WalkResult, parts: ReusedParts, rest: WalkResult): WalkResult {
  const s = parts.shift;
  const head = <T extends { start: number }>(facts: T[]): T[] => facts.filter((f) => f.start <= parts.lastLine);
  const tail = <T extends { start: number }>(facts: T[]): T[] => facts.filter((f) => f.start + s >= parts.firstLine);
  const moved = <T extends { start: number; end: number }>(f: T): T => ({ ...f, start: f.start + s, end: f.end + s });
  const movedFunction = (f: WalkResult["functions"][number]) => {
    const copy = { ...moved(f), deepestLine: f.deepestLine + s };
    if (f.blocks) copy.blocks = f.blocks.map(moved);
    if (f.increments)
      copy.increments = f.increments.map((i) => {
        const c = { ...i, line: i.line + s };
        if (i.end !== undefined) c.end = i.end + s;
        return c;
      });
    return copy;
  };
  return {
    functions: [...head(base.functions).map((f) => ({ ...f })), ...rest.functions, ...tail(base.functions).map(movedFunction)],
    comments: [...head(base.comments), ...rest.comments, ...tail(base.comments).map(moved)],
    docstrings: [...head(base.docstrings).map((d) => ({ ...d })), ...rest.docstrings, ...tail(base.docstrings).map(moved)],
    strings: [...head(base.strings), ...rest.strings, ...tail(base.strings).map(moved)],
    calls: [
      ...base.calls.filter((c) => c.line <= parts.lastLine),
      ...rest.calls,
      ...base.calls.filter((c) => c.line + s >= parts.firstLine).map((c) => ({ ...c, line: c.line + s })),
    ],
    tests: [...head(base.tests).map((t) => ({ ...t })), ...rest.tests, ...tail(base.tests).map(moved)],
    declarationLines: new Set([
      ...[...base.declarationLines].filter((l) => l <= parts.lastLine),
      ...rest.declarationLines,
      ...[...base.declarationLines].filter((l) => l + s >= parts.firstLine).map((l) => l + s),
    ]),
  };
}
