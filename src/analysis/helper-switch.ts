import type { FunctionFact } from "../syntax/facts.js";
import { escapeRegExp } from "../text/escape-regexp.js";

// A statement that only calls a function by its bare name: `generate(stderr, outpath)`, `dump_state();`.
const BARE_CALL = /^\s*([A-Za-z_$][\w$]{0,80})\s*\([^;]{0,200}\)\s*;?\s*$/;
const COMMENT_LINE = /^\s*(?:\/\/|#|\*|\/\*)/;
/** Lines of a file past which the scan for live calls gives up (and the line stays judged). */
const MAX_LINES = 20_000;

/**
 * Whether a lone commented call is the on-switch of a helper the file defines and calls nowhere else (loguru's test
 * defines `generate(output, outpath)`, "Generate new output file if exception formatting is updated", and keeps
 * `# generate(stderr, outpath)` in the test): the helper exists to be switched on by uncommenting that line, and
 * deleting the line would leave it dead. A call of a function the file calls live elsewhere is a step taken out.
 */
export function switchesOwnHelper(commented: string, line: number, functions: FunctionFact[], lines: string[]): boolean {
  const name = BARE_CALL.exec(commented)?.[1];
  // Without the file's text, a call elsewhere cannot be ruled out.
  if (name === undefined || lines.length === 0 || lines.length > MAX_LINES) return false;
  // Where the helper is declared (`def generate(`, `void generate(String out) {`): its own line is no call.
  const own = functions.filter((f) => f.name === name);
  // Inside the helper itself it is a recursive step, not a switch.
  if (own.length === 0 || own.some((f) => f.start <= line && f.end >= line)) return false;
  const starts = new Set(own.map((f) => f.start));
  const escaped = escapeRegExp(name);
  const call = new RegExp(`(?:^|[^\\w.$])${escaped}\\s*\\(`);
  const declares = new RegExp(`\\b(?:def|function|fn|func|fun|sub)\\s+${escaped}\\b`);
  return !lines.some((l, i) => !COMMENT_LINE.test(l) && call.test(l) && !declares.test(l) && !starts.has(i + 1));
}
