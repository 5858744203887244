/**
 * Decisions that are no new path for a test (#11, session 14). A function's decisions are counted
 * whole, so a branch is counted even when its lines were set aside as diagnostics: zerolog's
 * `if err := e.write(); err != nil { fmt.Fprintf(os.Stderr, …) }`, written where `Msg` used to return
 * the error, or superstruct's `if (process.env.NODE_ENV !== 'production')` choosing between a long and
 * a short message (judged set 13: "not worth saying"). And an assertion call the change removed
 * (`invariant(cond, msg)`) held its decision already: the `if (!cond) throw` written in its place is
 * the same check, which the tests that ran it still run.
 */

import { INTERPOLATED_CHOICE } from "./tests-diagnostic-lines.js";

/** A line that opens a branch: `if`, `} else if`, `elif`, `unless`, `case`, `when`, `catch`, `except`, `rescue`. */
const BRANCH_HEAD = /^(?:\}\s*)?(?:else\s*)?(?:if|elif|elsif|unless|case|when|catch|except|rescue)\b/;

/**
 * The fresh lines set aside as diagnostics that open a branch, in a function whose other fresh lines
 * are judged (`rest`): each is one decision that function's count holds and no test asks for. A
 * function with no judged line is not counted at all, so its quiet branches take nothing off.
 */
/** Quiet branch heads looked at per file: each costs a pass over the functions and the judged lines. */
const MAX_QUIET_BRANCHES = 64;

export function quietBranches(quiet: Set<number>, rest: Set<number>, lines: string[], functions: ReadonlyArray<{ start: number; end: number }>): number {
  let n = 0;
  let seen = 0;
  for (const l of quiet) {
    const code = (lines[l - 1] ?? "").trim();
    // A quiet log line's interpolated choice is a decision its function counts too.
    if (!BRANCH_HEAD.test(code) && !INTERPOLATED_CHOICE.test(code)) continue;
    if (++seen > MAX_QUIET_BRANCHES) break;
    const holders = functions.filter((fn) => l >= fn.start && l <= fn.end);
    if (holders.length === 0) continue;
    const inner = holders.reduce((a, b) => (b.start >= a.start && b.end <= a.end ? b : a));
    for (const r of rest) {
      if (r >= inner.start && r <= inner.end) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * A removed line that starts an assertion with a condition (keys as code-change writes them, whitespace
 * removed): `invariant(`, `assert(`, `assert!(`, Kotlin's `require(`/`check(` (not a module's
 * `require("…")`), Guava's `checkArgument(`, `checkState(`, and Spring's or commons-lang's
 * `Assert.isTrue(`, `Validate.notNull(`.
 */
const ASSERTION_CALL =
  /^(?:(?:invariant|assert|assert!|debug_assert!|require|check|precondition)\((?!["'`])|(?:Preconditions\.)?(?:checkArgument|checkState|checkNotNull)\(|(?:Assert|Validate)\.\w+\()/;

/** A branch whose block fails at once: `if (!ok) {` with a `throw`, `raise`, `panic!` or `bail!` on its line or the next few. */
const FAILS = /(^|[^\w$])(throw|raise|panic!|bail!|unreachable!)([^\w$]|$)/;
const IF_HEAD = /^(?:\}\s*)?(?:else\s*)?if\b/;
const FAIL_WITHIN = 3;

/**
 * How many assertion calls the change removed from the file that an `if … throw` of its fresh lines
 * (`rest`) may now write: the smaller of the two. Removed assertions with no failing branch in their
 * place (a refactor that drops an `assert!`) take nothing off.
 */
export function removedAssertions(removedCode: Map<string, number>, rest: Set<number>, lines: string[]): number {
  let removed = 0;
  for (const [key, count] of removedCode) if (ASSERTION_CALL.test(key)) removed += count;
  if (removed === 0) return 0;
  let failing = 0;
  for (const l of rest) {
    if (!IF_HEAD.test((lines[l - 1] ?? "").trim())) continue;
    for (let k = l; k < l + FAIL_WITHIN && k <= lines.length; k++) {
      if (FAILS.test(lines[k - 1] ?? "")) {
        failing++;
        break;
      }
    }
    if (failing >= removed) break;
  }
  return Math.min(removed, failing);
}
