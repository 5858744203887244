import type { ChangedFile } from "../model/change.js";
import { portNotice } from "./port-notices.js";

/**
 * A block of code the change adds whole right under a comment that says it was copied ("// Copied
 * from node/src/node.js", "# Taken from CPython's shutil"), when the block is not a function the
 * parser reads a doc comment for (a `switch`, a table, a struct literal, a function written after a
 * longer comment): its TODOs and FIXMEs came with it, the source's notes (debug-js/debug e4d021a223,
 * node's FIXMEs in `createWritableStdioStream`, judged "not worth saying", session 15).
 *
 * Read from the text alone, by indentation: the first code line after the comment opens the block at
 * the comment's indentation, and the block runs over the lines indented deeper (and blank lines), and
 * a closing line (`}`, `)`, `]`, `end`) back at that indentation. Every line from the comment to the
 * block's end must be added: a TODO added inside code the file had is the author's.
 */

/** Comment lines read between the notice and the block's opener, and lines of a block, at most. */
const MAX_COMMENT_LINES = 12;
const MAX_BLOCK_LINES = 400;
/** Notices read per file, at most: a bound on hostile input. */
const MAX_NOTICES = 20;

const COMMENT = /^\s*(?:\/\/|#|\/?\*|--)/;
const CLOSER = /^\s*(?:[}\])]|end\b)/;
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;

/** The head line numbers of the blocks the change adds whole under a comment that says they were copied. */
export function creditedBlockLines(file: ChangedFile, lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const added = new Set(file.addedLines.map((l) => l.line));
  let notices = 0;
  for (const { line, text } of file.addedLines) {
    if (out.has(line) || !COMMENT.test(text) || notices >= MAX_NOTICES) continue;
    if (portNotice(text.slice(0, 400), { anywhere: true, credits: false }) === undefined) continue;
    notices++;
    const block = blockUnder(line, lines);
    if (!block) continue;
    const [from, to] = block;
    let whole = true;
    for (let l = line; l <= to && whole; l++) whole = added.has(l) || lines[l - 1].trim() === "";
    if (whole) for (let l = from; l <= to; l++) out.add(l);
  }
  return out;
}

/** The first and last line (1-based) of the block under the comment at `notice`, or undefined. */
function blockUnder(notice: number, lines: readonly string[]): [number, number] | undefined {
  let opener = notice + 1;
  // Over the rest of the comment, and one blank line that sets it apart.
  for (let n = 0; opener <= lines.length && n < MAX_COMMENT_LINES && COMMENT.test(lines[opener - 1]); n++) opener++;
  if (opener <= lines.length && lines[opener - 1].trim() === "") opener++;
  if (opener > lines.length || COMMENT.test(lines[opener - 1]) || lines[opener - 1].trim() === "") return undefined;
  const depth = indentOf(lines[opener - 1]);
  // A block comment's ` * ` lines sit one column in: the notice is at the opener's indentation, give or take one.
  if (Math.abs(indentOf(lines[notice - 1]) - depth) > 1) return undefined;
  let end = opener;
  for (let l = opener + 1; l <= lines.length && l <= opener + MAX_BLOCK_LINES; l++) {
    const text = lines[l - 1];
    if (text.trim() === "") continue;
    if (indentOf(text) > depth) {
      end = l;
      continue;
    }
    if (CLOSER.test(text) && indentOf(text) === depth) end = l;
    break;
  }
  return end > opener ? [opener, end] : undefined;
}
