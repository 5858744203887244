import type { FunctionFact } from "../syntax/facts.js";

/** A print to the console in any of the languages checked: `println(…)`, `System.out.println(…)`, `fmt.Println(…)`, `puts x`. */
const PRINT = /(?:^|[^\w.$])(?:(?:System\.(?:out|err)|console|fmt|Console)\.)?(?:println|print|printf|Println|Printf|Print|puts|log|WriteLine|Write)!?\s*[( ]/;
const COMMENT_LINE = /^\s*(?:\/\/|#|\/\*|\*)/;
/** A playground is short; a program's real `main` that wires a whole application up is not one. */
const MAX_MAIN_LINES = 60;

/**
 * Whether commented code that prints sits in a short `main` whose live lines print too: a scratch
 * playground that prints samples of what the code does (mordant 7007f8c095: `fun main` at the end of
 * `main.kt` prints nested colours, and the change comments out the previous samples, judged not worth
 * saying in set 12). Which samples it prints is switched by commenting them, as in a demo's `main`.
 */
export function playgroundMain(code: string[], line: number, functions: FunctionFact[], head: string[]): boolean {
  const main = functions.find((f) => f.start < line && line <= f.end && /^main$/i.test(f.name));
  if (!main || main.end - main.start > MAX_MAIN_LINES || !code.some((l) => PRINT.test(l))) return false;
  return head.slice(main.start - 1, main.end).some((l) => !COMMENT_LINE.test(l) && PRINT.test(l));
}
