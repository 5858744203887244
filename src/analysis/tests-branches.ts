import type { FileFacts, FunctionFact } from "../syntax/facts.js";
import type { CodeView } from "./function-code.js";

/**
 * A function's branches: its decisions without the boolean operators. A reviewer asks a test for
 * a new `if`, loop, `catch`, `case` or ternary; an `&&` added to a condition that was there, or a
 * `...(x && { x })` spread written for a type checker, is not a path of its own.
 */
export function branchesOf(fn: FunctionFact, view: CodeView | undefined, facts: FileFacts): number {
  if (!view || fn.decisions === 0 || !mayHoldOperator(fn, view)) return fn.decisions;
  // Lambdas and nested functions count their own decisions, so their operators are theirs too.
  const inner = facts.functions.filter((f) => f !== fn && f.start >= fn.start && f.end <= fn.end && (f.start > fn.start || f.end < fn.end));
  const own = (line: number) => !inner.some((f) => line >= f.start && line <= f.end);
  let operators = 0;
  for (const { line, tokens } of view.tokens(fn)) {
    if (!own(line)) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if ((t === "&" || t === "|" || t === "?") && tokens[i + 1] === t) {
        operators++;
        i++;
      } else if (t === "and" || t === "or") operators++;
    }
  }
  return Math.max(0, fn.decisions - operators);
}

/**
 * Whatever the tokens above count as an operator shows in the line's code as one of these (a pair
 * split by white space or a `;`, which tokenize drops; a string's `&&` too, which the tokens then
 * keep whole): most functions hold none, and are not tokenized (#10).
 */
const OPERATOR_HINT = /&[\s;]*&|\|[\s;]*\||\?[\s;]*\?|\band\b|\bor\b/;

function mayHoldOperator(fn: FunctionFact, view: CodeView): boolean {
  for (let line = fn.start; line <= fn.end; line++) if (OPERATOR_HINT.test(view.code(line))) return true;
  return false;
}
