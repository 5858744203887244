/**
 * The index of the last entry of `sorted` (ascending) that is at most `value`: the line a text
 * offset lies on, given where each line starts. 0 when `value` is below every entry.
 */
export function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
