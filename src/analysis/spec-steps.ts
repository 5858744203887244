import type { FunctionFact } from "../syntax/facts.js";

/**
 * A comment that numbers a step of an algorithm: `// 2.1. If position points to …`, `# 3) Let x
 * be …`, `* Step 4: …`. A spec's algorithm written out step by step keeps its numbering so that
 * the code can be checked against the text, one step at a time.
 */
const STEP_COMMENT = /^\s*(?:\/\/+|#+|\/?\*+|--)\s*(?:step\s+)?\d{1,2}(?:\.\d{1,2})*[.):]\s+\S/i;

/** A reference to the specification the steps come from: a URL, an RFC, a spec or standard by name. */
const SPEC_REFERENCE = /https?:\/\/|\bRFC\s*\d{3,5}\b|\bspec(?:ification)?\b|\b(?:WHATWG|W3C|ECMA-?\d+|IETF)\b|\bstandard\b/i;

/** Step comments a transliteration holds, at least. */
const MIN_STEPS = 4;
/** Lines of the function per step comment, at most: a step every few lines, not a few headings. */
const LINES_PER_STEP = 8;
/** Lines above the declaration read for the doc comment naming the spec. */
const DOC_LINES = 30;

/**
 * A function that transliterates a specification's numbered algorithm: step comments all the way
 * through (one every few lines) and a reference to the spec (a URL, an RFC) in its doc comment or
 * body. undici's `parseMultipartFormDataHeaders` follows the multipart/form-data spec's steps 1 to
 * 2.8.x; its length and branching are the spec's, and undici keeps such functions whole on purpose
 * (judged "not worth saying" on held-out histories, session 8). A function that names its phases
 * `# 1a.` to `# 6.` over a hundred lines is not one: the phases are helpers waiting to be named.
 */
export function transliteratesSpec(lines: readonly string[], fn: FunctionFact): boolean {
  let steps = 0;
  let cited = false;
  for (let l = fn.start; l <= fn.end; l++) {
    const text = lines[l - 1] ?? "";
    if (STEP_COMMENT.test(text)) steps++;
    if (!cited && SPEC_REFERENCE.test(text) && /^\s*(?:\/\/|#|\/?\*|--)/.test(text)) cited = true;
  }
  if (steps < MIN_STEPS || steps * LINES_PER_STEP < fn.end - fn.start + 1) return false;
  return cited || docCites(lines, fn);
}

/** The doc comment right above the declaration names the spec (`@see https://…`, "RFC 7578"). */
function docCites(lines: readonly string[], fn: FunctionFact): boolean {
  for (let l = fn.start - 1; l >= 1 && l >= fn.start - DOC_LINES; l--) {
    const text = lines[l - 1] ?? "";
    if (!/^\s*(?:\/\/|#|\/?\*|--|@)/.test(text)) break;
    if (SPEC_REFERENCE.test(text)) return true;
  }
  return false;
}
