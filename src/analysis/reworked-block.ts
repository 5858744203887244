import { BRACKETS_ONLY } from "./block-shapes.js";
import type { FunctionFact } from "../syntax/facts.js";
import type { CodeView } from "./function-code.js";
import type { FunctionChange } from "./function-verdicts.js";

/**
 * A span of a changed function that holds more old code than new: an old block reworked (its
 * lines re-indented under a new condition, a callback's body turned into a loop of the function
 * around it) with new lines scattered among them, not a block of new code. Old lines are the
 * lines of code the token diff does not see as new (see `fresh`): text the function, or a
 * callback it had, held before. `newLines` is what the caller counts as new in the span (by
 * default its fresh lines of code). Asking to move such a span into a function asks to move old
 * code: the advice is about the function as it was, not about this change.
 */
export function reworkedOldBlock(c: FunctionChange, span: { start: number; end: number }, newLines?: number): boolean {
  const { old, fresh } = linesOf(c, span);
  return old > (newLines ?? fresh);
}

/** Lines of code in the span the token diff sees as new (`fresh`) and as old (re-indented or untouched). */
export function linesOf(c: FunctionChange, span: { start: number; end: number }): { old: number; fresh: number } {
  let old = 0;
  let fresh = 0;
  for (let l = span.start; l <= span.end; l++) {
    const text = c.code.code(l);
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    if (c.fresh.has(l)) fresh++;
    else old++;
  }
  return { old, fresh };
}

/**
 * A block whose old lines came out of a callback the function had: hono's `build` turning its
 * `children.flat().forEach((c) => { … })` into a `for` loop of its own. The callback's body was
 * measured as a function of its own before and now counts in the function around it, so the
 * function "grew" by code it always held. True when the span's old lines (text the old version
 * held inside one of its nested functions and none holds at head: a callback removed, not copied) outnumber its
 * new ones: the block is the callback's body, moved, and a few lines edited in it.
 */
export function inlinedCallback(c: FunctionChange, span: { start: number; end: number }): boolean {
  if (!c.before || !c.beforeCode) return false;
  // Text the function's callbacks held before, and that none holds at head: what left them.
  const gone = callbackTexts(c.beforeCode, c.before);
  for (const text of callbackTexts(c.code, c.fn)) gone.delete(text);
  if (gone.size === 0) return false;
  let moved = 0;
  let fresh = 0;
  for (let l = span.start; l <= span.end; l++) {
    const text = c.code.code(l).trim();
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    if (c.fresh.has(l)) fresh++;
    else if (gone.has(text)) moved++;
  }
  return moved > fresh;
}

/** The lines of code (trimmed) inside the functions nested in `fn`: its callbacks' bodies. */
function callbackTexts(code: CodeView, fn: FunctionFact): Set<string> {
  const texts = new Set<string>();
  for (const f of code.nestedFunctions(fn))
    for (let l = f.start + 1; l < f.end; l++) {
      const text = code.code(l).trim();
      if (text !== "" && !BRACKETS_ONLY.test(text)) texts.add(text);
    }
  return texts;
}
