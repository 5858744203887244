import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";

/**
 * A fact derived from one file of a review and the texts the review fetched, computed once however
 * many rules ask (tests-required, the structural rules and the coverage verdicts all read the same
 * code of the same file). Keyed by the review's lookups, then by the file object: both live exactly
 * as long as the review, so a value never outlives it and two reviews never share one, even for a
 * file object reused with other texts.
 */
export function perReviewFile<T>(compute: (file: ChangedFile, found: Lookups) => T): (file: ChangedFile, found: Lookups) => T {
  const byReview = new WeakMap<Lookups, WeakMap<ChangedFile, T>>();
  return (file, found) => {
    let byFile = byReview.get(found);
    if (!byFile) byReview.set(found, (byFile = new WeakMap()));
    if (byFile.has(file)) return byFile.get(file) as T;
    const value = compute(file, found);
    byFile.set(file, value);
    return value;
  };
}

/**
 * A fact derived from a set of a review's files (moved and restored code, which look across
 * files), computed once however many rules ask. Each rule run has a change object of its own, but
 * the runs of rules without overrides hold the same files in the same order: the memo matches the
 * list by its members, not by the array or the change that holds it.
 */
export function perReviewFiles<T>(compute: (files: ChangedFile[], found: Lookups) => T): (files: ChangedFile[], found: Lookups) => T {
  // Indexed by the list's first file: a per-file rule's runs each hold one file, and must not scan each other's.
  const byReview = new WeakMap<Lookups, Map<ChangedFile | undefined, Array<{ files: ChangedFile[]; value: T }>>>();
  return (files, found) => {
    let byFirst = byReview.get(found);
    if (!byFirst) byReview.set(found, (byFirst = new Map()));
    let known = byFirst.get(files[0]);
    if (!known) byFirst.set(files[0], (known = []));
    const hit = known.find((k) => k.files.length === files.length && k.files.every((f, i) => f === files[i]));
    if (hit) return hit.value;
    const value = compute(files, found);
    known.push({ files: [...files], value });
    return value;
  };
}
