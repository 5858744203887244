import { globMatcher } from "../config/glob-option.js";
import { GENERATED_MARKERS } from "../config/default-ignores.js";
import type { ChangedFile, Gap } from "../model/change.js";

/** Splits files into those to review and gaps for the ones ignored by config or found to be generated. */
export function filterIgnored(files: ChangedFile[], ignoreGlobs: string[]): { kept: ChangedFile[]; ignored: Gap[] } {
  const isIgnored = globMatcher(ignoreGlobs);
  const kept: ChangedFile[] = [];
  const ignored: Gap[] = [];
  for (const file of files) {
    if (isIgnored(file.path)) {
      ignored.push({ kind: "ignored", path: file.path, message: "matches an ignore glob" });
    } else if (looksGenerated(file)) {
      ignored.push({ kind: "ignored", path: file.path, message: "marked as generated in its first lines" });
    } else {
      kept.push(file);
    }
  }
  return { kept, ignored };
}

function looksGenerated(file: ChangedFile): boolean {
  const first = file.addedLines[0];
  if (!first || first.line > 5) return false;
  return file.addedLines.slice(0, 5).some((l) => l.line <= 5 && GENERATED_MARKERS.test(l.text));
}
