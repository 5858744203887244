import type { Tree } from "web-tree-sitter";
import type { WalkResult } from "./walk.js";
import { endLine } from "./walk.js";

/**
 * The start of a modified file's head that is the same as its base, text and tree alike, so the
 * head's walk reads only the rest and takes the facts before it from the base's walk. Most changes
 * touch the end or the middle of a file: walking the head in full walked the whole base again.
 */
export interface ReusedPrefix {
  /** Where the head's walk starts: the first child of the root that is not the base's. */
  from: number;
  /** Facts that start on this line (1-based) or before are the base's: the last reused child's last line. */
  lastLine: number;
}

/**
 * Below this many identical characters nothing is reused: a function at the root is named from
 * the file's first 40 characters when it is the parser's recovery (walk.ts, nameAnonymous).
 */
const MIN_PREFIX = 64;

/**
 * The children of the head's root that lie wholly before both the first character that differs
 * and the first range whose structure tree-sitter reports changed (`edited` is the base's tree
 * after the edits, `head` the tree parsed from it). Each child must own its lines: the next one
 * starts on a later line, so the facts split by line. Whatever the walk reads around a node (a
 * preceding sibling, the text before it, the root's first children) is then the same in both.
 */
export function reusablePrefix(edited: Tree, head: Tree, baseText: string, headText: string): ReusedPrefix | undefined {
  let same = commonPrefixLength(baseText, headText);
  if (same < MIN_PREFIX) return undefined;
  for (const range of edited.getChangedRanges(head)) same = Math.min(same, range.startIndex);
  const children = head.rootNode.children;
  let k = 0;
  while (k < children.length && children[k]!.endIndex <= same) k++;
  while (k > 0 && k < children.length && endLine(children[k - 1]!) > children[k]!.startPosition.row) k--;
  if (k === 0 || k === children.length) return undefined;
  const last = children[k - 1]!;
  const lastLine = endLine(last);
  // Nothing else may start on the last reused line, in either text: the base's facts are taken by line.
  if (lastLine === last.endPosition.row + 1 && !(restOfLineBlank(baseText, last.endIndex) && restOfLineBlank(headText, last.endIndex))) return undefined;
  return { from: children[k]!.startIndex, lastLine };
}

function restOfLineBlank(text: string, from: number): boolean {
  const end = text.indexOf("\n", from);
  return text.slice(from, end === -1 ? text.length : end).trim() === "";
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The base's facts up to the prefix's last line, then the head's own from the rest. Facts the
 * post-walk steps change (a function's code lines and suite flag, a test's compile-only flag) are
 * copied, so the base's facts stay as they were.
 */
export function withReusedPrefix(base: WalkResult, lastLine: number, rest: WalkResult): WalkResult {
  const upTo = <T extends { start: number }>(facts: T[]): T[] => facts.filter((f) => f.start <= lastLine);
  return {
    functions: [...upTo(base.functions).map((f) => ({ ...f })), ...rest.functions],
    comments: [...upTo(base.comments), ...rest.comments],
    docstrings: [...upTo(base.docstrings).map((d) => ({ ...d })), ...rest.docstrings],
    strings: [...upTo(base.strings), ...rest.strings],
    calls: [...base.calls.filter((c) => c.line <= lastLine), ...rest.calls],
    tests: [...upTo(base.tests).map((t) => ({ ...t })), ...rest.tests],
    declarationLines: new Set([...[...base.declarationLines].filter((l) => l <= lastLine), ...rest.declarationLines]),
  };
}
