import type { CognitiveIncrement, FunctionFact, NestedBlock } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";

/**
 * Two iteration idioms whose nesting is the protocol, not logic to hold (#10, session 15):
 *
 * - Go's range-over-func stop check, `if !yield(v) { return }`: every value an iterator hands on is
 *   followed by it, at whatever depth the value was found. It is the iterator's `yield`, not a
 *   decision of the function (samber/lo's `Sliding`, 31 with three of them, judged "not worth
 *   saying": "most of the nesting comes from Go's standard iterator idiom").
 * - Loops over collections nested with nothing between them, each body only the next loop: they walk one cross
 *   product, which a reader holds as one loop over tuples (lo's `CrossJoinBy5` to `By9`, five to
 *   nine `for range` loops, judged "not worth saying" for complexity and nesting: "the definition
 *   of a 5-way cross product; nothing to extract"). A loop with a statement of its own beside the
 *   inner one (a row set up, a total kept) is a level of its own.
 */

/** Go's iterator stop check: `if !yield(v) {`, the line the parser marks a guard clause (its branch only exits). */
const YIELD_CHECK = /^\s*if\s+!\s*yield\s*\(/;

const isYieldCheck = (inc: CognitiveIncrement, code: (line: number) => string) => inc.guard === true && YIELD_CHECK.test(code(inc.line));

/** Where the structure that starts on `line` ends: from its increment, else from its nested block. */
function endOf(fn: FunctionFact, line: number): number | undefined {
  const inc = (fn.increments ?? []).find((i) => i.line === line && i.end !== undefined);
  return inc?.end ?? (fn.blocks ?? []).find((b) => b.start === line)?.end;
}

/** True when the lines of `outer` outside `inner` hold nothing but brackets: the outer loop's body is the inner loop. */
function onlyHolds(outer: { start: number; end: number }, inner: { start: number; end: number }, code: (line: number) => string): boolean {
  for (let l = outer.start + 1; l <= outer.end; l++) {
    if (l >= inner.start && l <= inner.end) continue;
    const text = code(l);
    if (text !== "" && !BRACKETS_ONLY.test(text)) return false;
  }
  return true;
}

/**
 * A loop over the items of a collection: `for a in xs`, `for _, a := range xs`, `for (const a of xs)`,
 * `for (A a : xs)`, `foreach ($xs as $a)`. A `while`, or a `for` with a condition, is no walk over a
 * product: its nesting is logic.
 */
const EACH_LOOP = /^\s*(?:foreach\b|for\b(?![^;]*;)(?:.*\b(?:in|of|range)\b|\s*\([^;]*[^:]:[^:]))/;

/** The header lines of loops that are the whole body of the loop around them: the inner links of a cross product. */
export function productLoops(fn: FunctionFact, code: (line: number) => string): Set<number> {
  const incs = fn.increments ?? [];
  const out = new Set<number>();
  for (const inc of incs) {
    const parent = incs[inc.within];
    if (!parent || parent.end === undefined || !EACH_LOOP.test(code(inc.line)) || !EACH_LOOP.test(code(parent.line))) continue;
    const end = endOf(fn, inc.line);
    if (end !== undefined && onlyHolds({ start: parent.line, end: parent.end }, { start: inc.line, end }, code)) out.add(inc.line);
  }
  return out;
}

/**
 * What the two idioms add to a function's cognitive complexity: each yield check whole, each inner
 * loop of a cross product whole (the product costs what its outer loop does), and one nesting
 * level per such inner loop around every other increment.
 */
export function iterationIdiomCost(fn: FunctionFact, code: (line: number) => string): number {
  const incs = fn.increments ?? [];
  if (incs.length === 0) return 0;
  const inner = productLoops(fn, code);
  let cost = 0;
  for (const inc of incs) {
    if (isYieldCheck(inc, code) || inner.has(inc.line)) {
      cost += inc.base + inc.nesting;
      continue;
    }
    let levels = 0;
    // `within` points at an earlier increment, so the walk ends; the guard bounds it on malformed facts.
    for (let k = inc.within, steps = 0; k >= 0 && steps < incs.length; k = incs[k].within, steps++) if (inner.has(incs[k].line)) levels++;
    cost += Math.min(inc.nesting, levels);
  }
  return cost;
}

/**
 * The levels of `b`'s depth the idioms account for: a yield check is no level of its own, and each
 * inner loop of a cross product around it (or the block itself) is the outer loop's level again.
 */
export function idiomLevels(fn: FunctionFact, b: NestedBlock, code: (line: number) => string, inner = productLoops(fn, code)): number {
  const yieldCheck = (fn.increments ?? []).some((i) => i.line === b.start && isYieldCheck(i, code));
  if (yieldCheck) return b.depth;
  let levels = 0;
  for (const line of inner) {
    const end = endOf(fn, line);
    if (end !== undefined && line <= b.start && end >= b.end) levels++;
  }
  return levels;
}
