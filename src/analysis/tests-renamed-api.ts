import type { FunctionFact } from "../syntax/facts.js";
import { speaksToPeople } from "./tests-diagnostic-lines.js";

/**
 * A rename, not new API (#11, session 14): the new function's old name stays, in the same file, as
 * a shim that only forwards to it, with at most a notice for its callers. mail's
 * `has_content_transfer_encoding?`, whose old `has_transfer_encoding?` now prints a deprecation and
 * then does what it does, and `add_transfer_encoding`, which calls `add_content_transfer_encoding`
 * (judged set 13: "the renamed method is exercised" by the specs that ran the old one).
 * The old name's tests, and its callers', run the new function; its new decisions are still counted.
 */

/** A statement that starts with a call, with or without parentheses (`STDERR.puts(…)`, `warn "…"`). */
const LEADING_CALL = /^(?:return\s+)?([A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*!?)(?:\s*\(|\s+["'`])/;

/** A statement that is one call and nothing else: `return self.fetch_all()`, `size();`, `content_transfer_encoding`. */
const FORWARDING_CALL = /^(?:return\s+)?(?:(?:self|this|super)\s*\.\s*|@)?([A-Za-z_$][\w$]*[?!]?)\s*(?:\([^()]*\))?\s*;?$/;

/** Lines that only close a body or hold nothing. */
const NOTHING = /^(?:[)\]};]*|end|pass)$/;

/** A shim's body holds at most this many statements: the notice, the forwarding call and a `return`. */
const MAX_SHIM_LINES = 4;

/**
 * The names among `newFunctions` that a function the base had (`baseNames`) now only forwards to.
 * `lines` is the file at head by line.
 */
export function renamedBehindShims(newFunctions: string[], functions: FunctionFact[], lines: string[], baseNames: Set<string>): Set<string> {
  const out = new Set<string>();
  // A name the file declares twice (clikt's `OptionWithValues.copy` beside a `Flag.copy`): which one a bare call reaches is not known.
  const wanted = new Set(newFunctions.filter((n) => functions.filter((fn) => fn.name === n).length === 1));
  if (wanted.size === 0) return out;
  // The one statement of each new function, when it has one: a shim that repeats it does what it does.
  const sole = new Map<string, string>();
  for (const fn of functions) {
    if (!wanted.has(fn.name)) continue;
    const statements = bodyOf(fn, lines).filter((c) => !NOTHING.test(c));
    if (statements.length === 1) sole.set(fn.name, key(statements[0]));
  }
  for (const old of functions) {
    if (!baseNames.has(old.name) || wanted.has(old.name) || old.end - old.start > MAX_SHIM_LINES + 1) continue;
    const target = forwardsTo(old, lines, wanted, sole);
    if (target) out.add(target);
  }
  return out;
}

/** A function's body by line, trimmed: the declaration's own line for a one-line body (`def old = new_name`). */
function bodyOf(fn: FunctionFact, lines: string[]): string[] {
  return (fn.start === fn.end ? [lines[fn.start - 1] ?? ""] : lines.slice(fn.start, fn.end)).map((l) => l.trim());
}

const key = (code: string) => code.replace(/^return\s+/, "").replace(/[\s;]+/g, "");

/** The one name of `wanted` a function's body calls or repeats, when everything else in it only speaks to people. */
function forwardsTo(fn: FunctionFact, lines: string[], wanted: Set<string>, sole: Map<string, string>): string | undefined {
  let target: string | undefined;
  for (const code of bodyOf(fn, lines)) {
    if (NOTHING.test(code)) continue;
    const call = LEADING_CALL.exec(code)?.[1];
    if (call && speaksToPeople(call)) continue;
    // The whole statement is the call (`return self.fetch_all()`, `size();`), not a caller that also uses it.
    const callee = FORWARDING_CALL.exec(code)?.[1];
    const named = [...wanted].filter((n) => n === callee || sole.get(n) === key(code));
    if (named.length !== 1 || target !== undefined) return undefined;
    target = named[0];
  }
  return target;
}
