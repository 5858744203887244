/**
 * A text's lines (`text.split("\n")`), shared by the checks that read the same text one after the
 * other. A rule judges a file with a dozen checks, each of which read the file's head by line: on
 * the bench's 3,000-file change that was some 100 MB of text split again and again, and the
 * garbage of millions of line strings (#10). Only the last few texts are kept, so a review's memory
 * does not grow with the change: the checks of one file run together, and the next file's text
 * takes the place of the oldest.
 *
 * The lines are frozen: a caller that wants to change them copies them first (writing to the
 * shared array throws, in the strict mode every module runs in). Typed as a plain array so the
 * many checks that take `string[]` read them as they read a split of their own.
 */
const KEPT = 4;
const recent: Array<{ text: string; lines: string[] }> = [];

export function linesOf(text: string): string[] {
  for (let i = 0; i < recent.length; i++) {
    // Length first: comparing two different texts of the same length reads them.
    const known = recent[i];
    if (known.text.length === text.length && known.text === text) return known.lines;
  }
  const lines = Object.freeze(text.split("\n")) as string[];
  if (recent.length === KEPT) recent.shift();
  recent.push({ text, lines });
  return lines;
}
