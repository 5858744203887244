import type { Lookups } from "../engine/rule.js";
import type { Change } from "../model/change.js";
import { withoutWhitespace } from "../text/without-whitespace.js";
import { codeChange, removedFileCode } from "./code-change.js";
import type { CodeView } from "./function-code.js";

/** Characters of code, at least, a line holds to be matched by likeness: shorter lines (`else:`, `}`) are alike everywhere. */
const MIN_KEY = 8;
/** Likeness (Dice's coefficient of character pairs), at least, of an edited line to the removed one it came from: at 70%, the new body-type cascade puma wrote into its new `prepare_response` (agreed, set 17) read as moved too. */
const LIKENESS = 0.8;
/** Removed lines compared at most, and new lines asked about at most: the scan's cost stays bounded. */
const MAX_REMOVED = 4_000;
const MAX_ASKED = 400;

interface Removed {
  key: string;
  pairs: Set<string>;
}

const pairsOf = (key: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
};

/** Character pairs compared at most in one review: past it, lines count as new (the finding stands). */
const REVIEW_BUDGET = 20_000_000;

/** The code every file of the change lost (whitespace set aside), and the comparisons left, once per review. */
interface RemovedCode {
  lines: Removed[];
  left: number;
}
const removedByReview = new WeakMap<Lookups, RemovedCode>();
function removedCode(change: Change, found: Lookups): RemovedCode {
  let out = removedByReview.get(found);
  if (out) return out;
  const keys = new Set<string>();
  for (const f of change.files) {
    const lost = f.status === "removed" ? removedFileCode(f, found) : f.status === "added" || f.deletions === 0 ? undefined : codeChange(f, found).removedCode;
    for (const key of lost?.keys() ?? []) if (key.length >= MIN_KEY && keys.size < MAX_REMOVED) keys.add(key);
  }
  out = { lines: [...keys].map((key) => ({ key, pairs: pairsOf(key) })), left: REVIEW_BUDGET };
  removedByReview.set(found, out);
  return out;
}

function likeRemoved(key: string, removed: RemovedCode): boolean {
  const pairs = pairsOf(key);
  for (const r of removed.lines) {
    if (r.key.length * 2 < key.length || key.length * 2 < r.key.length) continue;
    if ((removed.left -= pairs.size) < 0) return false;
    let both = 0;
    for (const p of pairs) if (r.pairs.has(p)) both++;
    if (2 * both >= LIKENESS * (pairs.size + r.pairs.size)) return true;
  }
  return false;
}

/**
 * A new function made mostly of code the change removed elsewhere, edited on the way: an
 * extraction, where the moved lines were also renamed or retouched, so that they do not match
 * the removed ones exactly. pydantic's `_check_protected_namespaces`, the protected-namespace
 * loop moved out of `collect_model_fields` with `config_wrapper.protected_namespaces` now a
 * parameter and `NameError` now `ValueError`, is the refactor that lowers the old function's
 * complexity, not new complexity (judged "not worth saying", set 18). A line of new code counts
 * as moved when it is like (80% of its character pairs) a line of code the change removed; the
 * function is an extraction when, so counted, less than half its added code lines are new, the
 * rule function-verdicts.ts applies to exact moves. `fresh` holds the function's lines of new
 * code, `added` the number of its added code lines.
 */
export function editedExtraction(change: Change, found: Lookups, code: CodeView, fresh: Set<number>, added: number): boolean {
  const removed = removedCode(change, found);
  if (removed.lines.length === 0 || fresh.size > MAX_ASKED) return false;
  // An extraction once more than this many lines of new code are like removed ones.
  const enough = fresh.size - added / 2;
  if (enough < 0) return true;
  let moved = 0;
  let asked = 0;
  for (const line of fresh) {
    // Not enough lines left to ask: it cannot be one.
    if (moved + (fresh.size - asked) <= enough) return false;
    asked++;
    const key = withoutWhitespace(code.code(line));
    if (key.length >= MIN_KEY && likeRemoved(key, removed) && ++moved > enough) return true;
  }
  return false;
}
