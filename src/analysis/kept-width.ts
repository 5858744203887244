import type { Lookups } from "../engine/rule.js";
import { changedPaths, type Change, type ChangedFile } from "../model/change.js";
import { syntaxLanguageOf } from "../syntax/grammars.js";

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

/** Sampled files per changed file (besides its own base text). */
export const SAMPLE_FILES = 12;
/** Sampled files per change in all, and folders sampled for: the cost is bounded whatever the change. */
const MAX_SAMPLED = 96;
const MAX_GROUPS = 32;
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

const EXTENSION = /\.[^./]+$/;
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

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
// `forAll12.kt` and `forAll10.kt` are one family: their names without digits agree.
const family = (path: string) => path.slice(path.lastIndexOf("/") + 1).replace(/\d+/g, "");

/** The untouched files nearest `path` with its extension, best first, at most SAMPLE_FILES. */
function nearest(path: string, tree: string[], touched: ReadonlySet<string>): string[] {
  const ext = EXTENSION.exec(path)?.[0];
  if (ext === undefined) return [];
  const folders = folderOf(path).split("/");
  const shared = (p: string) => {
    const q = folderOf(p).split("/");
    let k = 0;
    while (k < q.length - 1 && k < folders.length - 1 && q[k] === folders[k]) k++;
    return k;
  };
  const own = family(path);
  return tree
    .filter((p) => p.endsWith(ext) && !touched.has(p))
    .map((p) => ({ p, near: shared(p), kin: family(p) === own ? 0 : 1 }))
    .sort((a, b) => b.near - a.near || a.kin - b.kin || (a.p < b.p ? -1 : a.p > b.p ? 1 : 0))
    .slice(0, SAMPLE_FILES)
    .map((c) => c.p);
}

// Per tree: the sample of each folder and extension, chosen once (needs and check ask alike).
const samples = new WeakMap<string[], Map<string, string[]>>();

function sampleOf(change: Change, path: string, tree: string[]): string[] {
  let known = samples.get(tree);
  if (!known) samples.set(tree, (known = new Map()));
  const key = `${folderOf(path)}*${EXTENSION.exec(path)?.[0] ?? ""}`;
  let sample = known.get(key);
  if (!sample) {
    // Every path of the whole change is left out (changedPaths: also in one file's step of the rule).
    known.set(key, (sample = known.size >= MAX_GROUPS ? [] : nearest(path, tree, changedPaths(change))));
  }
  return sample;
}

/** The head texts to read (untouched files: their head text is their base text), bounded per change. */
export function widthSamplePaths(change: Change, tree: string[], width: number): string[] {
  const out = new Set<string>();
  for (const f of sampledFor(change, width)) for (const p of sampleOf(change, f.path, tree)) if (out.size < MAX_SAMPLED) out.add(p);
  return [...out];
}

/**
 * The base texts of the file and of the files the change edits beside it or of its name family, as the rule read
 * them (kotest 3f52819fe8 edits `forAll9.kt` and `forAll10.kt`, whose 144-character lines the new `forAll11.kt`
 * follows): base texts are the project's, whatever the change does to them. At most SAMPLE_FILES of them.
 */
function touchedKin(file: ChangedFile, found: Lookups): Array<string | undefined> {
  const own = file.previousPath ?? file.path;
  const texts = [file.status === "added" ? undefined : found.baseContents?.get(own)];
  const ext = EXTENSION.exec(file.path)?.[0];
  for (const [p, text] of found.baseContents ?? []) {
    if (texts.length > SAMPLE_FILES) break;
    if (p !== own && ext !== undefined && p.endsWith(ext) && (folderOf(p) === folderOf(own) || family(p) === family(own))) texts.push(text);
  }
  return texts;
}

/**
 * The project's practice with `max` around `file`, by its base text and the sampled texts that were read
 * (`measure` counts a line's columns as the rule does).
 */
export function widthPractice(change: Change, file: ChangedFile, found: Lookups, max: number, measure: (text: string) => number): WidthPractice {
  if (!found.fileTree) return "unknown";
  const texts = sampleOf(change, file.path, found.fileTree).map((p) => found.fileContents.get(p));
  texts.push(...touchedKin(file, found));
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
