import type { FunctionFact, Span } from "../syntax/facts.js";
import type { CodeView } from "./function-code.js";
import { tokenSetSimilarity } from "./token-diff.js";

/** One step of a function: a structure at its top level with everything inside it, and what that costs. */
export interface Step extends Span {
  cost: number;
}

/**
 * The steps of a function: each structure at its top level with everything inside it (an `if`
 * with its `else` arms and conditions, a loop with its body), and each increment outside any (a
 * run of boolean operators in an assignment), in order, those that cost something. Cognitive
 * complexity adds them up; a reader who follows the function top to bottom holds one at a time.
 */
export function steps(fn: FunctionFact): Step[] {
  const incs = [...(fn.increments ?? [])].sort((a, b) => a.line - b.line);
  const out: Step[] = [];
  for (const inc of incs) {
    const step = out[out.length - 1];
    const cost = inc.base + inc.nesting;
    if (step && inc.line <= step.end) {
      step.cost += cost;
      step.end = Math.max(step.end, inc.end ?? inc.line);
    } else out.push({ start: inc.line, end: inc.end ?? inc.line, cost });
  }
  return out.filter((s) => s.cost > 0);
}

/** A step's share of the limit at most which it is small: 6 at 15, a branch in a branch in a loop (as a small block, see max-complexity). */
const SMALL_STEP_SHARE = 0.4;
/** Steps a function needs, at least, to be a sequence of them rather than a few blocks. */
const MIN_STEPS = 3;
/** Lines of code a step holds, at least, to be a copy worth a helper (a one-line step repeated is a table row). */
const COPY_LINES = 3;
/** Share of their vocabulary two steps have in common, at least, to be copies of one another. */
const COPY_SIMILARITY = 0.8;

/**
 * A function that is a sequence of small, independent steps: three or more top-level structures
 * (and loose conditions), none costing more than 40% of the limit (6 at 15) with what nests in it,
 * none nesting deeper than a branch in a loop, and no two alike. Four commented loops in a row, each a loop with a branch or two inside, or a
 * long run of `if (opt.x) …` option handlers score 20 to 30 by the sum, yet read top to bottom one
 * step at a time: "each step is simple" (judged "not worth saying" on held-out histories, session
 * 11). A step that costs more (a branch in a branch in a branch in a loop, a long boolean chain
 * inside nested branches) is tangled code, and steps that copy one another (commons-validator's
 * `getForm`, the same "build a key, look up its form set, get the form" block for each locale
 * fallback, judged worth a helper in session 12) are one step written out several times: the
 * function keeps its score.
 */
export function readsAsSteps(fn: FunctionFact, max: number, code: CodeView): boolean {
  // Nothing deeper than a branch in a loop (nesting 1 at most): one level more is a path more to hold.
  if ((fn.increments ?? []).some((inc) => inc.nesting > 1)) return false;
  const all = steps(fn);
  if (all.length < MIN_STEPS || all.some((s) => s.cost > Math.floor(max * SMALL_STEP_SHARE))) return false;
  return !copiesAmong(all, code);
}

/** Whether two steps of several lines use nearly the same vocabulary: one block pasted and edited. */
function copiesAmong(all: Step[], code: CodeView): boolean {
  // Small steps under a bounded score: at most a few dozen, so comparing each pair stays cheap.
  const vocabularies = all.filter((s) => code.codeLines(s) >= COPY_LINES).map((s) => new Set(code.tokens(s).flatMap((l) => l.tokens)));
  for (let i = 0; i < vocabularies.length; i++)
    for (let j = i + 1; j < vocabularies.length; j++) if (tokenSetSimilarity(vocabularies[i], vocabularies[j]) >= COPY_SIMILARITY) return true;
  return false;
}
