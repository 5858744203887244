import { globMatcher } from "../config/glob-option.js";
import { GENERATED_MARKERS } from "../config/default-ignores.js";
import type { ChangedFile, Gap } from "../model/change.js";
import { lineHead } from "../text/line-windows.js";

// The files a review left out, for the rules that still read them (scansIgnoredFiles): no-secrets
// reports only live provider tokens there. Keyed by the file object, which the engine hands on as is.
const ignoredFileSet = new WeakSet<ChangedFile>();

/** Whether the review left this file out (an ignore glob, a generated header) and only scans it for secrets. */
export function isIgnoredFile(file: ChangedFile): boolean {
  return ignoredFileSet.has(file);
}

/** Splits files into those to review and gaps for the ones ignored by config or found to be generated. */
export function filterIgnored(files: ChangedFile[], ignoreGlobs: string[]): { kept: ChangedFile[]; ignored: Gap[]; ignoredFiles: ChangedFile[] } {
  const isIgnored = globMatcher(ignoreGlobs);
  const kept: ChangedFile[] = [];
  const ignored: Gap[] = [];
  const ignoredFiles: ChangedFile[] = [];
  for (const file of files) {
    const why = isIgnored(file.path) ? "matches an ignore glob" : looksGenerated(file) ? "marked as generated in its first lines" : undefined;
    if (why) {
      ignored.push({ kind: "ignored", path: file.path, message: `${why}; still scanned for secrets` });
      ignoredFiles.push(file);
      ignoredFileSet.add(file);
    } else {
      kept.push(file);
    }
  }
  return { kept, ignored, ignoredFiles };
}

/**
 * A new file whose first lines carry a generator's mark. Only a file the change adds: on a file it
 * edits, a mark among the added lines is one the pull request wrote, and `// DO NOT EDIT` over
 * hand-written code would take the whole file out of review. Edited files are the rules' to judge,
 * by the file's header at base as well (see generatedByItsHeader).
 */
function looksGenerated(file: ChangedFile): boolean {
  if (file.status !== "added") return false;
  const first = file.addedLines[0];
  if (!first || first.line > 5) return false;
  // A marker is at the start of a header line; a hostile 500 KB first line is not searched whole.
  return file.addedLines.slice(0, 5).some((l) => l.line <= 5 && GENERATED_MARKERS.test(lineHead(l.text)));
}
