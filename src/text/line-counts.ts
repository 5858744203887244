/**
 * Lines as a multiset, whitespace ignored: what two versions of a text differ by when order,
 * indentation and line endings do not matter. Blank lines are left out.
 */
export type LineCounts = Map<string, number>;

export function lineCounts(lines: Iterable<string>): LineCounts {
  return keyCounts(Array.from(lines, (raw) => raw.replace(/\s+/g, "")));
}

/** lineCounts of lines whose whitespace is already removed (keys a caller computed once for other uses too). */
export function keyCounts(keys: Iterable<string>): LineCounts {
  const counts: LineCounts = new Map();
  for (const line of keys) if (line.length > 0) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

export function textLineCounts(text: string): LineCounts {
  return lineCounts(text.split("\n"));
}

/** The lines of `a` that `b` lacks, with their multiplicity. */
export function minus(a: LineCounts, b: LineCounts): LineCounts {
  const out: LineCounts = new Map();
  for (const [line, n] of a) {
    const left = n - (b.get(line) ?? 0);
    if (left > 0) out.set(line, left);
  }
  return out;
}

/** Adds `b` into `into`. */
export function addInto(into: LineCounts, b: LineCounts): void {
  for (const [line, n] of b) into.set(line, (into.get(line) ?? 0) + n);
}

export function total(counts: LineCounts): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}
