/**
 * `a`, `a and b`, `a, b and c`, `a, b, c and 2 more`: at most `max` items in a sentence, and how
 * many were left out, so a list cut for length never reads as complete.
 */
export function someOf(items: readonly string[], max: number): string {
  const named = items.slice(0, Math.max(1, max));
  const rest = items.length - named.length;
  if (rest > 0) return `${named.join(", ")} and ${rest} more`;
  return named.length <= 1 ? named.join("") : `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}`;
}
