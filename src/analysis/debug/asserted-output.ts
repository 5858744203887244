import type { Lookups } from "../../engine/rule.js";
import { changedPaths, type Change } from "../../model/change.js";
import { isTestPath } from "../../text/test-conventions.js";
import { FIRST_LITERAL, PLACEHOLDER } from "./print-arguments.js";

/**
 * Output the change's own tests expect: cargo 21322f07b4 prints `println!("Compiling {}", pkg)` and its new
 * test asserts `.with_stdout("Compiling bar v0.5.0\nCompiling foo v0.5.0\n")` (judged *wrong* when said, set 30).
 * A print whose fixed words a test the change touches expects on a program's output is the program's output.
 */

// A test line that states what a program printed, not any line that mentions the words.
const EXPECTS_OUTPUT = /stdout|stderr|output|expect|assert|should|eq!?\(/i;
/** Test files read at most, and lines kept of them at most: the cost stays bounded on a large change. */
const MAX_TESTS = 20;
const MAX_TEST_LINES = 5_000;
const WORD = /[A-Za-z]{4,}/;

/** The test files the whole change touches (a per-file step sees one file, and the change's paths): read at head. */
export function changedTestPaths(change: Change): string[] {
  return [...changedPaths(change)].filter(isTestPath).slice(0, MAX_TESTS);
}

const expectationsByLookups = new WeakMap<Lookups, string[]>();

/** Whether the print's fixed text (its first literal's pieces around placeholders) is expected by a test the change touches. */
export function outputExpectedByChangeTests(line: string, change: Change, found: Lookups): boolean {
  const lit = FIRST_LITERAL.exec(line)?.[1];
  if (lit === undefined) return false;
  const pieces = lit
    .split(PLACEHOLDER)
    .map((p) => p.trim())
    .filter((p) => WORD.test(p));
  if (pieces.length === 0) return false;
  return expectations(change, found).some((t) => pieces.every((p) => t.includes(p)));
}

function expectations(change: Change, found: Lookups): string[] {
  let out = expectationsByLookups.get(found);
  if (out) return out;
  const lines: string[] = [];
  for (const path of changedTestPaths(change)) {
    // The test's text at head, else (a change built by hand, a file not read) its added lines.
    const text = found.fileContents.get(path);
    const file = change.files.find((f) => f.path === path);
    lines.push(...(text !== undefined ? text.split("\n") : (file?.addedLines.map((l) => l.text) ?? [])));
    if (lines.length >= MAX_TEST_LINES) break;
  }
  out = lines.slice(0, MAX_TEST_LINES).filter((t) => EXPECTS_OUTPUT.test(t));
  expectationsByLookups.set(found, out);
  return out;
}
