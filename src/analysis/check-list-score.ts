import type { FunctionFact } from "../syntax/facts.js";

/**
 * The share of a function's cognitive complexity its nesting adds: what each structure costs for
 * the structures around it, against the whole score. Low, the score counts branches side by side.
 */
export function nestingShare(fn: FunctionFact): number | undefined {
  const increments = fn.increments;
  if (!increments?.length || fn.cognitive <= 0) return undefined;
  return increments.reduce((sum, i) => sum + i.nesting, 0) / fn.cognitive;
}

/** Nesting's share of the score under which a function reads side by side (see readsAsCheckList). */
const FLAT_NESTING_SHARE = 0.3;
/** Decision points per line of code from which a function's body is checks, not steps with a branch here and there. */
const CHECK_DENSITY = 0.35;

/**
 * A list of checks: under 30% of the function's cognitive complexity from nesting, and a decision
 * point (a branch, a boolean operator) every three lines of code at least. Each check reads on its
 * own, however many there are. php-code-coverage's `Unserializer::validate` (a list of `if
 * (!isset(…) || !is_array(…)) throw` checks: 33, nesting 21%, 0.53 decisions a line) and fiber's
 * `configDefault` (default assignments and validation panics: 29, 24%, 0.40) were judged "not worth
 * saying" when they grew ("the score comes from || conditions, not hard-to-follow logic"). A long
 * function of steps whose score is flat too is no list (fd's 292-line `run`, 0.12 a line, agreed),
 * nor one that nests (mapstruct's `handleDefinedMapping`: 28%, but 0.11 a line, agreed).
 */
export function readsAsCheckList(fn: FunctionFact): boolean {
  const share = nestingShare(fn);
  return share !== undefined && share < FLAT_NESTING_SHARE && fn.decisions >= CHECK_DENSITY * fn.codeLines;
}
