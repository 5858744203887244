import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { hasSyntax } from "../syntax/change-facts.js";
import type { CommentFact } from "../syntax/facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { codeLinesOf } from "./code-lines.js";
import { linesOf } from "../text/text-lines.js";

/** One line of a comment: its text without delimiters, the block it belongs to, and whether the change added it. */
export interface CommentLine {
  line: number;
  text: string;
  /** Lines of one comment, and full-line comments on consecutive lines, share a block. */
  block: number;
  added: boolean;
}

/**
 * The comment lines of a file, in order, grouped into blocks: from the parser for the languages it
 * knows (the whole file when its text is at hand, so a block reaches into unchanged lines; docstrings
 * included), from the line lexer for the others (shell, C, Swift…), where only added lines are known.
 * Empty when no added line passes `worthParsing`.
 */
export function commentBlocks(file: ChangedFile, found: Lookups, worthParsing: (text: string) => boolean): CommentLine[] {
  if (!file.addedLines.some((l) => worthParsing(l.text))) return [];
  const added = new Set(file.addedLines.map((l) => l.line));
  if (hasSyntax(file)) {
    const facts = lineFacts(file, found);
    return facts ? fromFacts(facts.comments, added) : [];
  }
  const { lang, masked } = codeLinesOf(file);
  if (lang === "unknown") return [];
  const out: CommentLine[] = [];
  let block = 0;
  for (const [i, m] of masked.entries()) {
    const line = file.addedLines[i].line;
    // A comment after code starts its own block; a full-line comment right below the last one continues it.
    const continues = out.length > 0 && out.at(-1)!.line >= line - 1 && m.code.trim() === "";
    if (m.comments.length > 0 && !continues) block++;
    for (const text of m.comments) out.push({ line, text, block, added: true });
  }
  return out;
}

function fromFacts(comments: CommentFact[], added: Set<number>): CommentLine[] {
  const out: CommentLine[] = [];
  let block = 0;
  let lastEnd = -1;
  for (const c of [...comments].sort((a, b) => a.start - b.start)) {
    // A trailing comment belongs to its code line: it starts a block, and full-line comments below may continue it.
    if (c.trailing || c.start !== lastEnd + 1) block++;
    lastEnd = c.end;
    for (const [i, text] of c.lines.entries()) out.push({ line: c.start + i, text, block, added: added.has(c.start + i) });
  }
  return out;
}

const BLANK_COMMENT = /^\s*(?:\/\/+|#+|\/?\*+\/?|--|;+)?\s*$/;

/**
 * The lines of `at`'s block that speak for it: from the block's start, or the line after the
 * previous marker in the block, to the line before the next marker. A reference above a TODO
 * ("Workaround for https://…/issues/3" then "TODO: remove") is the TODO's; one on another TODO's line
 * is that TODO's.
 */
export function todoSegment(lines: CommentLine[], at: number, isMarker: (text: string) => boolean): string[] {
  const { block } = lines[at];
  let from = at;
  while (from > 0 && lines[from - 1].block === block && !isMarker(lines[from - 1].text)) from--;
  // Under another marker of the block, the lines up to a blank comment line go on with that marker's text (xxhash's
  // TODO whose issue URL wraps onto the next line, over a second TODO after a `//`): only the paragraph after it is ours.
  if (from > 0 && lines[from - 1].block === block) {
    let gap = at - 1;
    while (gap >= from && !BLANK_COMMENT.test(lines[gap].text)) gap--;
    from = gap >= from ? gap + 1 : at;
  }
  let to = at;
  while (to + 1 < lines.length && lines[to + 1].block === block && !isMarker(lines[to + 1].text)) to++;
  return lines.slice(from, to + 1).map((l) => l.text);
}

/** Base lines between a hunk's anchors, at most: more is a rewrite, not a TODO reworded in place. */
const MAX_REPLACED = 12;
/** Unchanged lines on each side of an added run that must match at base (one line is often `}` or blank). */
const ANCHOR_LINES = 2;

/**
 * The added lines of `file` that are TODOs written in place of a TODO the change deleted: the run of
 * added lines holding them sits between the same unchanged lines as a base run holding as many TODOs
 * or more (`// TODO - returns null?` → `// TODO: what if getExtendsBound() returns null?`). An
 * edited TODO is not a new one. `wasAtBase` tells an added TODO that keeps a base TODO's words (it
 * accounts for one removed TODO already). Needs the file's text at head and at base; empty without them.
 */
export function todosEditedInPlace(
  file: ChangedFile,
  found: Lookups,
  isTodoLine: (text: string) => boolean,
  wasAtBase: (text: string) => boolean,
): Set<number> {
  const out = new Set<number>();
  const head = found.fileContents.get(file.path);
  const base = file.status === "added" ? undefined : found.baseContents?.get(file.previousPath ?? file.path);
  if (head === undefined || base === undefined) return out;
  const headLines = linesOf(head);
  const baseLines = linesOf(base);
  const added = new Set(file.addedLines.map((l) => l.line));
  for (const run of addedRuns(file)) {
    const todos = run.filter((line) => isTodoLine(headLines[line - 1] ?? ""));
    if (todos.length === 0) continue;
    const removed = replacedRun(headLines, baseLines, added, run[0], run.at(-1)!);
    // A removed TODO whose words an added one keeps (`Remove this in Got 12` → `… Got 13`) is that
    // one's; the others pair in order with the added TODOs not already known, and extra added TODOs are new.
    const fresh = todos.filter((line) => !wasAtBase(headLines[line - 1]));
    const removedTodos = (removed ? removed.filter(isTodoLine).length : 0) - (todos.length - fresh.length);
    for (const line of fresh.slice(0, Math.max(0, removedTodos))) out.add(line);
  }
  return out;
}

/** The added lines in runs of consecutive head lines. */
function addedRuns(file: ChangedFile): number[][] {
  const runs: number[][] = [];
  for (const { line } of file.addedLines) {
    const last = runs.at(-1);
    if (last && last.at(-1) === line - 1) last.push(line);
    else runs.push([line]);
  }
  return runs;
}

/**
 * The base lines the added run `first..last` replaced: those between the unchanged head lines
 * around it, found at base with nothing but up to MAX_REPLACED lines between them. Undefined when
 * the anchors are not found once, exactly (a run at a file's edge, anchors repeated at base).
 */
function replacedRun(headLines: string[], baseLines: string[], added: Set<number>, first: number, last: number): string[] | undefined {
  const above = anchor(headLines, added, first - 1, -1);
  const below = anchor(headLines, added, last + 1, 1);
  if (above.length === 0 || below.length === 0) return undefined;
  let found: string[] | undefined;
  for (let i = above.length - 1; i < baseLines.length; i++) {
    if (!matchesAt(baseLines, i - above.length + 1, above)) continue;
    for (let j = i + 2; j <= i + 1 + MAX_REPLACED && j < baseLines.length; j++) {
      if (!matchesAt(baseLines, j, below)) continue;
      if (found) return undefined;
      found = baseLines.slice(i + 1, j);
      break;
    }
  }
  return found;
}

/** Up to ANCHOR_LINES unchanged head lines from line `from` going `step`, in file order, trimmed. */
function anchor(headLines: string[], added: Set<number>, from: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let line = from; line >= 1 && line <= headLines.length && !added.has(line) && out.length < ANCHOR_LINES; line += step)
    out.push(headLines[line - 1].trim());
  return step === -1 ? out.reverse() : out;
}

function matchesAt(lines: string[], at: number, want: string[]): boolean {
  return at >= 0 && want.every((w, k) => lines[at + k]?.trim() === w);
}
