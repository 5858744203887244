import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";
import { practiceTexts, samplePaths } from "./practice-sample.js";
import { spreadOf } from "./project-spread.js";

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
 *
 * The project at large is read too (project-spread.ts), and the more lenient of the two readings holds: a width the
 * project routinely passes is soft even where the nearest files keep it (set 23: npgsql's 149–160-character lines in
 * clean folders of a `src` 16‰ over its 140; sqldelight's 157 in a clean mixins folder of a project ~2‰ over).
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
/**
 * Where the width is passed now and then, a line at most this share over it is within the project's practice: as
 * clear_margin's 15% for a width no linter checks. Set 23: sqldelight's 157/140 (12%) and npgsql's 149–160/140 were
 * not worth saying, its 177/140 and 186/140 were agreed; set 21: joda-time's 126 and 130/120 not, its 141/120 (17.5%) agreed.
 */
export const LITTLE_OVER = 0.15;

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

/**
 * The head texts to read (untouched files: their head text is their base text): the nearest files, bounded per change
 * (practice-sample.ts), and the project's spread for each extension, SPREAD_FILES more per extension.
 */
export function widthSamplePaths(change: Change, tree: string[], width: number): string[] {
  const files = sampledFor(change, width);
  const paths = new Set(samplePaths(change, tree, files));
  // One spread per extension (the same paths for every file of it): SPREAD_FILES reads per language of the change's long lines.
  for (const f of files) for (const p of spreadOf(change, f.path, tree)) paths.add(p);
  return [...paths];
}

/**
 * The project's practice with `max` around `file`, by its base text and the sampled texts that were read
 * (`measure` counts a line's columns as the rule does).
 */
export function widthPractice(change: Change, file: ChangedFile, found: Lookups, max: number, measure: (text: string) => number): WidthPractice {
  if (!found.fileTree) return "unknown";
  const near = reading(practiceTexts(change, file, found), max, measure);
  const project = reading(
    spreadOf(change, file.path, found.fileTree).map((p) => found.fileContents.get(p)),
    max,
    measure,
  );
  return LENIENCY[Math.max(LENIENCY.indexOf(near), LENIENCY.indexOf(project))]!;
}

// From the strictest reading to the most lenient; "unknown" (too small a sample) gives way to any other.
const LENIENCY: WidthPractice[] = ["unknown", "kept", "tolerant", "unkept"];

/** The practice `texts` show with `max`. */
function reading(texts: Array<string | undefined>, max: number, measure: (text: string) => number): WidthPractice {
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
