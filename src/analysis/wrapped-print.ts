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
