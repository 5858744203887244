import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { addInto, lineCounts, minus, textLineCounts, total, type LineCounts } from "../../text/line-counts.js";
import { CODE_TOKEN } from "../../text/table-rows.js";
import { delta } from "./file-delta.js";
import { reviewedTexts, sidesOf, norm } from "./file-sides.js";
import { findSweeps, SWEEP_REPEATS } from "./sweeps.js";
import { deletedLines } from "./deleted-lines.js";
import { ownAddedLines } from "./added-lines.js";
import { withoutRestatedSchema } from "./restated-schema.js";

// The lines to review and the files with code to review, over the files whose texts are at hand.

/**
 * Lines to review and files, not counting lines moved from one file of the change to another (a
 * section moved from README.md to a new guide, a module split in two): each side's lines the other
 * side lacks, over all the files whose texts are at hand. A file whose every line moved is not
 * counted. Comments do not count; deleted lines count a quarter; each repeated replacement, and
 * each added line that SWEEP_REPEATS files share (`from __future__ import annotations`), counts once.
 */
export function reviewedSize(
  files: ChangedFile[],
  found: Lookups,
  movedFrom: ChangedFile[] = [],
  sources: LineCounts = new Map(),
): { lines: number; files: number; added: number; deleted: number; removedFiles: number; perFile: Map<ChangedFile, number> } {
  const sweeps = findSweeps(files, found);
  files = files.filter((f) => !sweeps.reflowed.has(f));
  const deltas = withoutRestatedSchema(
    files,
    files.map((f) => delta(f, found, sweeps)),
    found,
  );
  const added: LineCounts = new Map();
  const deleted: LineCounts = new Map();
  // Lines of deleted files that do not count themselves, so that their lines found again elsewhere are not new.
  const elsewhere: LineCounts = new Map();
  for (const f of movedFrom) addInto(elsewhere, textLineCounts(found.baseContents?.get(f.previousPath ?? f.path) ?? ""));
  addInto(elsewhere, sources);
  const filesWith = new Map<string, number>();
  for (const d of deltas) {
    addInto(added, d.added);
    addInto(deleted, d.deleted);
    for (const line of d.added.keys()) filesWith.set(line, (filesWith.get(line) ?? 0) + 1);
  }
  const [newLines, goneLines] = [minus(minus(added, deleted), elsewhere), minus(deleted, added)];
  const comments = new Set(deltas.flatMap((d) => [...d.comments]));
  // Lines that differ only in their numbers (one template written for each arity) count once together.
  const templated = new Map(deltas.flatMap((d) => [...d.templates]));
  const templateOf = (line: string) => (comments.has(line) ? undefined : templated.get(line));
  // A line counted in full: new, code, and not one that many files share nor a numbered variant.
  const full = (line: string) => newLines.has(line) && !comments.has(line) && (filesWith.get(line) ?? 0) < SWEEP_REPEATS && templateOf(line) === undefined;
  let addedCount = 0;
  const templates = new Set<string>();
  for (const [line, n] of newLines) {
    if (comments.has(line)) continue;
    const template = templateOf(line);
    if (template === undefined) addedCount += full(line) ? n : 1;
    else if (!templates.has(template)) {
      templates.add(template);
      addedCount += 1;
    }
  }
  const { all: deletedCount, removedFiles, perFile: deletedPerFile } = deletedLines(files, deltas, goneLines);
  const addedPerFile = ownAddedLines(deltas, newLines, comments, full, templateOf);
  const perFile = new Map(files.map((f, i) => [f, addedPerFile[i] + Math.ceil(deletedPerFile[i] * DELETION_WEIGHT)]));
  const unknownAdded = deltas.reduce((n, d) => n + d.unknownAdded, 0);
  const lines = addedCount + unknownAdded + sweeps.mechanical.size + Math.ceil(deletedCount * DELETION_WEIGHT);
  // Files with code to review: a deleted file, or one whose every change is a sweep, is not one.
  const changed = files.filter((f, i) => {
    const d = deltas[i];
    if (f.status === "removed") return false;
    if (d.unknownAdded + d.unknownDeleted > 0) return true;
    const ownAdded = [...d.added.keys()].filter(full);
    const ownDeleted = [...d.deleted.keys()].filter((l) => goneLines.has(l) && !d.deletedComments.has(l));
    if (ownAdded.length + ownDeleted.length === 0) return false;
    // The texts sidesOf already took the generated sections out of, when it has them.
    const sides = sidesOf(f, found);
    // Nothing of its own deleted (an append, a new file): no reference line swapped, and its edit is
    // as many tokens as its own added lines hold. Some of those lines are the ones sidesOf listed:
    // when they are over the limit, so is the whole, and the text need not be split and keyed again.
    if (ownDeleted.length === 0 && f.status !== "renamed" && sides && tokensOver(sides.come, sides.comeKeys, new Set(ownAdded), MAX_TRIVIAL_TOKENS))
      return true;
    const { head = "", base = "" } = sides ? { head: sides.headText, base: sides.baseText } : reviewedTexts(f, found);
    const [gone, come] = [linesOf(base, ownDeleted), linesOf(head, ownAdded)];
    if (referencesOnly(f, gone, come)) return false;
    return changedTokens(gone, come) > MAX_TRIVIAL_TOKENS;
  });
  return {
    lines,
    files: changed.length,
    added: addedCount + unknownAdded + sweeps.mechanical.size,
    deleted: deletedCount,
    removedFiles: Math.ceil(removedFiles * DELETION_WEIGHT),
    perFile,
  };
}

