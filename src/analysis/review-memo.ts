import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";

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

/** The engine's pass over every rule's `needs`, while it runs: what a needs memo lives in. */
let needsPass: WeakMap<object, unknown[]> | undefined;

/**
 * Runs the engine's needs pass: the rules' `needs` of one review are asked one after another with
 * nothing in between, so a needs memo (perNeedsPass) holds for the pass and is dropped after it.
 */
export function inNeedsPass<T>(pass: () => T): T {
  const outer = needsPass;
  needsPass = new WeakMap();
  try {
    return pass();
  } finally {
    needsPass = outer;
  }
}

interface NeedsEntry<A, T> {
  change: Change;
  arg: A;
  value: T;
}

/**
 * What a `needs` helper works out of a change, once per needs pass however many rules ask (the
 * three structure rules' structureNeeds read every path of a large change). Each rule's run has a
 * change object of its own; a call matches an earlier one when its change holds the same files in
 * the same order and the same values elsewhere, and its option is the same. Outside a pass (a
 * rule's needs called on its own), it computes every time.
 */
export function perNeedsPass<A, T>(compute: (change: Change, arg: A) => T): (change: Change, arg: A) => T {
  const key = {};
  return (change, arg) => {
    if (!needsPass) return compute(change, arg);
    let known = needsPass.get(key) as Array<NeedsEntry<A, T>> | undefined;
    if (!known) needsPass.set(key, (known = []));
    const hit = known.find((k) => k.arg === arg && sameChange(k.change, change));
    if (hit) return hit.value;
    const value = compute(change, arg);
    known.push({ change, arg, value });
    return value;
  };
}

/** The same change as far as a rule can tell: the same files in order, and every other field the same value. */
function sameChange(a: Change, b: Change): boolean {
  if (a === b) return true;
  if (a.files.length !== b.files.length || !a.files.every((f, i) => f === b.files[i])) return false;
  const keysA = Object.keys(a) as Array<keyof Change>;
  return keysA.length === Object.keys(b).length && keysA.every((k) => k === "files" || a[k] === b[k]);
}
