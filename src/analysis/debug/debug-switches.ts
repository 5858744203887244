import type { FileFacts } from "../../syntax/facts.js";
import { outputFlag, versionAnswer } from "../output-flag.js";
import { wordsOf } from "../../text/name-words.js";
import { innermostFunction, openersOf } from "./lines-around.js";

// Output a switch turns on: a block under a logging, verbosity or debug flag, or a development
// build's environment test. Such prints are opt-in logging, not leftovers.

// A block switched on by a logging or verbosity flag (`if (this.log)`, `if verbose:`, `if debug`, `unless quiet`):
// its prints are deliberate, opt-in logging.
export const LOG_SWITCH =
  /^\s*(\}\s*)?(else\s+)?(if|unless|elif|when)\b\s*\(?\s*!?\s*[\w.$@]{0,60}?\b(log|logs|logging|verbose|verbosity|debug|debugging|trace|tracing|quiet|silent|DEBUG|VERBOSE)\w*\b/i;
export const LOG_SWITCH_INLINE =
  /\b(if|unless)\b\s*\(?\s*!?\s*[\w.$@]{0,60}?\b(log|logging|verbose|verbosity|debug|trace|quiet)\w*\b|\b(verbose|debug|log|logging)\w*\s*(&&|and)\s*$/i;
export const LOG_SWITCH_MODIFIER = /\s(if|unless)\s+!?\s*[\w.$@]{0,60}?\b(log|logging|verbose|verbosity|debug|trace|quiet|silent)\w*\b/i;
// A block switched on by the environment (`if (process.env.NODE_ENV !== 'production' && !known.has(type)) {`):
// a development build's warning, as deliberate as the same test on the print's own line (ENV_GATED).
// Not any variable: `if ENV['REMOTE']` picks a set-up, it does not mark a development build.
export const ENV_CONDITION =
  /^\s*(\}\s*)?(else\s+)?(if|unless|when)\b.{0,400}(process\.env\.NODE_ENV\b|process\.env\[["']NODE_ENV|import\.meta\.env\.(DEV|MODE)\b|__DEV__|(process\.env|os\.environ|os\.getenv|os\.Getenv|\bENV|env::var|getenv)\W{0,4}[A-Z_]*(DEBUG|VERBOSE|TRACE)[A-Z_]*\b)/;
// A condition: what follows `if`/`unless`/`elif`/`when`, up to where its body starts.
// (`::` is a path, not Python's colon: Rust's `if ::log::DUMP_LOGS {`.)
export const CONDITION = /^\s*(?:\}\s*)?(?:else\s+)?(?:if|unless|elif|when)\b\s*\(?((?:::|[^{:]){0,200})/;
// An early way out of a function when a switch is off: `if (!DEBUG) return;`, `if not self.debug: return`, `guard debug else { return }`.
const EARLY_RETURN = /^\s*(?:if|unless|guard)\b[^\n]{0,200}\breturn\b/;
// The words of a switch that turns a deliberate debug channel on: `DEBUG`, `self._verbose`, `isDebugEnabled()`, `kTrace`.
// `dump`/`logs`: a constant that switches a log dump on (rayon's `if ::log::DUMP_LOGS { println!(…) }`).
const SWITCH_WORDS = new Set(["debug", "debugging", "verbose", "verbosity", "trace", "tracing", "logging", "dbg", "dump", "logs"]);

export const switchedBy = (condition: string) => wordsOf(condition).some((w) => SWITCH_WORDS.has(w));
// What CONDITION caught, without the body a one-line `if (flag) println(…)` or `if flag: print(…)` goes on with.
const bodyCut = (condition: string) => condition.replace(/^(\s*\(?[^()]{0,200}?\))\s*\S.*$/, "$1");

/**
 * Whether a debug or verbosity switch turns the print on (a project's own debug channel, off unless asked for):
 * a condition on its line or on a block around it names one (`if (this._debug)`, `if self.verbose_mode:`,
 * `if isDebugEnabled() {`), or the function returns early unless it is on (`if (!DEBUG) return;`).
 */
export function debugSwitched(before: string, head: string[], line: number, facts: FileFacts): boolean {
  // Or a lone flag that asks for output (`if (printResult) {`, `if show_tree:`): the caller switched the print on.
  const inline = CONDITION.exec(before)?.[1];
  if (inline !== undefined && (switchedBy(inline) || outputFlag(bodyCut(inline)))) return true;
  for (const opener of openersOf(head, line)) {
    const condition = CONDITION.exec(opener)?.[1];
    if (condition !== undefined && (switchedBy(condition) || outputFlag(bodyCut(condition)))) return true;
  }
  const fn = innermostFunction(facts, line);
  if (!fn) return false;
  return head.slice(fn.start - 1, line - 1).some((l) => EARLY_RETURN.test(l) && switchedBy(l.replace(/\breturn\b.*$/, "")));
}

/** Whether the print answers a version flag around it or on its line (see versionAnswer). */
export function answersVersion(before: string, args: string, head: string[], line: number): boolean {
  const conditions = [CONDITION.exec(before)?.[1], ...openersOf(head, line).map((o) => CONDITION.exec(o)?.[1])];
  return conditions.some((c) => c !== undefined && versionAnswer(bodyCut(c), args));
}
