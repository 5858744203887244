import type { FunctionFact } from "../syntax/facts.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Too small to ask a test for (#11, session 10): a change whose only new code is one new function
 * that takes no arguments, holds a few lines and decides at most once: an accessor or a reset.
 * rest-client's `self.version` that reads the VERSION file, semver's `clear()` that empties two
 * static caches (judged set 8: "too trivial to hold up the commit over it"). An edit to existing
 * code is held to the same bar already: fewer than MIN_NEW_DECISIONS new decisions ask nothing.
 * A function of its arguments computes something a test pins (`average(p)`), several new
 * functions together are an API (uuid's `v1`…`v5`), and a longer one or one that decides twice
 * has logic worth a test.
 */

/** Lines of code a small function may hold, its signature and closing line included. */
export const MAX_SMALL_FUNCTION_LINES = 5;

/** Whether all of the fresh lines sit in the one new function, and it takes no arguments, is small and decides at most once. */
export function onlySmallFunction(fresh: Set<number>, newFunctions: string[], functions: FunctionFact[], lines: string[]): boolean {
  if (new Set(newFunctions).size !== 1 || fresh.size === 0) return false;
  const named = functions.filter((fn) => fn.name === newFunctions[0]);
  if (named.length !== 1) return false;
  const [fn] = named;
  if (fn.decisions > 1 || fn.codeLines > MAX_SMALL_FUNCTION_LINES || !takesNoArguments(fn, lines)) return false;
  return [...fresh].every((l) => l >= fn.start && l <= fn.end);
}

/** The receiver a method's parameter list may name: `self`, `&mut self`, `cls`, `this`. */
const RECEIVER = /^(?:&\s*(?:'\w+\s+)?(?:mut\s+)?)?(?:self|cls|this)(?:\s*:.*)?$/;

/**
 * Whether the function's declaration lists no parameter but its receiver: `def self.version`,
 * `public static function clear()`, `def reset(self):`, `fn clear(&mut self)`. Read on its first line.
 */
export function takesNoArguments(fn: FunctionFact, lines: string[]): boolean {
  const decl = lines[fn.start - 1] ?? "";
  const at = decl.search(new RegExp(`(^|[^\\w$])${escapeRegExp(fn.name)}(?![\\w$])`));
  if (at < 0) return false;
  const end = decl.indexOf(fn.name, at) + fn.name.length;
  const after = decl.slice(end).trimStart();
  // No parameter list at all: Ruby's `def self.version`, a Kotlin getter.
  if (!after.startsWith("(") && !after.startsWith("<")) return true;
  const open = decl.indexOf("(", end);
  const close = open < 0 ? -1 : decl.indexOf(")", open);
  if (close < 0) return false;
  const params = decl
    .slice(open + 1, close)
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "" && !RECEIVER.test(p));
  return params.length === 0;
}
