import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts } from "../syntax/change-facts.js";
import { lineFacts } from "../syntax/line-view.js";
import type { CodeChange } from "./code-change.js";
import { perReviewFile } from "./review-memo.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Changes that only move or re-shape code a test already covers: a file most of whose added code
 * was taken out of the change's other files (classes moved into one sealed hierarchy), and a
 * helper extracted from the change's other files (a `Joiner` the writers now call instead of
 * their own loops). A reviewer asks for no test of either: the callers' tests run the same code.
 */

/** Share of a file's added code that must come from the change's other files for it to be a move. */
const MOVED_SHARE = 0.8;

/** Whether most of the file's added code was taken from the change's other files, and little of it is new. */
export function movedIn(c: CodeChange, newLines: number): boolean {
  const added = c.addedCodeLines.length;
  const moved = c.newCode.length - newLines;
  return added > 0 && moved >= added * MOVED_SHARE && newLines * 10 <= added;
}

/**
 * Decisions a file gained (negative: lost) between base and head, over all its functions. Memoised
 * per review: every file with new functions asks it of every other file of the change.
 */
export const decisionDelta = perReviewFile((file: ChangedFile, found: Lookups): number | undefined => {
  const head = lineFacts(file, found);
  const base = file.status === "added" ? undefined : baseFacts(file, found);
  if (!head || (file.status !== "added" && !base)) return undefined;
  const sum = (fns: Array<{ decisions: number }>) => fns.reduce((n, fn) => n + fn.decisions, 0);
  return sum(head.functions) - sum(base?.functions ?? []);
});

/**
 * Whether the new functions of `file` are a helper extracted from the change's other source
 * files: some of them lost decisions and now call one of the new functions by name on an added
 * line, and together they lost at least as many decisions as the helper brings.
 */
export function extractedHelper(file: ChangedFile, newFunctions: string[], gained: number, others: ChangedFile[], found: Lookups): boolean {
  if (newFunctions.length === 0) return false;
  const names = [...new Set(newFunctions)].map((n) => new RegExp(`(^|[^\\w$])${escapeRegExp(n)}\\s*\\(`));
  let lost = 0;
  let callers = 0;
  for (const { other, delta } of losingFiles(others, found)) {
    if (other === file) continue;
    if (!other.addedLines.some((l) => names.some((re) => re.test(l.text)))) continue;
    callers++;
    lost -= delta;
  }
  return callers > 0 && lost >= Math.max(1, gained);
}

/**
 * The files of `others` that lost decisions, in their order, listed once per review and list:
 * every file with new functions asks, and most files of a large change lose none.
 */
const losing = new WeakMap<Lookups, WeakMap<ChangedFile[], Array<{ other: ChangedFile; delta: number }>>>();
function losingFiles(others: ChangedFile[], found: Lookups): Array<{ other: ChangedFile; delta: number }> {
  let byList = losing.get(found);
  if (!byList) losing.set(found, (byList = new WeakMap()));
  let list = byList.get(others);
  if (list) return list;
  list = [];
  for (const other of others) {
    if (other.status === "removed") continue;
    const delta = decisionDelta(other, found);
    if (delta !== undefined && delta < 0) list.push({ other, delta });
  }
  byList.set(others, list);
  return list;
}
