import { isWhitespace } from "./without-whitespace.js";

/**
 * How far a line is indented, a tab counted as four spaces: the width block-by-indentation readers compare.
 * The leading run of what `\s` matches, read by character: a pattern and a replace for each line of a
 * large change's outlines showed in its profile (#10).
 */
export function indentWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isWhitespace(c)) break;
    width += c === 0x09 ? 4 : 1;
  }
  return width;
}
