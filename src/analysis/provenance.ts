import type { Change, ChangedFile } from "../model/change.js";
import { markRestored } from "../model/restored-lines.js";
import { lineKey } from "./line-origin.js";

/**
 * Code the change moved rather than wrote (#10, #11): an added line whose text (whitespace left out)
 * is among the lines the change deletes, in any of its files, inside a run of such lines. A block cut
 * out of one function and pasted into another, a file moved to a new path and edited on the way, a
 * test module split in two: its lines were the repository's before the change, so no rule judges them
 * as the author's new code (set 19: cc-rs `apple_flags` "the block is moved, not added", poetry-core's
 * `_configure_package_dependencies` "mostly code moved out of configure_package", trpc's moved test
 * helper whose commented block "predates it").
 *
 * One fact for every rule: the source marks the moved lines as restored lines (restored-lines.ts) with
 * the other code a change brings in rather than writes (imported-code.ts), and every rule that judges
 * code leaves restored lines alone; no-secrets still scans them.
 *
 * A pull request cannot make its own code count as moved: the lines it deletes are lines the base
 * holds, by definition; a run must hold MIN_RUN lines that say something (a `}` or `return x;` is in
 * every block), and code counts as moved only by a run of code lines, so deleting a comment that reads
 * like the new code (or an old commented-out copy of it) does not make the code old.
 */

/** Lines that say something a run must hold, at least, for its lines to count as moved. */
export const MIN_RUN = 3;
/** Characters (whitespace left out) a line must have to say something: `} else {` or `return x;` does not. */
const DISTINCT = 10;
/** Characters of a line compared: a minified line is compared by its start. */
const MAX_LINE = 2000;
/** Deleted lines read per change, at most: a change deleting a million lines stays linear and bounded. */
const MAX_DELETED = 1_000_000;

/** A line that is a comment (or a comment's continuation) in the common languages: `//`, `#`, `/*`, `*`, `--`, `<!--` (not a C preprocessor line or a Rust attribute). */
const COMMENT = /^\s*(?:\/\/|\/\*|\*|#(?![[!]|include|define|if|else|endif|pragma|region|endregion)|--|<!--)/;

const keyOf = (text: string) => lineKey(text.slice(0, MAX_LINE));
const saysSomething = (key: string) => key.length >= DISTINCT && /[A-Za-z_]{2}/.test(key);

/** A key deleted in more than one file. */
const MANY = "\0many";

/**
 * What the change deletes: each line's key (without whitespace) and the one file it is deleted from (or
 * MANY); for each file, the hunks each key is deleted in (-1 when the source did not say) and its deleted
 * lines as they were written (indentation kept). Hash maps: one pass.
 */
export interface Deleted {
  keys: ReadonlyMap<string, string>;
  hunks: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<number>>>;
  exact: ReadonlyMap<string, ReadonlySet<string>>;
}

export function deletedOf(change: Change): Deleted {
  const keys = new Map<string, string>();
  const hunks = new Map<string, Map<string, Set<number>>>();
  const exact = new Map<string, Set<string>>();
  let read = 0;
  for (const f of change.files) {
    if (!f.deletedLines || f.deletedLines.length === 0) continue;
    const own = f.previousPath ?? f.path;
    const texts = new Set<string>();
    const byKey = new Map<string, Set<number>>();
    exact.set(own, texts);
    hunks.set(own, byKey);
    for (const [i, text] of f.deletedLines.entries()) {
      if (++read > MAX_DELETED) return { keys, hunks, exact };
      const key = keyOf(text);
      if (key === "") continue;
      const was = keys.get(key);
      keys.set(key, was === undefined || was === own ? own : MANY);
      texts.add(text.slice(0, MAX_LINE).trimEnd());
      let at = byKey.get(key);
      if (!at) byKey.set(key, (at = new Set()));
      at.add(f.deletedHunks?.[i] ?? -1);
    }
  }
  return { keys, hunks, exact };
}

/**
 * Whether an added line of the file at `own` (its path at base), in hunk `hunk`, is a line the change
 * deleted: from another file, whitespace aside (code moved into a class or a module keeps its words, not
 * its indentation); from another hunk of its own file, whitespace aside too (a block moved from one
 * function to another: cc-rs f0153a4973's `apple_flags`, set 19); from its own hunk, only as it was
 * written. A block re-indented in place (wrapped in a new `if`, `unless`, `try`: one hunk) is the
 * change's doing: the nesting it adds is the author's (excon c3f995cf27, whose body wrapped in
 * `unless datum.has_key?(:response)` nests 5 deep: agreed on set 15).
 */
function wasDeleted(text: string, key: string, own: string, hunk: number, deleted: Deleted): boolean {
  const from = deleted.keys.get(key);
  if (from === undefined) return false;
  if (from !== own) return true;
  if (deleted.exact.get(own)?.has(text.slice(0, MAX_LINE).trimEnd())) return true;
  for (const h of deleted.hunks.get(own)?.get(key) ?? []) if (h !== -1 && h !== hunk) return true;
  return false;
}

/**
 * The added lines of `file` (head line numbers) that a run of moved lines holds. A run is a stretch of
 * added lines, each blank or deleted by the change (wasDeleted), with no other added line between them (unchanged lines may be); its comment lines count as moved
 * when it holds MIN_RUN lines that say something, its code lines only when MIN_RUN of those are code.
 */
export function movedLinesOf(file: ChangedFile, deleted: Deleted): number[] {
  const own = file.previousPath ?? file.path;
  // The hunk each added line is in: added lines and hunks both run in order, so one pointer walks them.
  let hunk = 0;
  const hunkOf = (line: number) => {
    while (hunk < file.hunks.length - 1 && line >= file.hunks[hunk].start + file.hunks[hunk].length) hunk++;
    return hunk;
  };
  const out: number[] = [];
  let run: Array<{ line: number; comment: boolean; blank: boolean }> = [];
  let said = 0;
  let saidCode = 0;
  const close = () => {
    if (said >= MIN_RUN) for (const l of run) if (!l.blank && (l.comment || saidCode >= MIN_RUN)) out.push(l.line);
    run = [];
    said = 0;
    saidCode = 0;
  };
  // Lines the diff leaves between two moved lines (its context) were there before too: they do not end a run.
  for (const { line, text } of file.addedLines) {
    const key = keyOf(text);
    if (key === "") {
      if (run.length > 0) run.push({ line, comment: false, blank: true });
      continue;
    }
    if (!wasDeleted(text, key, own, hunkOf(line), deleted)) {
      close();
      continue;
    }
    const comment = COMMENT.test(text);
    run.push({ line, comment, blank: false });
    if (saysSomething(key)) {
      said++;
      if (!comment) saidCode++;
    }
  }
  close();
  return out;
}

/** Marks, on each file of the change, the added lines it moved from lines it deleted (see above). */
export function markMovedCode(change: Change): void {
  if (!change.files.some((f) => f.deletedLines && f.deletedLines.length > 0)) return;
  const deleted = deletedOf(change);
  for (const f of change.files) {
    if (f.status === "removed" || f.binary || f.addedLines.length === 0) continue;
    const lines = movedLinesOf(f, deleted);
    if (lines.length > 0) markRestored(f, lines, "moved: lines the change deleted elsewhere");
  }
}
