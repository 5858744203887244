import { someOf } from "./some-of.js";

const MAX_NAMED = 5;

/**
 * " (also on lines 61, 111 and 163)": the other lines of a finding reported once per file, at
 * most five named. Empty when there are none.
 */
export function alsoOn(lines: number[]): string {
  if (lines.length === 0) return "";
  return ` (also on line${lines.length > 1 ? "s" : ""} ${someOf(lines.map(String), MAX_NAMED)})`;
}
