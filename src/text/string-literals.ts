/**
 * The string literals of one line of code, in the quotes most languages share: `"…"` and `'…'` with
 * backslash escapes, and template literals. A quote left open runs to the end of the line only, so
 * callers hand it one line at a time.
 */
export const STRING_LITERALS = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`[^`]*`/g;

/** The line with each string literal replaced by `by` (`""` by default): its code without the words of its strings. */
export function blankStrings(line: string, by = '""'): string {
  return line.replace(STRING_LITERALS, by);
}
