import type { ChangedFile } from "../../model/change.js";
import { type LineCounts } from "../../text/line-counts.js";
import { repeatedShapeIndexes } from "../../text/repeated-file-shapes.js";
import type { Delta } from "./file-delta.js";
import { SWEEP_REPEATS } from "./sweeps.js";

// The deleted lines that count, a whole deleted file's capped.

// A deleted file counts at most this many deleted lines (before weighting): removing a whole
// component is checked by searching for its users, not by reading it (#11).
const MAX_DELETED_FILE_LINES = 200;

/** Deleted lines that count: those not found again elsewhere, a whole deleted file's capped; and those of whole deleted files. */
export function deletedLines(files: ChangedFile[], deltas: Delta[], goneLines: LineCounts): { all: number; removedFiles: number; perFile: number[] } {
  const left = new Map(goneLines);
  let n = 0;
  let removedFiles = 0;
  const perFile: number[] = [];
  // Deleted files of one shape (a family of boilerplate classes): the first counts for all.
  const repeats = repeatedShapeIndexes(
    deltas.map((d, i) => (files[i].status === "removed" && d.unknownDeleted === 0 ? withoutComments(d.deleted, d.deletedComments) : undefined)),
    SWEEP_REPEATS,
  );
  deltas.forEach((d, i) => {
    if (repeats.has(i)) {
      perFile.push(0);
      return;
    }
    let own = d.unknownDeleted;
    for (const [line, times] of d.deleted) {
      // A deleted comment is no code to check (a docblock header dropped from every file).
      if (d.deletedComments.has(line)) continue;
      const take = Math.min(times, left.get(line) ?? 0);
      if (take > 0) left.set(line, (left.get(line) ?? 0) - take);
      own += take;
    }
    const counted = files[i].status === "removed" ? Math.min(own, MAX_DELETED_FILE_LINES) : own;
    n += counted;
    perFile.push(counted);
    if (files[i].status === "removed") removedFiles += counted;
  });
  return { all: n, removedFiles, perFile };
}

function withoutComments(lines: LineCounts, comments: Set<string>): LineCounts {
  return comments.size === 0 ? lines : new Map([...lines].filter(([line]) => !comments.has(line)));
}
