const MAX_NAMED = 5;

/**
 * " (also on lines 61, 111 and 163)": the other lines of a finding reported once per file, at
 * most five named. Empty when there are none.
 */
export function alsoOn(lines: number[]): string {
  if (lines.length === 0) return "";
  const named = lines.slice(0, MAX_NAMED).map(String);
  const rest = lines.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return ` (also on line${lines.length > 1 ? "s" : ""} ${list})`;
}
