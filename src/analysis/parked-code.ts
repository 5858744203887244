import type { CommentFact, FunctionFact } from "../syntax/facts.js";
import { isToolDirective } from "../syntax/commented-code.js";
import { enclosingOpeners } from "./enclosing-openers.js";

/**
 * Signs that commented-out code was parked on purpose, beyond the prose right next to it: a
 * reason over the class or function it sits in, a note after the code on its own line, and
 * committed merge-conflict markers around it (their markers are the defect, not the code).
 */

// Words over a class or function that say something in it is parked: a task, or a disabling.
// Narrower than a reason next to the code: a doc comment over a function often says "when" or "so".
const PARKED =
  /\b(todo|fixme|xxx|hack|uncomment\w*|comment(ed)? out|re-?enabl\w*|disabl\w*|not (yet )?(supported|working|implemented)|(does|do|is|are|can|wo)n'?t work|broken|flaky|ignored)\b/i;
// Lines allowed between a declaration and the comment over it: annotations, attributes, decorators.
const ANNOTATION = /^\s*(@[\w.]+|\[[\w.]+(\(.*\))?(,\s*[\w.]+(\(.*\))?)*\]|#\[[^\]]*\])\s*(\(.*\))?\s*$/;
const MAX_ANNOTATIONS = 5;

/**
 * Whether a comment right over a block that encloses line `line` (a function by the parser, or any
 * opener by indentation: the test class, the `describe`) says something in it is parked:
 * `// TODO: re-enable once the API is back` over `class RetryTest`, with `// assertRetried()` inside.
 */
export function parkedByEnclosingScope(head: string[], line: number, comments: CommentFact[], functions: FunctionFact[]): boolean {
  const openers = new Set(enclosingOpeners(head, line).map((o) => o.line));
  for (const f of functions) if (f.start < line && line <= f.end) openers.add(f.start);
  const endingAt = new Map(comments.filter((c) => !c.trailing).map((c) => [c.end, c]));
  for (const opener of openers) {
    let above = opener - 1;
    for (let k = 0; k < MAX_ANNOTATIONS && above > 0 && ANNOTATION.test(head[above - 1] ?? ""); k++) above--;
    const c = endingAt.get(above);
    if (c && !c.code && c.lines.some((l) => PARKED.test(l) && !isToolDirective(l))) return true;
  }
  return false;
}

const QUOTED = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`/g;
// A comment after code on a commented line: `foo();  // breaks on IE`, `print(x)  # py2 only`.
const NOTE_AFTER_CODE = /\S\s+(?:\/\/|#)\s*([^\s/#].*)$/;
const WORDS = /\b[A-Za-z]{2,}\b.*\b[A-Za-z]{2,}\b/;

/**
 * The note after the code on a commented line (`foo();  // breaks on IE` gives "breaks on IE"), when
 * it is words, not more code: the author said why the line is kept.
 */
export function noteAfterCode(line: string): string | undefined {
  const m = NOTE_AFTER_CODE.exec(line.replace(QUOTED, (q) => "_".repeat(q.length)));
  if (!m) return undefined;
  const note = line.slice(line.length - m[1].length).trim();
  return WORDS.test(note) && !/[;{}]\s*$|^\w+(\.\w+)*\(.*\)\s*$/.test(note) ? note : undefined;
}

const CONFLICT_START = /^<{7}(\s|$)/;
const CONFLICT_END = /^>{7}(\s|$)/;

/** Lines (1-based) inside committed merge-conflict markers, the markers included. */
export function conflictLines(head: string[]): Set<number> {
  const out = new Set<number>();
  let start = -1;
  for (let i = 0; i < head.length; i++) {
    if (CONFLICT_START.test(head[i])) start = i;
    else if (CONFLICT_END.test(head[i]) && start >= 0) {
      for (let l = start; l <= i; l++) out.add(l + 1);
      start = -1;
    }
  }
  return out;
}
