/**
 * A line of exactly `width` characters that a formatter could wrap: operands joined by `+`.
 * max-line-length leaves a line of one token alone (`"x".repeat(130)`: nothing to break), so a
 * long-line fixture needs somewhere to break.
 */
export function wideLine(width: number, head = "const total = "): string {
  let line = `${head}a`;
  while (line.length + 4 <= width) line += " + a";
  return line + "b".repeat(Math.max(0, width - line.length));
}
