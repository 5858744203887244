import type { Change, ChangedFile } from "../../model/change.js";
import { notAuthored } from "../../text/authored-files.js";
import { toolWritten } from "../../text/tool-written.js";
import { isLight } from "./light-files.js";

// The files pr-size may count, by their paths and statuses alone.

export function size(f: ChangedFile): number {
  return f.additions + f.deletions;
}

/** Files of the change the engine left out by the ignore globs (a library's `*.min.css` beside its source). */
export function ignoredPaths(change: Change): string[] {
  return change.gaps.flatMap((g) => (g.kind === "ignored" && g.path !== undefined ? [g.path] : []));
}

/**
 * A file renamed or copied without an edit is no work to review; nor is a file of a project the
 * change imports whole (imported-projects.ts): like vendored code, nobody reviews it line by line,
 * and the summary names its folder.
 */
export function countedFiles(change: Change): ChangedFile[] {
  return change.files.filter((f) => !((f.status === "renamed" || f.status === "copied") && size(f) === 0) && f.importedProject === undefined);
}

/** The files that may count, by their paths alone. */
export function plainCandidates(change: Change): ChangedFile[] {
  // needs() and check() (twice) ask for the same files: judged by their paths once per review (#13).
  let known = candidatesOf.get(change.files);
  if (!known) candidatesOf.set(change.files, (known = countedFiles(change).filter((f) => !notAuthored(f) && !toolWritten(f) && !isLight(f.path))));
  return known;
}

const candidatesOf = new WeakMap<readonly ChangedFile[], ChangedFile[]>();
