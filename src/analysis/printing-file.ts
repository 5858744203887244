/**
 * Whether a file already printed at base (calibration, sessions 18 and 19): two lines of code or more that write to the
 * console. Such a file's job includes output (a terminal library's `println` of escape codes, an interactive shell's
 * prompt, a build script, a logger that echoes, a dev server), and a test file that prints twice already reports that
 * way (a harness's progress, a host banner, a writer a subprocess reads back): a new print there is more of that output,
 * not a leftover. Sets 11–18 judged 17 prints in files, tests or not, that printed twice or more at base: none agreed.
 * Once is not a habit: fiber's and hono's tests printed once at base and their new prints were agreed. Read from the
 * base text only, so nothing the change writes can make a file count as printing.
 */

/** Lines that print, at which a file prints by habit. */
export const PRINTING_FILE_LINES = 2;

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
