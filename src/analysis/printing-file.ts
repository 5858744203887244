/**
 * Whether a production file already printed at base (calibration, session 18): three lines of code or more that write to
 * the console. Such a file's job includes output (a terminal library's `println` of escape codes, an interactive shell's
 * prompt, a build script, a logger that echoes, a dev server): a new print there is more of that output, not a leftover.
 * Sets 11–17 judged eight production prints in such files, none agreed; in a file that never printed (or printed once or
 * twice) 14 of 35 were. Read from the base text only, so nothing the change writes can make a file count as printing.
 */

/** Lines that print, at which a file prints by habit (the same count as a test file's habit). */
export const PRINTING_FILE_LINES = 3;

// A comment line: its print is not code (`// console.log(x)`, `# print(x)`, ` * println()` in a doc comment).
const COMMENT_LINE = /^\s*(\/\/|#|\*|\/\*|--|;)/;
/** Lines of a base text read: a generated file of 100,000 lines is not scanned whole. */
const MAX_LINES = 20_000;

/** Whether the text holds `PRINTING_FILE_LINES` lines of code that one of `prints` matches. */
export function printedAtBase(base: string | undefined, prints: RegExp[]): boolean {
  if (base === undefined || prints.length === 0) return false;
  let seen = 0;
  const lines = base.split("\n", MAX_LINES);
  for (const line of lines) {
    if (COMMENT_LINE.test(line) || !prints.some((re) => re.test(line))) continue;
    if (++seen >= PRINTING_FILE_LINES) return true;
  }
  return false;
}
