/**
 * Whether a file's text plainly was not written by Prettier at the tabWidth its config sets. Prettier indents
 * every level by tabWidth spaces (or a tab), so where the config says 4, a file whose indented code lines sit
 * at 2, 6, 10 … columns was formatted by something else or by nothing: mobx's `.prettierrc` says
 * `tabWidth: 4`, and its `packages/eslint-plugin-mobx/` and `mobx-undecorate/cli.js` are written with two
 * spaces (and semicolons and single quotes, against `semi: false`); their long lines, judged against the
 * root's printWidth, were all not worth saying (set 17). Under tabWidth 2 a file of many indented lines,
 * none at an odd level (2, 6, 10 …), is a four-space file Prettier did not write either.
 */

// Lines read from the file: its indentation shows in the first few hundred.
const MAX_LINES = 2000;
// At least this many indented code lines before the indentation says anything.
const MIN_LINES = 20;
// Under tabWidth 4 or more, the share of indented lines off its grid that shows another style (Prettier leaves
// none there but template literals' and multi-line strings' contents).
const OFF_GRID = 0.3;

export function notPrettierIndented(text: string, tabWidth: number): boolean {
  let indented = 0;
  let offGrid = 0;
  let oddLevel = 0;
  for (const line of text.split("\n", MAX_LINES)) {
    const m = /^( {1,200})[^\s*]/.exec(line);
    if (!m) continue;
    const n = m[1].length;
    indented++;
    if (n % tabWidth !== 0) offGrid++;
    if (n % 4 === 2) oddLevel++;
  }
  if (indented < MIN_LINES) return false;
  if (tabWidth >= 4) return offGrid >= indented * OFF_GRID;
  return tabWidth === 2 && oddLevel === 0;
}
