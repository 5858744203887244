import { BRACKETS_ONLY } from "./block-shapes.js";
import { withoutIndices } from "../text/numbered-templates.js";

/** Consecutive lines, at least, alike but for their numerals, for them to be one step unrolled over an index. */
const MIN_RUN = 3;

const NUMBERED_NAME = /[\p{L}_$]\d/u;

/** Lines a declaration spans at most, its parameters one a line. */
const MAX_SIGNATURE = 100;
const ANNOTATION = /^\s*(?:@[\w.]+(?:\(.*\))?|#\[.*\]|\[[\w.]+(?:\(.*\))?\])\s*$/;
const NUMBERED = /([\p{L}_$][\p{L}_$]*)(\d+)\b/gu;

/**
 * A high-arity function: its declaration (its first line, and the lines its parameter list runs
 * over while a bracket is open) numbers at least three parameters or type parameters of one stem
 * (`T1, T2, T3`, `action1` to `action14`). Only there is a line alike its neighbours but for those
 * numbers a copy per position; elsewhere numbered names are names (`f1`, `limit1`: fields and
 * limits that happen to be numbered, each a check of its own).
 */
function numbersItsParameters(code: (line: number) => string, fn: { start: number; end: number }): boolean {
  const numbers = new Map<string, Set<string>>();
  let open = 0;
  for (let line = fn.start; line <= Math.min(fn.end, fn.start + MAX_SIGNATURE); line++) {
    const text = code(line);
    // An annotation or attribute above the declaration (`@RaiseDSL`, `#[inline]`, `[Obsolete]`) is not its signature.
    if (ANNOTATION.test(text)) continue;
    for (const m of text.matchAll(NUMBERED)) {
      const seen = numbers.get(m[1]) ?? new Set<string>();
      seen.add(m[2]);
      numbers.set(m[1], seen);
      if (seen.size >= MIN_RUN) return true;
    }
    for (const ch of text)
      if (ch === "(") open++;
      else if (ch === ")") open--;
    if (open <= 0) return false;
  }
  return false;
}

/**
 * In a high-arity function (see numbersItsParameters), lines of the span that repeat the line
 * before them but for the numbers ending its names, beyond the first of each
 * run of at least three: `callsInPlace(action1, …)` to `callsInPlace(action14, …)`, `val a1: T1` to
 * `val a14: T14`, `{ a9 = action9(this) },` and on. Code unrolled over an index is as long as its
 * arity, not as its logic: arrow's high-arity `zip` (74 lines, one per type parameter) and the
 * `contract { callsInPlace(…) }` blocks of its 14- to 16-arity `zipOrAccumulate` (a Kotlin
 * contract must be the function's first statement, so it cannot move to a helper) were judged
 * "not worth saying" (set 18, four findings). A reader reads the step once; the copies are what
 * a generator or a loop would write, not parts to extract. Lines that differ in more than
 * such a number (another name, another call, another constant) are not copies, nor identical lines.
 */
export function indexedCopies(code: (line: number) => string, span: { start: number; end: number }, fn: { start: number; end: number }): number {
  if (!numbersItsParameters(code, fn)) return 0;
  let copies = 0;
  let run = 0;
  let previous: string | undefined;
  for (let line = span.start; line <= span.end; line++) {
    const text = code(line);
    if (text === "") continue;
    const shape = withoutIndices(text);
    const copy =
      previous !== undefined && !BRACKETS_ONLY.test(text) && NUMBERED_NAME.test(text) && text.trim() !== previous && shape === withoutIndices(previous);
    if (copy) run++;
    else {
      if (run >= MIN_RUN) copies += run - 1;
      run = 1;
    }
    previous = text.trim();
  }
  if (run >= MIN_RUN) copies += run - 1;
  return copies;
}
