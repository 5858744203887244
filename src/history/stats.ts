/** Nearest-rank percentile (p in 0..100) of numbers; null for none. Sorts a copy. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** A share 0..1 rounded to 3 places (shown as a percentage with one decimal); null when nothing was counted. */
export function share(hits: number, of: number): number | null {
  return of === 0 ? null : round(hits / of, 3);
}

export function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

/** Findings per 1,000 added lines, to two places; null when nothing was added. */
export function perThousand(findings: number, added: number): number | null {
  return added === 0 ? null : round((findings * 1000) / added, 2);
}
