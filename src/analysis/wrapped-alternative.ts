import type { FunctionChange } from "./function-verdicts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import { indentWidth } from "../text/indent-width.js";

/** The `if` that opens a block: `if (…)`, `if …:`. */
const IF = /^\s*if\b/;
/** Its `else` arm (not `else if`, a chain of conditions): `} else {`, `else:`, `else`. */
const ELSE = /^\s*(\}\s*)?else\b(?!\s*if\b)/;
/** Lines of code, at least, of the old arm: a wrapped statement or two is a guard, not a strategy kept beside the new one. */
const MIN_OLD_ARM = 3;

/**
 * A change that puts the function's old code under a new `if` and writes an alternative in its
 * `else` (or the other way round) adds a choice of strategy beside the old one: the old arm is the
 * old code re-indented (two lines in three, at least, at base already), not new work, and its cost is where it sits. What the change wrote, and a
 * reader must follow, is the new arm, measured as if extracted: its structures nested only in each
 * other. spring-retry's `findClosestMatch`, its closest-match loop moved under
 * `if (isEmpty(recoverMethodName))` beside a 10-line lookup by name, "costs 12 on its own" by the
 * `if` around both and the nesting it gives the lookup; the lookup costs 7 ("both strategies read
 * clearly": judged "not worth saying" on set 20).
 *
 * The new arm's cost, when the block starting at `start` is such an `if`/`else`; otherwise undefined.
 */
export function wrappedAlternativeCost(c: FunctionChange, block: { start: number }): number | undefined {
  const code = (line: number) => c.code.code(line);
  if (!IF.test(code(block.start)) || !c.fresh.has(block.start)) return undefined;
  // At the top of the function's body: the function now chooses between two strategies. Deep in old
  // code, the choice adds paths to a function hard to follow already (Dapper's `GetReader`, a string-list
  // alternative beside the int-list loop six levels deep in its parameter block, agreed on set 14).
  const opening = (c.fn.increments ?? []).find((inc) => inc.line === block.start && inc.end !== undefined);
  if (!opening || opening.nesting > 0 || opening.within >= 0) return undefined;
  const indent = indentWidth(code(block.start));
  let elseLine: number | undefined;
  // The `else` at the `if`'s indentation, before any other line there; the arm ends at the next line back at it.
  let end = c.fn.end;
  for (let l = block.start + 1; l <= c.fn.end; l++) {
    const text = code(l);
    if (text === "" || indentWidth(text) > indent) continue;
    if (elseLine === undefined && ELSE.test(text)) {
      elseLine = l;
      continue;
    }
    if (BRACKETS_ONLY.test(text) && elseLine === undefined) continue;
    end = BRACKETS_ONLY.test(text) ? l : l - 1;
    break;
  }
  if (elseLine === undefined) return undefined;
  const arms = [
    { start: block.start + 1, end: elseLine - 1 },
    { start: elseLine + 1, end },
  ];
  const lines = (arm: { start: number; end: number }) => {
    const out: number[] = [];
    for (let l = arm.start; l <= arm.end; l++) if (code(l) !== "" && !BRACKETS_ONLY.test(code(l))) out.push(l);
    return out;
  };
  const [first, second] = arms.map(lines);
  // Old: most of it, two lines in three, at base already (a loop's header and locals retyped for a new map walk are new).
  const old = (ls: number[]) => ls.length >= MIN_OLD_ARM && ls.filter((l) => c.fresh.has(l)).length * 3 <= ls.length;
  const fresh = old(first) ? arms[1] : old(second) ? arms[0] : undefined;
  return fresh ? armCost(c, fresh) : undefined;
}

/** The cost of the new structures of an arm, each nested only in the arm's own new structures. */
function armCost(c: FunctionChange, arm: { start: number; end: number }): number {
  const incs = c.fn.increments ?? [];
  const inArm = (line: number) => line >= arm.start && line <= arm.end && c.fresh.has(line);
  let cost = 0;
  for (const inc of incs) {
    if (!inArm(inc.line)) continue;
    let nesting = 0;
    for (let w = inc.within; w >= 0 && nesting < inc.nesting; w = incs[w].within) if (inArm(incs[w].line)) nesting++;
    cost += inc.base + nesting;
  }
  return cost;
}
