import { type LineCounts } from "../../text/line-counts.js";
import type { Delta } from "./file-delta.js";

// The added lines each file brings to pr-size's count.

/**
 * The added lines each file brings to the count, in the order of `deltas`: a line new to the change
 * is claimed by the first file that has it, a line many files share (counted once) by the first only.
 */
export function ownAddedLines(
  deltas: Delta[],
  newLines: LineCounts,
  comments: Set<string>,
  full: (line: string) => boolean,
  templateOf: (line: string) => string | undefined,
): number[] {
  const left = new Map(newLines);
  // A numbered template is claimed by the first file that has one of its variants.
  const claimed = new Set<string>();
  return deltas.map((d) => {
    let n = d.unknownAdded;
    for (const [line, times] of d.added) {
      const available = left.get(line) ?? 0;
      if (comments.has(line) || available === 0) continue;
      const template = templateOf(line);
      if (template !== undefined) {
        if (!claimed.has(template)) {
          claimed.add(template);
          n += 1;
        }
        continue;
      }
      const take = full(line) ? Math.min(times, available) : 1;
      left.set(line, full(line) ? available - take : 0);
      n += take;
    }
    return n;
  });
}
