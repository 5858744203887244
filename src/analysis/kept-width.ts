import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";
import { practiceTexts, samplePaths } from "./practice-sample.js";

/**
 * Whether a project keeps the line width its config names, read from its own code at base: the
 * changed file's base text and a bounded sample of the files nearest to it (same extension, closest
 * folder first, a file of the same name family — `forAll10.kt` beside a new `forAll12.kt` — before
 * others), none of which the change touches, so the author cannot steer the answer.
 *
 * Why (set 21): kotest's `.editorconfig` says 120, but ~1,300 lines of its main source pass it; its
 * judged findings (a 127–129-character TeamCity listener line, 147-character assertions, a 24-file
 * `forAll11..22` family following `forAll10.kt`'s 144-character signatures, a whole plugin repository
 * merged in) were all "not worth saying": 0.45–11% of the sampled lines were over. joda-time keeps its
 * checkstyle 120 (~40 lines over in 68k, 0.02–0.06% in the samples): its 141-character line was agreed,
 * while its 126- and 130-character lines, a little over a limit the maintainer occasionally passes
 * himself, were not worth saying. So: a limit the sample shows unkept is not enforced line by line
 * ("unkept"); one it shows passed now and then is enforced only past a margin ("tolerant"); one it
 * never passes is enforced to the column ("kept").
 */
export type WidthPractice = "unkept" | "tolerant" | "kept" | "unknown";

/** Lines read of each sampled text. */
const SCAN_LINES = 3000;
/** A sample smaller than this says nothing either way. */
export const MIN_SAMPLE_LINES = 300;
/** Lines over the width, per thousand sampled lines, from which the width is not kept (kotest ≥ 4.5, joda-time ≤ 0.6). */
export const UNKEPT_PER_MILLE = 2.5;
/** And at least this many lines: one or two long lines in a small sample are the exception, not the practice. */
const UNKEPT_LINES = 3;
/** Where the width is passed now and then, a line at most this share over it is within the project's practice. */
export const LITTLE_OVER = 0.1;

// A URL cannot be wrapped, and linters leave such lines alone: they say nothing of the team's width.
const URL_LINE = /:\/\//;

/** The changed files worth a sample: code the change adds lines to, one of them longer than `width`; the longest lines' first, as the budget goes. */
function sampledFor(change: Change, width: number): ChangedFile[] {
  const longest = (f: ChangedFile) => f.addedLines.reduce((n, l) => Math.max(n, l.text.length), 0);
  return change.files
    .filter((f) => f.status !== "removed" && syntaxLanguageOf(f.path) !== undefined && longest(f) > width)
    .map((f) => ({ f, n: longest(f) }))
    .sort((a, b) => b.n - a.n)
    .map(({ f }) => f);
}

/** The head texts to read (untouched files: their head text is their base text), bounded per change (practice-sample.ts). */
export function widthSamplePaths(change: Change, tree: string[], width: number): string[] {
  return samplePaths(change, tree, sampledFor(change, width));
}

/**
 * The project's practice with `max` around `file`, by its base text and the sampled texts that were read
 * (`measure` counts a line's columns as the rule does).
 */
export function widthPractice(change: Change, file: ChangedFile, found: Lookups, max: number, measure: (text: string) => number): WidthPractice {
  if (!found.fileTree) return "unknown";
  const texts = practiceTexts(change, file, found);
  let lines = 0;
  let over = 0;
  for (const text of texts) {
    if (text === undefined) continue;
    for (const line of text.split("\n", SCAN_LINES)) {
      if (line.trim() === "") continue;
      lines++;
      if (line.length > max && !URL_LINE.test(line) && measure(line) > max) over++;
    }
  }
  if (lines < MIN_SAMPLE_LINES) return "unknown";
  if (over >= UNKEPT_LINES && over * 1000 >= lines * UNKEPT_PER_MILLE) return "unkept";
  return over > 0 ? "tolerant" : "kept";
}

/** Whether a line `length` columns long is said under `practice`: not where the width is unkept, not a little over where it is tolerated. */
export function overPractice(practice: WidthPractice, length: number, max: number): boolean {
  if (practice === "unkept") return false;
  return practice !== "tolerant" || length > max * (1 + LITTLE_OVER);
}
