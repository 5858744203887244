import type { Change } from "../../model/change.js";
import { isTestPath } from "../../text/test-conventions.js";
import { FIRST_LITERAL, PLACEHOLDER } from "./print-arguments.js";

/**
 * Output the change's own tests expect: cargo 21322f07b4 prints `println!("Compiling {}", pkg)` and its new
 * test asserts `.with_stdout("Compiling bar v0.5.0\nCompiling foo v0.5.0\n")` (judged *wrong* when said, set 30).
 * A print whose fixed words a test the change writes expects on a program's output is the program's output.
 */

// A test line that states what a program printed, not any line that mentions the words.
const EXPECTS_OUTPUT = /stdout|stderr|output|expect|assert|should|eq!?\(/i;
/** Test lines read at most, and the shortest fixed word taken as evidence. */
const MAX_TEST_LINES = 5_000;
const WORD = /[A-Za-z]{4,}/;

const expectationsByChange = new WeakMap<Change, string[]>();

/** Whether the print's fixed text (its first literal's pieces around placeholders) is expected by a test the change adds lines to. */
export function outputExpectedByChangeTests(line: string, change: Change): boolean {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  if (lit === undefined) return false;
  const pieces = lit
    .split(PLACEHOLDER)
    .map((p) => p.trim())
    .filter((p) => WORD.test(p));
  if (pieces.length === 0) return false;
  return expectations(change).some((t) => pieces.every((p) => t.includes(p)));
}

function expectations(change: Change): string[] {
  let out = expectationsByChange.get(change);
  if (out) return out;
  out = change.files
    .filter((f) => isTestPath(f.path))
    .flatMap((f) => f.addedLines.map((l) => l.text))
    .slice(0, MAX_TEST_LINES)
    .filter((t) => EXPECTS_OUTPUT.test(t));
  expectationsByChange.set(change, out);
  return out;
}
