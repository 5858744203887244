import { z } from "zod";
import { defineRule, type Lookups } from "../src/engine/rule.js";
import type { Change, ChangedFile } from "../src/model/change.js";
import { looksGeneratedText } from "../src/syntax/generated.js";

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
        "This change touches {lines} lines in {files} files (limits: {maxLines} lines, {maxFiles} files, not counting generated, vendored, lock and snapshot files, pure renames, and lines that only changed whitespace or moved within their file). Large changes get shallow reviews; split it into smaller pull requests that each do one thing.",
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
      baseContents: largest.filter((f) => f.status !== "added" && f.deletions > 0).map((f) => f.previousPath ?? f.path),
    };
  },
  check(change, opts, found) {
    // Ignored files (lock files, vendored code, snapshots, `ignore` globs) and new files with a
    // generator's header were already removed by the engine.
    const sized = countedFiles(change)
      .filter((f) => !generated(f, found))
      .map((f) => ({ ...f, additions: 0, deletions: substantiveLines(f, found) }))
      .filter((f) => f.deletions > 0);
    if (!overLimits(sized, opts)) return [];
    const lines = sized.reduce((n, f) => n + size(f), 0);
    return [{ messageId: "tooBig", data: { lines, files: sized.length, maxLines: opts.max_lines, maxFiles: opts.max_files } }];
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
  return text !== undefined && looksGeneratedText(text);
}

/**
 * The file's changed lines, not counting changes of whitespace or line endings (an editor turning
 * a changelog to CRLF, a re-indent): with both texts at hand, the lines of each side that the other
 * side lacks once whitespace is ignored. Never more than the diff's own count.
 */
function substantiveLines(file: ChangedFile, found: Lookups): number {
  const head = found.fileContents.get(file.path);
  const base = found.baseContents?.get(file.previousPath ?? file.path);
  if (head === undefined || base === undefined) return size(file);
  const left = new Map<string, number>();
  for (const line of normalisedLines(base)) left.set(line, (left.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of normalisedLines(head)) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else added++;
  }
  let deleted = 0;
  for (const n of left.values()) deleted += n;
  return Math.min(size(file), added + deleted);
}

function normalisedLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, ""))
    .filter((l) => l.length > 0);
}
