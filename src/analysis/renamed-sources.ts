import type { ChangedFile } from "../model/change.js";
import { addInto, textLineCounts, type LineCounts } from "../text/line-counts.js";

/**
 * A file the change renames without an edit while its new files take up its code is a source the
 * code moved out of, kept aside under another name: pyparsing's `pyparsing.py` renamed to
 * `pyparsing_archive.py` while `pyparsing/core.py`, `helpers.py`… copy its lines (#11). Its lines
 * are in no deleted side, so moved-code detection, which pairs deleted lines with added ones, does
 * not see them; read against the new files, they are moved code, not new code.
 */

// How many renamed files' texts a review reads at most: a monolith retired by a rename is a file or
// a few, and a directory move of hundreds of files must not make the review read them all.
export const MAX_RENAMED_READ = 20;
// A renamed file is a source only when the new files hold at least this share of its lines: a
// directory move beside a new feature shares only braces and `return` lines with it.
const TAKEN_SHARE = 0.5;

/** The files the change renames without an edit (their text is the same at both sides), at most MAX_RENAMED_READ. */
export function renamedUnedited(files: readonly ChangedFile[]): ChangedFile[] {
  if (!files.some((f) => f.status === "added")) return [];
  return files.filter((f) => f.status === "renamed" && f.previousPath !== undefined && f.additions + f.deletions === 0).slice(0, MAX_RENAMED_READ);
}

/**
 * Of the renamed files (`renamed`, texts by `textOf`), those at least TAKEN_SHARE of whose lines the
 * change's new files hold (`added`: their lines, whitespace removed): the sources code moved out of.
 */
export function sourcesOfNewFiles(renamed: ChangedFile[], added: LineCounts, textOf: (f: ChangedFile) => string | undefined): LineCounts {
  const out: LineCounts = new Map();
  if (added.size === 0) return out;
  for (const f of renamed) {
    const text = textOf(f);
    if (text === undefined) continue;
    const lines = textLineCounts(text);
    let all = 0;
    let taken = 0;
    for (const [line, n] of lines) {
      all += n;
      taken += Math.min(n, added.get(line) ?? 0);
    }
    if (all > 0 && taken >= all * TAKEN_SHARE) addInto(out, lines);
  }
  return out;
}
