import type { FunctionFact } from "../syntax/facts.js";
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
