/**
 * A line trimmed, with its quoted strings as `S` and its numbers as `N`: the first step of every
 * "same shape" comparison of lines (a dispatch's arms, a block repeated with other values).
 */
export const literalsOut = (line: string): string =>
  line
    .trim()
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "S")
    .replace(/\b\d[\w.]*\b/g, "N");
