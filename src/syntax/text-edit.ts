import { Edit, type Point } from "web-tree-sitter";

/**
 * The one edit that turns `before` into `after`: everything between their common prefix and
 * their common suffix was replaced. Given to tree-sitter with the tree of `before`, it lets the
 * parse of `after` reuse every subtree outside that span (a change that appends to a file
 * reparses only the end). Indexes and columns are in UTF-16 code units, as web-tree-sitter's are.
 * Undefined when the texts are the same.
 */
export function editBetween(before: string, after: string): Edit | undefined {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix === before.length && prefix === after.length) return undefined;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const oldEndIndex = before.length - suffix;
  const newEndIndex = after.length - suffix;
  return new Edit({
    startIndex: prefix,
    oldEndIndex,
    newEndIndex,
    startPosition: pointAt(before, prefix),
    oldEndPosition: pointAt(before, oldEndIndex),
    newEndPosition: pointAt(after, newEndIndex),
  });
}

/** Row and column (0-based) of a character index. */
function pointAt(text: string, index: number): Point {
  let row = 0;
  let lineStart = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < index; nl = text.indexOf("\n", nl + 1)) {
    row++;
    lineStart = nl + 1;
  }
  return { row, column: index - lineStart };
}
