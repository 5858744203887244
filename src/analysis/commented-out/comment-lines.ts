import type { FunctionFact } from "../../syntax/facts.js";
import { STRING_LITERALS } from "../../text/string-literals.js";

// What no-commented-out-code reads in a comment line: its text, its names, its shape, the live lines beside it.

export const STATEMENT_WORD =
  /^(return|throw|raise|yield|await|break|continue|goto|end|pass|else|elif|import|from|package|using|require|include|new|delete|echo|print|puts|def|class|let|var|const|val|fun|func|function|public|private|protected|static|int|long|void|if|for|while|do|case|when|unless)\b/;
export const COMMENT_LINE = /^\s*(\/\/|#|\*|\/\*)/;

/** A comment line's text: the facts hold it without its delimiters already (`  #   foo(1)` → `  foo(1)`). */
export function commentContent(line: string): string {
  return line.trim();
}

export function innermost(functions: FunctionFact[], line: number): FunctionFact | undefined {
  let best: FunctionFact | undefined;
  for (const f of functions) if (f.start < line && line <= f.end && (!best || f.start > best.start)) best = f;
  return best;
}

export function enclosingFunction(functions: FunctionFact[], line: number): number | undefined {
  return innermost(functions, line)?.start;
}

/** A comment line as text to compare, whatever its indentation, spacing or case: `#  A = 1` is `#a=1`. */
export function normalised(line: string | undefined): string {
  // Without nested comment leaders too: `## foo(1)` that became `# foo(1)` was commented out already.
  return (line ?? "")
    .replace(/\s+/g, "")
    .replace(/^(#|\/\/)+/, "")
    .toLowerCase();
}

/** A statement's shape: its literals as placeholders, without spacing or a final `;`. */
export function shape(code: string): string {
  return code
    .replace(STRING_LITERALS, "S")
    .replace(/\b(\d[\w.]*|true|false|null|nil|none|undefined)\b/gi, "0")
    .replace(/[\s;]+/g, "");
}

/** The live line next to a line (`step` -1 above, 1 below), past blank lines: undefined when a comment comes first. */
export function liveLine(at: (n: number) => string | undefined, line: number, step: number): string | undefined {
  for (let n = line + step, k = 0; k < 3; n += step, k++) {
    const l = at(n);
    if (l === undefined || COMMENT_LINE.test(l)) return undefined;
    if (l.trim() !== "") return l;
  }
  return undefined;
}

export const MIN_NAMES = 3;
export const LINE_COMMENT = /^\s*(\/\/|#)/;

/**
 * The names of a line, lower-cased. A `$` is no part of a name: a Rust macro's metavariables (`$rhs`) are the function's
 * parameters it was converted from (chrono 69d7a86c1c carried `//assert_eq!(rhs + lhs, sum);` into a `check!` macro
 * as `//assert_eq!($rhs + $lhs, $sum);`), and a PHP variable keeps its name without it.
 */
export function identifiers(line: string): Set<string> {
  return new Set(
    line
      .toLowerCase()
      .replace(/\$/g, "")
      .match(/[a-z_][\w]*/g) ?? [],
  );
}

/** Jaccard similarity of two sets of names. */
export function similarity(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

// Cheap pre-check on the raw lines, so most files are never parsed for this rule: a line that is
// only a comment and has code punctuation, or a block comment opening.
export const COMMENT_WITH_PUNCTUATION = /^\s*(\/\/|#)(?!\[).*([(){}[\];=]|\b(return|break|continue|pass)\b)/;
const BLOCK_OPENING = /\/\*|^=begin/;

export function mayHoldCode(lines: Array<{ text: string }>): boolean {
  return lines.some((l) => COMMENT_WITH_PUNCTUATION.test(l.text) || BLOCK_OPENING.test(l.text));
}