// A line that only names where code lives: a namespace or package declaration, an import, a `use`.
const REFERENCE_LINE =
  /^\s*(?:namespace\s+[\w\\.]+\s*[;{]?|package\s+[\w.]+\s*;?|import\s|from\s+[\w.]+\s+import\s|use\s+[\w\\:{]|using\s+(?:static\s+)?[\w.]+\s*;|(?:pub\s+)?use\s|#include\s|require(?:_once)?[\s(])/;

/**
 * A file the change renamed (or, in a namespace move, one that only follows it) whose every edit is
 * to its namespace, package or import lines: a mechanical move, a pure rename in substance (#11;
 * commonmark's 258-file namespace move). A modified file must have swapped such lines, not added
 * an import for new code.
 */
function referencesOnly(f: ChangedFile, gone: string[], come: string[]): boolean {
  if (f.status !== "renamed" && (f.status !== "modified" || gone.length === 0 || come.length === 0)) return false;
  return [...gone, ...come].every((l) => REFERENCE_LINE.test(l));
}

// A file whose edit is this many tokens or fewer (a `?` or `!` added, a version bumped) is part
// of a mechanical change across files, not one more file to review (#11).
const MAX_TRIVIAL_TOKENS = 2;

/** A text's lines (as written) that are among `keys` (whitespace removed). */
export function linesOf(text: string, keys: string[]): string[] {
  const wanted = new Set(keys);
  return text.split("\n").filter((l) => wanted.has(norm(l)));
}

/** Whether the `lines` whose key (`keys`, line for line) is `wanted` hold more than `max` tokens. */
function tokensOver(lines: string[], keys: string[], wanted: Set<string>, max: number): boolean {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!wanted.has(keys[i])) continue;
    n += lines[i].match(CODE_TOKEN)?.length ?? 0;
    if (n > max) return true;
  }
  return false;
}

/** How many tokens differ between a file's removed and added lines (as multisets). */
function changedTokens(removed: string[], added: string[]): number {
  const count = (lines: string[]) => lineCounts(lines.flatMap((l) => l.match(CODE_TOKEN) ?? []));
  const [r, a] = [count(removed), count(added)];
  return total(minus(r, a)) + total(minus(a, r));
}

// Deleted lines weigh a quarter of added ones: checking that nothing still uses what goes is
// quicker than reading what comes (a folder moved to a package, deprecated APIs removed).
export const DELETION_WEIGHT = 0.25;
