import { blankStrings } from "./string-literals.js";

// A commented-out statement that carries its own trailing comment: `expect(a).toBe(1); // TODO: fix this`,
// `print(x)  # debug`. The note after the code is the code's, not words that make the line a sentence
// (h3 3abbdb29c9: two parked assertions read as prose for "h3 should add this header").

// An opener set apart by a space: `//` or `#` (not Rust's `#[attr]`, a shebang, Ruby's `#{`).
const OPENER = /\s(?:\/\/|#)(?![[!{])/g;
// Code before it: a call, an assignment, a statement's end (`;`), an index or a block.
const CODE_BEFORE = /[(){}[\];=]/;
const QUOTE = /["'`]/;

/**
 * A comment line's code (strings blanked to `""`) and the note trailing it (as written), when the line is code
 * followed by its own comment; undefined otherwise. The first opener outside a string counts: one pass over the line.
 */
export function trailingComment(line: string): { code: string; note: string } | undefined {
  for (const at of line.matchAll(OPENER)) {
    const code = blankStrings(line.slice(0, at.index));
    // Inside a string still (`"a # b"`): its quote is left open once the closed strings are blanked.
    if (QUOTE.test(code.replace(/""/g, ""))) continue;
    if (code.trim() === "" || !CODE_BEFORE.test(code)) return undefined;
    return { code, note: line.slice(at.index! + at[0].length).replace(/^(?:\/+|#+)?\s*/, "") };
  }
  return undefined;
}

/** A line without the note trailing its code, strings blanked: the whole line (blanked) when it has none. */
export function codeBeforeNote(line: string): string {
  return trailingComment(line)?.code ?? blankStrings(line);
}
