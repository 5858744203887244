/**
 * A branch that only picks a message's wording is no new path for a test (#11, judged set 22). Guice's
 * `if (InternalFlags.enableExperimentalErrorMessages()) { return errorInUserCode(ErrorId.X, cause, "%s", cause); }`
 * written above `return errorInUserCode(ErrorId.X, cause, "Error in custom provider, %s", cause);`: both arms make
 * the same call with the same arguments but a string literal, so whichever runs, the program does the same thing and
 * only says it in other words. A test could pin the words, and reviewers do not ask for that (a log line's wording is
 * set aside the same way, see tests-diagnostic-lines). Arms that differ in anything but a string — another argument,
 * another call, a value returned bare (`return "items"`) — are behaviour and still count.
 */

import { indentWidth } from "../text/indent-width.js";

/** A string literal, with a prefix (`f"…"`, `r'…'`, `@"…"`, `$"…"`) or as a template without substitutions. */
const STRING = /[rbfuRBFU@$]{0,2}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$\n]|\\.)*`)/g;

/** An `if` head that opens a block: `if (…) {`, `if …:`, `if … {`. */
const IF_OPENS = /^(?:\}\s*else\s+)?if\b.*(?:\{|:)$/;
/** An `else` that opens the other arm: `} else {`, `else:`, Ruby's `else`. */
const ELSE_OPENS = /^(?:\}\s*)?else\s*(?:\{|:)?$/;
/** A chain goes on: the branch chooses among more than two arms, judged as code. */
const CHAIN = /^(?:\}\s*)?(?:else\s+if|elif|elsif)\b/;

/** An arm that leaves the function. */
const EXITS = /^(?:return|throw|raise)\b/;

/** Lines one arm may span: a call wrapped over a few lines. */
const MAX_ARM_LINES = 6;

/** Branch heads looked at per file: each reads at most three arms' lines. */
const MAX_HEADS = 64;

/** One statement starting at line `l` (1-based): its lines joined until its brackets close. Undefined past MAX_ARM_LINES. */
function statementAt(l: number, lines: string[]): { code: string; end: number } | undefined {
  let depth = 0;
  let code = "";
  for (let k = l; k < l + MAX_ARM_LINES && k <= lines.length; k++) {
    const text = (lines[k - 1] ?? "").trim();
    code += text;
    for (const ch of text.replace(STRING, '""')) {
      if ("([{".includes(ch)) depth++;
      else if (")]}".includes(ch)) depth--;
    }
    if (depth <= 0) return { code, end: k };
  }
  return undefined;
}

/** The statement with its strings blanked and its spacing removed: what the arm does, whatever it says. */
function shape(code: string): string {
  return code.replace(STRING, '""').replace(/\s+/g, "");
}

/** A statement that hands a string to a call: a message written out, not a value returned bare. */
function passesString(code: string): boolean {
  return /\([^]*["'`]/.test(code);
}

/** Whether the arm that starts at `l` is one statement closed at the guard's level (`}`, `else`, or the next statement). */
function armAt(l: number, indent: number, lines: string[]): { code: string; next: number } | undefined {
  if (indentWidth(lines[l - 1] ?? "") <= indent) return undefined;
  const s = statementAt(l, lines);
  if (!s) return undefined;
  const after = lines[s.end] ?? "";
  if (after.trim() !== "" && indentWidth(after) > indent) return undefined;
  return { code: s.code, next: s.end + 1 };
}

/**
 * How many fresh lines (`rest`) open a branch whose arm and the other arm (its `else`, or the statement its block
 * falls through to) differ only in string literals: each is one decision its function's count holds that no test asks
 * for. Cost: at most MAX_HEADS heads, three arms of MAX_ARM_LINES lines each.
 */
export function wordingBranches(rest: Set<number>, lines: string[]): number {
  let n = 0;
  let seen = 0;
  for (const l of rest) {
    const raw = lines[l - 1] ?? "";
    if (!IF_OPENS.test(raw.trim())) continue;
    if (++seen > MAX_HEADS) break;
    const indent = indentWidth(raw);
    const arm = armAt(l + 1, indent, lines);
    if (!arm || !rest.has(l + 1) || !passesString(arm.code)) continue;
    const other = otherArm(arm.next, indent, lines, EXITS.test(arm.code));
    if (other !== undefined && other !== arm.code && shape(other) === shape(arm.code)) n++;
  }
  return n;
}

/**
 * The other arm of a branch whose first arm ended before line `k`: the `else` arm, or the statement the block falls
 * through to at the guard's level (after its `}` or Ruby's `end`). Undefined for a chain of `else if`s.
 */
function otherArm(k: number, indent: number, lines: string[], exits: boolean): string | undefined {
  let at = (lines[k - 1] ?? "").trim();
  if (at === "}" || at === "end") at = (lines[k++] ?? "").trim();
  if (CHAIN.test(at)) return undefined;
  if (ELSE_OPENS.test(at)) return armAt(k + 1, indent, lines)?.code;
  // Only an arm that leaves the function makes what follows it the other arm; otherwise both run, one after the other.
  return exits && indentWidth(lines[k - 1] ?? "") === indent ? statementAt(k, lines)?.code : undefined;
}
