import type { ChangedFile } from "../model/change.js";
import { isCodeFile } from "../text/languages.js";
import { foldersOf } from "../text/path-folders.js";

/** At least this many copied-in code files make a folder a copied library (one odd file makes nothing). */
const MIN_COPIED = 10;
/** At least this share of a folder's changed code files must be copied in for the rest of its new files to be. */
const COPIED_SHARE = 0.75;

/**
 * The new files that came with a library copied in whole: those in a folder where at least
 * MIN_COPIED code files, and three quarters of the changed code files, are copied in (their
 * headers name another project's authors). ICSharpCode.TextEditor copied into LiteDB.Studio brings
 * its `.xshd` syntax modes, `.resx` resources and a few files without a header along with the 150
 * files under SharpDevelop's headers: one library, checked against its release, not read line by
 * line. A folder where the change also edits the project's own files (more than a quarter) is not
 * one copy, and a file the change edits is never taken out.
 */
export function copiedAlong<F extends ChangedFile>(files: readonly F[], copied: ReadonlySet<F>): F[] {
  if (copied.size < MIN_COPIED) return [];
  // Per folder (every ancestor of a changed code file): its changed code files, and how many are copied.
  const tally = new Map<string, { code: number; copied: number }>();
  for (const f of files) {
    if (!isCodeFile(f.path)) continue;
    for (const dir of foldersOf(f.path)) {
      const t = tally.get(dir) ?? { code: 0, copied: 0 };
      t.code++;
      if (copied.has(f)) t.copied++;
      tally.set(dir, t);
    }
  }
  const libraries = new Set([...tally].filter(([, t]) => t.copied >= MIN_COPIED && t.copied >= COPIED_SHARE * t.code).map(([dir]) => dir));
  if (libraries.size === 0) return [];
  return files.filter((f) => f.status === "added" && !copied.has(f) && foldersOf(f.path).some((dir) => libraries.has(dir)));
}
