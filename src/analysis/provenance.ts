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

/** The keys of every line the change deletes, in any file (a hash set: one pass over the diff). */
function deletedKeys(change: Change): Set<string> {
  const keys = new Set<string>();
  let read = 0;
  for (const f of change.files) {
    for (const text of f.deletedLines ?? []) {
      if (++read > MAX_DELETED) return keys;
      const key = keyOf(text);
      if (key !== "") keys.add(key);
    }
  }
  return keys;
}

/**
 * The added lines of `file` (head line numbers) that a run of moved lines holds. A run is a stretch of
 * added lines, each blank or among `deleted`, with no other added line between them (unchanged lines may be); its comment lines count as moved
 * when it holds MIN_RUN lines that say something, its code lines only when MIN_RUN of those are code.
 */
export function movedLinesOf(file: ChangedFile, deleted: ReadonlySet<string>): number[] {
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
    if (!deleted.has(key)) {
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
  const deleted = deletedKeys(change);
  for (const f of change.files) {
    if (f.status === "removed" || f.binary || f.addedLines.length === 0) continue;
    const lines = movedLinesOf(f, deleted);
    if (lines.length > 0) markRestored(f, lines, "moved: lines the change deleted elsewhere");
  }
}
