import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { hasSyntax } from "../syntax/change-facts.js";
import type { CommentFact } from "../syntax/facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { codeLinesOf } from "./code-lines.js";

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
  let to = at;
  while (to + 1 < lines.length && lines[to + 1].block === block && !isMarker(lines[to + 1].text)) to++;
  return lines.slice(from, to + 1).map((l) => l.text);
}
