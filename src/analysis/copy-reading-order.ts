import type { ChangedFile } from "../model/change.js";

/**
 * Which new files get their original looked up first when a change adds more than the budget reads
 * (copy-originals.ts reads MAX_COPY_FILES files and MAX_ORIGINAL_BYTES of originals): the files whose
 * added lines hold what a rule would report on a copy's behalf, a TODO marker or a line comment that
 * reads as code. joda-time e861ef34e9 (set 21) copied 315 Java files; its test folder came after the
 * first 200 paths, so its `// TODO confirm` and commented-out asserts, verbatim lines of the tests it
 * copied, were reported as the author's. A copy's lines of plain code cost a rule nothing unread: the
 * rules that judge them (sizes, functions) degrade to counting them, as before.
 *
 * Decided by the added lines only, each read up to a bound, so the order costs one linear pass; a file
 * a pull request fills with such lines gets its original read sooner, which only lets the lines it
 * copied count as copied.
 */

/** Lines read per file, and characters per line: the pass stays linear and bounded. */
const MAX_LINES = 5000;
const MAX_CHARS = 400;
/** A TODO-like marker, or a line comment whose text ends like a statement or opens a block. */
const WORTH_READING = /\b(?:TODO|FIXME|XXX|HACK)\b|^\s*(?:\/\/|#)\s*\S.*[;{})]\s*$/;

function worthReading(file: ChangedFile): boolean {
  const lines = file.addedLines.length > MAX_LINES ? file.addedLines.slice(0, MAX_LINES) : file.addedLines;
  return lines.some((l) => WORTH_READING.test(l.text.slice(0, MAX_CHARS)));
}

/** `files` with those worth reading first, each group in its own order (a stable partition). */
export function inReadingOrder(files: readonly ChangedFile[]): ChangedFile[] {
  const first: ChangedFile[] = [];
  const rest: ChangedFile[] = [];
  for (const f of files) (worthReading(f) ? first : rest).push(f);
  return [...first, ...rest];
}
