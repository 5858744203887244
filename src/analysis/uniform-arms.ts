import { indentWidth } from "../text/indent-width.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import { literalsOut } from "../text/literals-out.js";

/**
 * A dispatch written from one template, one arm per variant: syn's hand-written `Hash for Item`,
 * `match self { Item::Const(item) => { state.write_u8(0); item.hash(state); } … }` over forty
 * variants, or `PartialEq`'s `(Item::Fn(this), Item::Fn(other)) => this == other,`. Long, but
 * there is nothing to extract: every arm is the same step for another case, and a helper cannot
 * shorten the list (judged "not worth saying" three times, session 13). Arms compare by their
 * skeleton: the lines of the arm with names that carry a capital (`Const`, `visitConst`), numbers and strings left out, so `Item::Const(item)`
 * and `Item::Enum(item)` read alike, and a `case` that does something of its own does not.
 */

/** A line that opens a dispatch on its own: `match self {`, `switch (kind) {`, `when (x) {`, `match x:`. */
const DISPATCH = /^\s*(?:(?:return|let\s+\w+\s*=|\w+\s*=)\s*)?(?:match\b[^{]*\{|switch\b[^{]*\{|when\b[^{]*\{|match\b.*:)\s*$/;
/** Arms a dispatch needs for its length to be a list of cases rather than logic. */
const MIN_ARMS = 8;
/** Share of the arms that must share one skeleton. */
const SAME_SHARE = 0.8;
/** Lines before the dispatch at most: a function's signature, a comment, a `let`; more is logic of its own. */
const MAX_LEAD = 5;
/** Lines of an arm at most: a template step, not a block of its own. */
const MAX_ARM_LINES = 6;

/** A line with its names, numbers and literals left out (Go's `case reflect.Int:`, Rust's `Item::Const(item) => {`). */
export const skeleton = (line: string) => literalsOut(line).replace(/\b\w*[A-Z]\w*\b/g, "T");

/** Whether the span (`code(l)` gives a line's code, "" for none) is one such dispatch, with at most a few lines before it and none after. */
export function uniformDispatch(code: (line: number) => string, span: { start: number; end: number }): boolean {
  const arms = dispatchArms(code, span, DISPATCH);
  if (!arms || arms.length < MIN_ARMS || arms.some((a) => a.length > MAX_ARM_LINES)) return false;
  const counts = new Map<string, number>();
  for (const arm of arms) {
    const key = arm.join("\n");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(...counts.values()) >= SAME_SHARE * arms.length;
}

/** A dispatch's header with its bracket on the next line too (C#'s and Allman's `switch (hash)`). */
export const DISPATCH_ANY_BRACE = /^\s*(?:(?:return|let\s+\w+\s*=|\w+\s*=)\s*)?(?:match\b[^{]*\{|switch\b[^{]*\{?|when\b[^{]*\{?|match\b.*:)\s*$/;
/** Lines of an arm at most to be one step: its label, one statement, its `break`. */
const ONE_STEP_LINES = 3;
/** A line that opens a block of its own: an arm holding one is more than one step. */
const OPENS_BLOCK = /[{:]\s*$|\bdo\s*$/;

/**
 * A dispatch of one step an arm: eight arms or more, each its label and one statement (a reply
 * field read into its local, `if (!value.TryGetInt64(out length)) return false; break;`, a value
 * mapped). It is a table written as code: its length is the number of cases, and no arm, nor any
 * run of them, is a step to extract (StackExchange.Redis's XINFO STREAM parser given the fields of
 * Redis 8.6 as new cases, "a 40-line block", judged "not worth saying", session 15).
 */
export function oneStepDispatch(code: (line: number) => string, span: { start: number; end: number }): boolean {
  const arms = dispatchArms(code, span, DISPATCH_ANY_BRACE);
  return arms !== undefined && arms.length >= MIN_ARMS && arms.every(oneStep);
}

/** An arm of a label and one statement, a `break` aside: not a loop, not a block opened. */
function oneStep(arm: string[]): boolean {
  const work = arm.slice(1).filter((l) => !BREAK.test(l));
  return arm.length <= ONE_STEP_LINES && work.length <= 1 && !work.some((l) => OPENS_BLOCK.test(l) || LOOP.test(l));
}

export const BREAK = /^break\s*;?$/;
const LOOP = /^(?:for|foreach|while|loop|do)\b/;

/**
 * The dispatch's arms, line by line (skeletons), when the span is one dispatch with a few lines
 * before it (`lead`) and none after (or, with `tail`, the arms up to the dispatch's end, whatever follows).
 */
export function dispatchArms(
  code: (line: number) => string,
  span: { start: number; end: number },
  header: RegExp,
  { lead = MAX_LEAD, tail = false }: { lead?: number; tail?: boolean } = {},
): string[][] | undefined {
  let at0 = span.start;
  while (at0 <= span.end && !header.test(code(at0))) {
    if (at0 - span.start >= lead) return undefined;
    at0++;
  }
  if (at0 > span.end) return undefined;
  const arms: string[][] = [];
  let armIndent = -1;
  const headerIndent = indentWidth(code(at0));
  for (let l = at0 + 1; l <= span.end; l++) {
    const text = code(l);
    // With `tail`, the dispatch's own closing bracket ends it: Go's `case` sits at its `switch`'s
    // indent, so the statements after the `}` would otherwise read as more arms.
    if (tail && arms.length > 0 && text !== "" && BRACKETS_ONLY.test(text) && indentWidth(text) <= headerIndent) return arms;
    if (text === "" || BRACKETS_ONLY.test(text)) continue;
    const at = indentWidth(text);
    if (armIndent < 0) armIndent = at;
    // Back out of the dispatch: the span holds code after it.
    if (at < armIndent) return tail ? arms : undefined;
    if (at === armIndent) arms.push([]);
    arms[arms.length - 1]!.push(skeleton(text));
  }
  return arms;
}
