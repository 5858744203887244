/** How far a line is indented, a tab counted as four spaces: the width block-by-indentation readers compare. */
export function indentWidth(line: string): number {
  return /^\s*/.exec(line)![0].replace(/\t/g, "    ").length;
}
