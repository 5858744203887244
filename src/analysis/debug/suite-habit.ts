import type { Lookups } from "../../engine/rule.js";
import type { Change, ChangedFile } from "../../model/change.js";
import { isTestPath } from "../../text/test-conventions.js";
import { sampleOf } from "../practice-sample.js";
import { inTestSupportCrate } from "../test-support-crate.js";
import { type DebugPattern, TEST_FILE_NAME, kindOf } from "./debug-patterns.js";

/**
 * A test suite's habit of printing (#11): where most of the project's tests near a test file print values
 * (ktorm's tests `println` what a query returned beside their assertions, 18 of 25 test files at
 * cddf76b02d), a new print in that file is the suite's way of showing its values, not a leftover. Judged
 * on set 41: eleven of ktorm's test prints were "not worth saying" (the project prints in its tests by
 * design, and its test setup logs every SQL statement to the console), while junit-pioneer's lone
 * `System.out.println("Bar")` (3 of 65 test files print) and MemoryPack's `Console.WriteLine(guid)` (none
 * of 54) were agreed. A file's own habit at base is printHabit's (file-scan.ts); this is its suite's.
 *
 * The sample is the nearest test files of the same extension the change does not touch (practice-sample.ts):
 * a pull request cannot make its own habit, and a file of a new module is read against the project's other tests.
 */

// A Gradle or Maven main source set (`src/main/`, Kotlin Multiplatform's `src/jvmMain/`): production code, even in a
// package or module named `test` (`koin-test/src/jvmMain/kotlin/org/koin/test/verify/`).
const MAIN_SOURCE_SET = /(^|\/)src\/(main|[a-z]\w*Main)\//;

// A Rust module file named `test.rs` or `tests.rs`: what a crate declares as `#[cfg(test)] mod test;` (rust-csv's
// `src/test.rs`, chrono's `src/datetime/tests.rs`), compiled for its tests only.
const RUST_TEST_MODULE = /(^|\/)tests?\.rs$/;
// pytest's own file of fixtures and hooks, wherever it sits: what its fixtures print, pytest captures as a test's.
const CONFTEST = /(^|\/)conftest\.py$/;

/** A file of tests, whose prints are diagnostics: a test path outside a main source set, a Rust test module, test support, conftest. */
export function isTestFile(path: string): boolean {
  return (
    (isTestPath(path) && (!MAIN_SOURCE_SET.test(path) || TEST_FILE_NAME.test(path))) ||
    RUST_TEST_MODULE.test(path) ||
    inTestSupportCrate(path) ||
    CONFTEST.test(path)
  );
}

/** How many prints (and dbg! calls) of each kind a text holds, by the file's patterns: a line counts once, for its first. */
export function printKinds(patterns: DebugPattern[], text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split("\n")) {
    for (const p of patterns) {
      const m = p.output || p.what === "dbg!" ? p.re.exec(line) : null;
      if (!m) continue;
      const kind = kindOf(p.what.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? ""));
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      break;
    }
  }
  return counts;
}

/** Test files sampled per test folder; of those read, at least SUITE_MIN and half must print a kind for it to be the habit. */
const SUITE_FILES = 8;
const SUITE_MIN = 3;
/** A sampled text longer than this is not counted (a generated test table): the scan stays cheap. */
const MAX_TEXT_CHARS = 200_000;

const SUITE = { name: "tests", keep: isTestFile, count: SUITE_FILES };

/** The test files to read at head (untouched, so as at base) for the habit of each test file that may print. */
export function suiteSamplePaths(change: Change, tree: string[] | undefined, files: ChangedFile[]): string[] {
  if (!tree) return [];
  const out = new Set<string>();
  for (const f of files) if (isTestFile(f.path)) for (const p of sampleOf(change, f.path, tree, SUITE)) out.add(p);
  return [...out];
}

/** The kinds of print most sampled tests near `file` make: the suite's habit (empty without the tree or enough tests). */
export function suiteHabit(change: Change, file: ChangedFile, found: Lookups, patterns: DebugPattern[]): Set<string> {
  const out = new Set<string>();
  if (!found.fileTree) return out;
  const texts = sampleOf(change, file.path, found.fileTree, SUITE)
    .map((p) => found.fileContents.get(p))
    .filter((t): t is string => t !== undefined && t.length <= MAX_TEXT_CHARS);
  if (texts.length < SUITE_MIN) return out;
  const filesPrinting = new Map<string, number>();
  for (const text of texts) for (const kind of printKinds(patterns, text).keys()) filesPrinting.set(kind, (filesPrinting.get(kind) ?? 0) + 1);
  for (const [kind, n] of filesPrinting) if (n >= SUITE_MIN && n * 2 >= texts.length) out.add(kind);
  return out;
}
