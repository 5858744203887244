import type { NestedBlock } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";

/** A `switch` on a value (C-family, Go, PHP), or Python's `match`. */
const SWITCH = /^\s*(?:\}\s*)?(?:switch|match)\b/;
/** A case label, with what may follow it on its line: `case TokenCBrace:`, `default:`, `case "a", "b": x = 1`. */
const CASE_LABEL = /^\s*(?:case\b[^:]*|default\s*):(.*)$/;
/** The jump that closes a C-family arm, not a step of its own. */
const ARM_END = /^\s*break\s*;?\s*$/;

/**
 * A `switch` whose every arm is one statement, maybe wrapped over lines (a diagnostic's struct
 * literal): which message to report, or which value to hand on, chosen by case. hcl's
 * `ParseBody`, at the limit, gained `switch end { case TokenCBrace: diags = append(diags, …)
 * default: diags = append(diags, …) }` in its error branch (judged "not worth saying", session 14):
 * one step, as an `if` with one statement under it is. Arms opened by a bracket of their own
 * (`case X: {`) or holding two statements are a block of work.
 */
export function oneStatementArms(block: NestedBlock, code: (line: number) => string): boolean {
  if (!SWITCH.test(code(block.start))) return false;
  const arms: number[] = [];
  let depth = 0;
  for (let line = block.start + 1; line <= block.end; line++) {
    const text = code(line);
    // Blank, or an Allman brace opening the switch's body.
    if (text === "" || (arms.length === 0 && BRACKETS_ONLY.test(text))) continue;
    const label = depth === 0 ? CASE_LABEL.exec(text) : null;
    const rest = label ? label[1] : text;
    if (label) arms.push(0);
    if (depth === 0 && arms.length > 0 && !BRACKETS_ONLY.test(rest) && !ARM_END.test(rest)) arms[arms.length - 1]++;
    for (const ch of rest) depth += "([{".includes(ch) ? 1 : ")]}".includes(ch) ? -1 : 0;
    // The switch's own closing bracket.
    if (depth < 0) break;
  }
  return arms.length >= 2 && arms.every((n) => n === 1);
}
