import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { nearest } from "./copy-originals.js";
import { perReviewFile } from "./review-memo.js";

/**
 * Lines a change comments out in a patched copy of another file of the tree (#10). joda-time 028e01cbba
 * (set 21) adapted `gwt-emul/…/org/joda/time/DateTimeZone.java`, a verbatim copy of the library's
 * `DateTimeZone.java` added the commit before, to GWT: it comments out what GWT cannot run
 * (`//import java.lang.ref.SoftReference;`, the body of `parseSeconds` under `throw unsupportedInGwt()`)
 * and keeps it, so the emulation stays diffable against the original it tracks. Judged "not worth
 * saying" three times: deleting those lines would lose the diff the copy exists for.
 *
 * Only what the files hold decides: the file existed at base; at base, COPY_SHARE of its lines were the
 * lines of a namesake at a shallower path of the tree (the one sharing the most folders with it, copy-originals.ts);
 * and each line counted was live code in the file at base and is commented out by this change (its text
 * is among the lines the change deletes from the file). The original need not hold each line still: it
 * moves on (generics added to its `Reference ref`), the copy tracks the version it was taken from. A pull
 * request cannot make its own new code count: a line it writes commented out was at base nowhere.
 */

/** At base, this share of the file's non-blank lines are its original's: a copy, not a namesake. */
const COPY_SHARE = 0.8;
/** Files looked at per review, and lines per text: the check stays bounded. */
const MAX_FILES = 50;
const MAX_LINES = 50_000;
/** A line comment's leader and what it comments out. */
const LINE_COMMENT = /^\s*(?:\/\/+|#+)\s?(.*)$/;
const COMMENT = /^\s*(?:\/\/|#|\/\*|\*)/;
/** Characters (trimmed) a line must have to count: `}` or `end` is in every file. */
const MIN_CHARS = 8;

const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const depthOf = (path: string) => path.split("/").length;

/** The added line comments of `file` whose text (trimmed) the change deletes from it live: code commented out in place. */
function commentedInPlace(file: ChangedFile): Array<{ line: number; code: string }> {
  if (file.status !== "modified" || !file.deletedLines || file.deletedLines.length === 0) return [];
  const deleted = new Set(file.deletedLines.slice(0, MAX_LINES).flatMap((t) => (COMMENT.test(t) ? [] : [t.trim()])));
  const out: Array<{ line: number; code: string }> = [];
  for (const { line, text } of file.addedLines.slice(0, MAX_LINES)) {
    const code = LINE_COMMENT.exec(text)?.[1]?.trim();
    if (code && deleted.has(code)) out.push({ line, code });
  }
  // One line that says something, at least: a `}` commented out alone proves nothing.
  return out.some((l) => l.code.length >= MIN_CHARS) ? out : [];
}

/** Files of the change that comment code out in place: only then is the tree read for their namesakes. */
export function mayPatchCopies(files: readonly ChangedFile[]): boolean {
  return files.some((f) => commentedInPlace(f).length > 0);
}

/** The namesake elsewhere in the tree that each such file may be a copy of (path → original path). */
export function patchedCopyOriginals(files: readonly ChangedFile[], tree: readonly string[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!tree) return out;
  const patched = files.filter((f) => commentedInPlace(f).length > 0).slice(0, MAX_FILES);
  if (patched.length === 0) return out;
  const names = new Set(patched.map((f) => nameOf(f.path)));
  const byName = new Map<string, string[]>();
  for (const p of tree) {
    if (!names.has(nameOf(p))) continue;
    const list = byName.get(nameOf(p)) ?? [];
    // A name many folders share is indexed a few hundred times at most (copy-originals.ts does the same).
    if (list.length < 500) list.push(p);
    byName.set(nameOf(p), list);
  }
  for (const f of patched) {
    // The copy is the deeper path, copied into another project's tree (as mirrored-copies.ts decides): the
    // library's own `TestSerialization.java` commenting code out is not patching its GWT copy (joda-time 65727d7eb6).
    const original = nearest(
      f.path,
      (byName.get(nameOf(f.path)) ?? []).filter((p) => depthOf(p) < depthOf(f.path)),
    );
    if (original !== undefined) out.set(f.path, original);
  }
  return out;
}

/** The added lines of `file` that comment out, in a patched copy, code its original still runs (see above). */
export const disabledInCopy = perReviewFile((file: ChangedFile, found: Lookups): Set<number> => {
  const lines = commentedInPlace(file);
  if (lines.length === 0) return new Set();
  const original = patchedCopyOriginals([file], found.fileTree).get(file.path);
  const originalText = original === undefined ? undefined : found.fileContents.get(original);
  const baseText = found.baseContents?.get(file.previousPath ?? file.path);
  if (originalText === undefined || baseText === undefined) return new Set();
  const baseLines = baseText.split("\n", MAX_LINES).filter((l) => l.trim() !== "");
  const originalAll = new Set(originalText.split("\n", MAX_LINES).map((l) => l.trim()));
  const shared = baseLines.filter((l) => originalAll.has(l.trim())).length;
  if (baseLines.length === 0 || shared / baseLines.length < COPY_SHARE) return new Set();
  return new Set(lines.map((l) => l.line));
});
