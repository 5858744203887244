/**
 * Commented lines that were the file's live code at base (#10): a method the change comments out whole,
 * line by line, keeps its blank lines between the pieces (socketry/async 2f1844476d commented out all of
 * `validate!`, about 30 lines, and was reported as "6 lines" in its middle, set 20). Pieces that read as
 * prose alone (`while true`, `raise "Invalid list in list node!"`) are still the old method's lines: each
 * was a line of code at base, so the block is one, counted whole.
 *
 * Only base lines decide, so a pull request cannot widen a block by what it writes; a line must say
 * something (MIN_CHARS) to count, so `end` or `}` alone proves nothing.
 */

/** Characters (trimmed) one line of the piece must have for the piece to be judged by the base: `end` says nothing. */
const MIN_CHARS = 8;
/** Base lines indexed, at most: the set stays bounded on a huge file. */
const MAX_BASE_LINES = 50_000;
const COMMENT = /^\s*(?:\/\/|#|\/\*|\*|--)/;

const indexed = new WeakMap<readonly string[], Set<string>>();

/** The base text's live lines (not comments), trimmed, indexed once per text. */
function liveLines(baseLines: readonly string[]): Set<string> {
  let set = indexed.get(baseLines);
  if (!set) {
    set = new Set();
    for (const l of baseLines.slice(0, MAX_BASE_LINES)) if (l.trim() !== "" && !COMMENT.test(l)) set.add(l.trim());
    indexed.set(baseLines, set);
  }
  return set;
}

/** Whether every non-blank line of a comment (its text, delimiters stripped) was a live line of the file at base, one of them a substantial one. */
export function wasLiveAtBase(contents: readonly string[], baseLines: readonly string[]): boolean {
  const lines = contents.map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0 || baseLines.length === 0 || !lines.some((l) => l.length >= MIN_CHARS)) return false;
  const live = liveLines(baseLines);
  return lines.every((l) => live.has(l));
}
