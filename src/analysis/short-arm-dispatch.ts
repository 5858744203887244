import type { FunctionFact } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import { BREAK, dispatchArms, DISPATCH_ANY_BRACE } from "./uniform-arms.js";

/** Arms a dispatch needs for its length to be its number of cases (as for a one-step dispatch, see uniform-arms.ts). */
const MIN_ARMS = 8;
/** Lines of work an arm holds at most to be short: a recursive call, a loop asking it of each child, the answer. */
const SHORT_ARM = 3;
/** Share of the arms, at least, that are short. */
const SHORT_SHARE = 0.8;
/** Lines of work of any arm at most: longer, it is a step of its own to extract. */
const LONGEST_ARM = 6;
/** Share of the function's lines of code the dispatch holds at least: its body, a few lines of setup and a fallback around it. */
const DISPATCH_SHARE = 2 / 3;

/**
 * A function that is one exhaustive dispatch of short arms: eight arms or more, four in five of at
 * most three lines of work and none over six, the dispatch two thirds of the function at least.
 * zod's `isTransforming` answers, per schema type, with a recursive call or a loop over the
 * children (97 lines, one case per type: judged "not worth saying", session 16, "its length comes
 * from the number of types, and splitting it wouldn't help"). Its length is its number of cases;
 * a helper per arm would only move one line. An arm of seven lines or more, or a dispatch that is
 * a part of a longer function, is logic of its own.
 */
export function shortArmDispatch(code: (line: number) => string, fn: FunctionFact): boolean {
  const body = { start: fn.start + 1, end: fn.end };
  const arms = dispatchArms(code, body, DISPATCH_ANY_BRACE, { lead: body.end - body.start + 1, tail: true });
  if (!arms || arms.length < MIN_ARMS) return false;
  // Lines of work after each arm's label, its closing `break` aside.
  const work = arms.map((arm) => arm.slice(1).filter((l) => !BREAK.test(l)).length);
  if (work.some((n) => n > LONGEST_ARM) || work.filter((n) => n <= SHORT_ARM).length < SHORT_SHARE * arms.length) return false;
  let lines = 0;
  for (let l = body.start; l <= body.end; l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l))) lines++;
  // The header and the arms' lines, brackets left out (dispatchArms skips them).
  const held = 1 + arms.reduce((n, arm) => n + arm.length, 0);
  return held >= DISPATCH_SHARE * lines;
}
