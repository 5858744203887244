import type { FunctionFact } from "../syntax/facts.js";

/**
 * A behaviour-preserving rewrite of code the existing tests already run (#11, session 8): a loop
 * rewritten for speed, logic moved between a type's members, a method reorganised. A judge called
 * such findings "not worth saying": the change is flagged only because no test file changed, and
 * the tests that pinned the behaviour before still do.
 *
 * The code has to show it: the change writes no new public function (the caller checks that), no
 * declaration of a function that was there is rewritten (its signature kept), and its fresh lines
 * write no string or number the file did not have (no new message, key, limit or output). The
 * words have to agree: a title or commit that says it fixes or adds something is asked about (the
 * caller checks that), and so is a file no existing test is near.
 */
export function keepsSignaturesAndLiterals(fresh: Set<number>, lines: string[], baseText: string, functions: FunctionFact[], baseNames: Set<string>): boolean {
  // A rewritten declaration of a function that was there: its signature (parameters, visibility, return type) may have changed.
  if (functions.some((fn) => fresh.has(fn.start) && baseNames.has(fn.name))) return false;
  const baseLiterals = literalsOf(baseText);
  for (const l of fresh) for (const lit of literalsOf(lines[l - 1] ?? "")) if (!baseLiterals.has(lit)) return false;
  return true;
}

/** Strings (quotes evened out) and numbers other than 0 and 1, which any loop or index rewrite writes. */
const LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|(?<![\w$.])\d[\d_]*(?:\.\d+)?[a-zA-Z]?\b/g;
const TRIVIAL_NUMBER = /^[01][a-zA-Z]?$/;

function literalsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(LITERAL)) {
    const lit = m[0];
    if (TRIVIAL_NUMBER.test(lit)) continue;
    out.add(/^['`]/.test(lit) ? `"${lit.slice(1, -1)}"` : lit);
  }
  return out;
}
