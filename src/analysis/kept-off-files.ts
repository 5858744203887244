import { headerParagraphs } from "./reference-port.js";

// Files the project keeps switched off, or keeps only to compare against, by what they are: a line commented out in
// them changes nothing that runs, and a reviewer would not ask to delete it (sets 21–23's judges).

/**
 * A folder whose name says its files are off: futures-rs `futures/tests_disabled/` (not compiled; `mod support;` was
 * commented out there so per-file rustfmt runs), `disabled/`, `disabled-tests/`, `specs.disabled/`. The word stands
 * alone or is joined by `-`, `_` or `.`, so `nodisabledfoo/` does not count. The file's own name is not read: a
 * `disabled.rs` module is live code about disabling.
 */
const DISABLED_FOLDER = /^(?:[\w.-]{0,80}[-_.])?disabled(?:[-_.][\w.-]{0,80})?$/i;

/** Whether a folder of the path (not the file's own name) says the files under it are switched off. */
export function inDisabledFolder(path: string): boolean {
  // Bounded: a path's folders, each tested once with a linear pattern.
  return path
    .split("/")
    .slice(0, -1)
    .some((folder) => DISABLED_FOLDER.test(folder));
}

/**
 * What a test file's header says it is: a reference implementation (ImageSharp's `ReferenceImplementations.cs`,
 * "simplified (unefficient) reference implementations to produce verification data for unit tests … Ported from
 * dct_simd"), kept line for line like its source so the code under test can be checked against it. Its commented
 * lines mirror the source (`//const float invsqrt2h = 0.353554f;`). Read from its comments, not its name; in tests only,
 * as a library's port is code the project runs (hyper-util's `rewind.rs`, "adapted from hyper", was worth saying).
 */
const REFERENCE = /\breference\s+(?:implementation|code|algorithm)s?\b/i;

/** Whether a test file's header (comments before its first type or function, 60 lines at most) calls it a reference implementation. */
export function referenceForTests(testFile: boolean, lines: readonly string[]): boolean {
  return testFile && headerParagraphs(lines).some((p) => REFERENCE.test(p));
}
