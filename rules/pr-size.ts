import { z } from "zod";
import { defineRule, type Lookups } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { looksGeneratedText } from "../src/syntax/generated.js";
import { addInto, minus, textLineCounts, total, type LineCounts } from "../src/text/line-counts.js";

// How many of the largest files the rule reads at head and base when the change looks too big:
// enough to find the generated and reformatted ones that make up most of a big change.
const MAX_FILES_READ = 400;

export default defineRule({
  meta: {
    id: "pr-size",
    description: "The pull request stays small enough to review well.",
    category: "readability",
    defaultSeverity: "warning",
    messages: {
      tooBig:
        "This change touches {lines} lines in {files} files (limits: {maxLines} lines, {maxFiles} files, not counting generated, vendored, lock and snapshot files, pure renames, and lines that only changed whitespace or moved). Large changes get shallow reviews; split it into smaller pull requests that each do one thing.",
    },
  },
  options: z
    .object({
      max_lines: z.number().int().min(1).default(800).describe("Changed lines (added + deleted) above which the change is too big."),
      max_files: z.number().int().min(1).default(50).describe("Changed files above which the change is too big."),
    })
    .strict(),
  // Only a change that looks too big reads texts: its largest files at head (a generator's header)
  // and at base (a change of whitespace or line endings only).
  needs(change, opts) {
    const files = countedFiles(change);
    if (!overLimits(files, opts)) return {};
    const largest = [...files].sort((a, b) => size(b) - size(a)).slice(0, MAX_FILES_READ);
    return {
      fileContents: largest.filter((f) => f.status !== "removed").map((f) => f.path),
      // Edited files (to compare with head) and deleted ones (their header says whether a generator wrote them).
      baseContents: largest.filter((f) => f.status !== "added").map((f) => f.previousPath ?? f.path),
    };
  },
  check(change, opts, found) {
    // Ignored files (lock files, vendored code, snapshots, `ignore` globs) and new files with a
    // generator's header were already removed by the engine.
    const { lines, files } = reviewedSize(
      countedFiles(change).filter((f) => !generated(f, found)),
      found,
    );
    if (files <= opts.max_files && lines <= opts.max_lines) return [];
    return [{ messageId: "tooBig", data: { lines, files, maxLines: opts.max_lines, maxFiles: opts.max_files } }];
  },
});

function size(f: ChangedFile): number {
  return f.additions + f.deletions;
}

/** A file renamed or copied without an edit is no work to review. */
function countedFiles(change: Change): ChangedFile[] {
  return change.files.filter((f) => !((f.status === "renamed" || f.status === "copied") && size(f) === 0));
}

function overLimits(files: ChangedFile[], opts: { max_lines: number; max_files: number }): boolean {
  return files.length > opts.max_files || files.reduce((n, f) => n + size(f), 0) > opts.max_lines;
}

/**
 * A file whose header says a generator wrote it: a modified one at head, a deleted one at base.
 * The engine sees only added lines, so it recognises new generated files only.
 */
function generated(file: ChangedFile, found: Lookups): boolean {
  const text = file.status === "removed" ? found.baseContents?.get(file.previousPath ?? file.path) : found.fileContents.get(file.path);
  return text !== undefined && (looksGeneratedText(text) || MORE_GENERATED_HEADERS.test(text.slice(0, HEADER_CHARS)));
}

// Headers of generated files that the shared markers miss: `# DON'T EDIT THIS FILE BY HAND. This
// file has been generated from a template` (sentry-python's tox.ini). Read in the first 400 characters only.
const MORE_GENERATED_HEADERS = /\bdo(?:n'?t| not) edit this file\b|\b(?:file|this) has been (?:auto-?)?generated\b/i;
const HEADER_CHARS = 400;

/** What a file adds and deletes, as lines; counts where its texts are not at hand. */
interface Delta {
  added: LineCounts;
  deleted: LineCounts;
  unknown: number;
}

/**
 * What a file changed, whitespace ignored: with both texts at hand, the lines of each side the
 * other lacks (a changelog turned to CRLF, a re-indent or a block moved within the file count
 * nothing); a new file's lines; a deleted file's lines. Otherwise the diff's counts.
 */
function delta(file: ChangedFile, found: Lookups): Delta {
  const head = file.status === "removed" ? "" : found.fileContents.get(file.path);
  const base = file.status === "added" ? "" : found.baseContents?.get(file.previousPath ?? file.path);
  if (head !== undefined && base !== undefined) {
    const [h, b] = [textLineCounts(head), textLineCounts(base)];
    return { added: minus(h, b), deleted: minus(b, h), unknown: 0 };
  }
  const none: LineCounts = new Map();
  return { added: none, deleted: none, unknown: size(file) };
}

/**
 * Changed lines and files, not counting lines moved from one file of the change to another (a
 * section moved from README.md to a new guide, a module split in two): each side's lines the other
 * side lacks, over all the files whose texts are at hand. A file whose every line moved is not counted.
 */
function reviewedSize(files: ChangedFile[], found: Lookups): { lines: number; files: number } {
  const deltas = files.map((f) => delta(f, found));
  const added: LineCounts = new Map();
  const deleted: LineCounts = new Map();
  for (const d of deltas) {
    addInto(added, d.added);
    addInto(deleted, d.deleted);
  }
  const [newLines, goneLines] = [minus(added, deleted), minus(deleted, added)];
  const lines = total(newLines) + total(goneLines) + deltas.reduce((n, d) => n + d.unknown, 0);
  const changed = deltas.filter(
    (d) => d.unknown > 0 || [...d.added.keys()].some((l) => newLines.has(l)) || [...d.deleted.keys()].some((l) => goneLines.has(l)),
  );
  return { lines, files: changed.length };
}
