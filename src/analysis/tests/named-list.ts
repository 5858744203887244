/** `a`, `a and b`, `a, b and c`, `a, b, c and 2 more`: the names in a sentence. */
export function joinedList(names: string[], word: "and" | "or"): string {
  if (names.length > 3) return namedList(names);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${word} ${names[names.length - 1]}`;
}

// Names in a sentence, a few at most.

/** A few names and how many more: a change that touches forty tests names three. */
export function namedList(names: string[]): string {
  return names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
