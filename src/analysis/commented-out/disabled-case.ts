import type { FileScan } from "./file-scan.js";

/**
 * An expectation paused with the test case it checks: a test file switches a case off (JUnit's `@Disabled`/`@Ignore`,
 * xUnit's `[Fact(Skip = "…")]`, NUnit's `[Ignore("…")]`) and comments out the assertion elsewhere that names that case.
 * The annotation says the case is off and why; the commented expectation comes back with it. Set 41: junit-pioneer
 * a1ba44a4f4 comments out `//assertThat(displayNames.get("customDataLocation"))` in two tests beside a Cartesian test
 * `customDataLocation` marked `@Disabled("Disabled until …/issues/577 is resolved")`: judged not worth saying twice.
 * Only a case the file itself disables counts, and only by its exact name in a string of the commented lines.
 */

// The annotation or attribute that switches a case off, up to four more annotations, then the declaration's name before `(`.
const DISABLED_CASE =
  /^[ \t]*(?:@(?:Disabled|Ignore)\b|\[(?:Fact|Theory|Test)\s*\(\s*Skip\s*=|\[Ignore\b)[^\n]*\n(?:[ \t]*[@[][^\n]*\n){0,4}[^\n(]{0,200}?\b(\w+)[ \t]*\(/gm;
/** A name in a string literal, long enough to be a case's: `"customDataLocation"`. */
const QUOTED_NAME = /["'`](\w{4,80})["'`]/g;
/** Characters of a test file read for its disabled cases. */
const MAX_TEXT = 400_000;

const disabledByScan = new WeakMap<FileScan, Set<string>>();

/** The names of the test cases the file disables. */
function disabledCases(scan: FileScan): Set<string> {
  let names = disabledByScan.get(scan);
  if (!names) {
    names = new Set<string>();
    const text = scan.headLinesAll.join("\n").slice(0, MAX_TEXT);
    for (const m of text.matchAll(DISABLED_CASE)) names.add(m[1]);
    disabledByScan.set(scan, names);
  }
  return names;
}

/** Whether commented-out lines of a test file name, in a string, a test case the file disables. */
export function awaitsDisabledCase(codeLines: string[], scan: FileScan): boolean {
  if (!scan.testFile) return false;
  const quoted = codeLines.flatMap((l) => [...l.slice(0, 2000).matchAll(QUOTED_NAME)].map((m) => m[1]));
  if (quoted.length === 0) return false;
  const disabled = disabledCases(scan);
  return quoted.some((name) => disabled.has(name));
}
