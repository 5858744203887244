import type { FunctionFact } from "../syntax/facts.js";
import { indentWidth } from "../text/indent-width.js";
import { statementLines } from "./tests-unused-one-liners.js";

/**
 * Deprecated shims (#11, set 10): a function restored only to keep old callers working, marked
 * deprecated and doing one thing (addressable's `# @deprecated` `unicode_normalize_kc(value)`
 * whose body is `value.to_s.unicode_normalize(:nfkc)`). A test would pin a call on its way out;
 * reviewers do not ask for one. Only new functions that decide nothing, hold at most a warning
 * and one statement, and carry a deprecation mark on or just above their declaration, or in their body:
 * `@deprecated`, `@Deprecated`, `[Obsolete]`, `#[deprecated]`, Go's `// Deprecated:`, a `DeprecationWarning`.
 */

/** Lines of code a shim holds: its declaration, a deprecation warning, one statement, its closing line. */
const MAX_SHIM_LINES = 4;

/** How many lines above a declaration its mark may sit (a doc comment, an annotation). */
const MARK_ABOVE = 4;

const DEPRECATION = /@deprecated\b|\bDeprecated\b|\[Obsolete\b|#\[deprecated\b|\bDeprecationWarning\b|\bdeprecate\b|\bobsolete\b/i;

/** The fresh lines that belong to new deprecated shims. */
export function deprecatedShimLines(fresh: Set<number>, functions: FunctionFact[], lines: string[]): Set<number> {
  const out = new Set<number>();
  for (const fn of functions) {
    if (!fresh.has(fn.start) || fn.kind === "lambda" || fn.kind === "callback" || fn.decisions > 0) continue;
    if (statementLines(fn, lines) > MAX_SHIM_LINES || !marked(fn, lines)) continue;
    for (let l = Math.max(1, fn.start - MARK_ABOVE); l <= fn.end; l++) if (fresh.has(l) && (l >= fn.start || DEPRECATION.test(lines[l - 1] ?? ""))) out.add(l);
  }
  return out;
}

/** A deprecation mark on the declaration, in the few lines above it up to the previous blank line or code end, or in the body. */
function marked(fn: FunctionFact, lines: string[]): boolean {
  for (let l = fn.start; l <= fn.end; l++) if (DEPRECATION.test(lines[l - 1] ?? "")) return true;
  for (let l = fn.start - 1; l >= Math.max(1, fn.start - MARK_ABOVE); l--) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || /[;}]\s*$|^\s*end\s*$/.test(text)) return false;
    if (DEPRECATION.test(text)) return true;
  }
  return false;
}

/**
 * A deprecated branch (#11, session 13): an `if` whose first statement warns that what the caller
 * did is deprecated keeps the old call working for a while (symfony/yaml's `if (func_num_args() >
 * 0) { @trigger_error('The constructor arguments … are deprecated …', E_USER_DEPRECATED); … }`, for
 * the arguments the constructor no longer takes). Like a deprecated shim, a test would pin a call
 * on its way out. Its `else` is the code that stays, and is judged as before.
 */
const DEPRECATION_WARNING =
  /\btrigger_error\s*\([^\n]*\bE_USER_DEPRECATED\b|\btrigger_deprecation\s*\(|\bwarn(?:ings\.warn)?\s*\([^\n]*\b(?:Pending)?DeprecationWarning\b|\bDeprecation\.warn\b|\bdeprecate\s*\(/;
/** An `if` (or `elif`, `else if`) that opens a block on its line. */
const IF_OPENING = /^\s*(?:\}\s*)?(?:if|elif|else\s*if|elsif)\b.*(?:\{|:|\bthen)\s*$/;
/** A warning call may spread its arguments over a few lines (`warnings.warn(\n  "…",\n  DeprecationWarning)`). */
const WARNING_SPAN = 4;

/** The fresh lines of new `if` blocks whose first statement is a deprecation warning: the `if` line and its body. */
export function deprecatedBranchLines(fresh: Set<number>, lines: string[]): Set<number> {
  const out = new Set<number>();
  for (const l of fresh) {
    if (out.has(l) || !IF_OPENING.test(lines[l - 1] ?? "")) continue;
    const own = indentWidth(lines[l - 1]);
    const first = firstStatement(lines, l);
    if (first > lines.length || indentWidth(lines[first - 1]) <= own) continue;
    if (!DEPRECATION_WARNING.test(lines.slice(first - 1, first - 1 + WARNING_SPAN).join(" "))) continue;
    const end = branchEnd(lines, first, own);
    for (let i = l; i <= end; i++) if (fresh.has(i)) out.add(i);
  }
  return out;
}

/** The first line below `opening` that is neither blank nor a comment (past the end when there is none). */
function firstStatement(lines: string[], opening: number): number {
  let first = opening + 1;
  while (first <= lines.length && (lines[first - 1].trim() === "" || /^\s*(\/\/|#|\/?\*)/.test(lines[first - 1]))) first++;
  return first;
}

/**
 * The last line of the branch whose body starts at `first`: the lines indented deeper than its
 * `if` (at `own`), and a lone closing `}` or `end` at the `if`'s indentation. An `else` there ends
 * it: that is the code that stays.
 */
function branchEnd(lines: string[], first: number, own: number): number {
  let end = first;
  for (let i = first + 1; i <= lines.length; i++) {
    const text = lines[i - 1];
    if (text.trim() === "" || indentWidth(text) > own) end = i;
    else return /^\s*(\}|end)\s*$/.test(text) ? i : end;
  }
  return end;
}
