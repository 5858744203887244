import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { baseFacts, baseText, headText } from "../syntax/change-facts.js";
import type { FunctionFact } from "../syntax/facts.js";
import { BRACKETS_ONLY } from "./block-shapes.js";
import { baseView, vocabulary, type CodeView } from "./function-code.js";
import { branchesOf } from "./tests-branches.js";
import { lineKey } from "./line-origin.js";
import { tokenSetSimilarity } from "./token-diff.js";

/**
 * Functions a change took out of one file and wrote into another (helpers moved between modules,
 * a module split, a file renamed while its helpers were renamed). Moved code is not new
 * behaviour: a reviewer asks no test for it, even when the move renamed it, reworded a line or
 * dropped a parameter.
 */

/** A function that is gone from its file at base: where moved code comes from. */
export interface RemovedFunction {
  path: string;
  name: string;
  decisions: number;
  /** Its decisions without boolean operators. */
  branches: number;
  /** The words, numbers and strings of its code, as a set. */
  vocabulary: Set<string>;
}

/** Vocabulary overlap at which a function with the same name (give or take a leading `_`) is the moved one. */
const SAME_NAME_SIMILARITY = 0.4;
/** Vocabulary overlap at which a function under another name is the moved one. */
const ANY_NAME_SIMILARITY = 0.75;
/**
 * Share of a function's vocabulary found in a removed function of the same name for it to be a
 * part of it: a class split in two (`PunctuationParser::parse` into `EllipsesParser::parse` and
 * `DashParser::parse`), each part smaller than the whole and made of its words.
 */
const SPLIT_CONTAINMENT = 0.8;
/** Words a part needs before containment says anything (a one-line body matches anything). */
const SPLIT_MIN_WORDS = 6;
/** A function whose code lines are mostly still in its file at head stayed there. */
const STAYED = 0.5;

const byChange = new WeakMap<Change, RemovedFunction[]>();

/**
 * The functions of `files` (of the change) at base that the change removed from them. Computed
 * once per change.
 */
export function removedFunctions(change: Change, files: ChangedFile[], found: Lookups): RemovedFunction[] {
  let out = byChange.get(change);
  if (out) return out;
  out = [];
  for (const file of files) {
    if (file.status === "added" || file.deletions === 0) continue;
    const facts = baseFacts(file, found);
    const view = baseView(file, found);
    const base = baseText(file, found);
    if (!facts || !view || base === undefined) continue;
    const head = file.status === "removed" ? "" : headText(file, found);
    if (head === undefined) continue;
    const headKeys = new Set(head.split("\n").map(lineKey));
    const lines = base.split("\n");
    for (const fn of facts.functions) {
      if (!named(fn) || stayed(fn, lines, headKeys)) continue;
      out.push({
        path: file.previousPath ?? file.path,
        name: fn.name,
        decisions: fn.decisions,
        branches: branchesOf(fn, view, facts),
        vocabulary: new Set(vocabulary(view, fn)),
      });
    }
  }
  byChange.set(change, out);
  return out;
}

/** The removed function `fn` (at head of `path`) was moved from, if any: same name and alike, or very alike. */
export function movedFrom(path: string, fn: FunctionFact, view: CodeView, removed: RemovedFunction[]): RemovedFunction | undefined {
  if (removed.length === 0) return undefined;
  const mine = new Set(vocabulary(view, fn));
  const name = bareName(fn.name);
  let best: RemovedFunction | undefined;
  let bestScore = 0;
  for (const r of removed) {
    if (r.path === path) continue;
    const needed = bareName(r.name) === name ? SAME_NAME_SIMILARITY : ANY_NAME_SIMILARITY;
    // Sets this far apart in size cannot reach the similarity: skip the comparison (most pairs).
    const [small, large] = mine.size < r.vocabulary.size ? [mine.size, r.vocabulary.size] : [r.vocabulary.size, mine.size];
    if (large > 0 && small < large * needed) continue;
    const score = tokenSetSimilarity(mine, r.vocabulary);
    if (score >= needed && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return (
    best ??
    splitFrom(
      fn.name,
      mine,
      removed.filter((r) => r.path !== path),
    )
  );
}

/** The removed function of the same name that `fn` is a part of, if any (see SPLIT_CONTAINMENT). */
function splitFrom(fnName: string, mine: Set<string>, removed: RemovedFunction[]): RemovedFunction | undefined {
  if (mine.size < SPLIT_MIN_WORDS) return undefined;
  const name = bareName(fnName);
  return removed.find((r) => {
    if (bareName(r.name) !== name || r.vocabulary.size <= mine.size) return false;
    let inside = 0;
    for (const t of mine) if (r.vocabulary.has(t)) inside++;
    return inside >= mine.size * SPLIT_CONTAINMENT;
  });
}

/** `_normalize_header_key` and `normalize_header_key`, `#parse` and `parse`, are one name. */
function bareName(name: string): string {
  return name.replace(/^[_#$]+/, "").toLowerCase();
}

function named(fn: FunctionFact): boolean {
  return (fn.kind === "function" || fn.kind === "method" || fn.kind === "constructor") && !fn.testCallback;
}

/** Most of the function's lines are still in its file at head (an edit around it, not a removal). */
function stayed(fn: FunctionFact, lines: string[], headKeys: Set<string>): boolean {
  let kept = 0;
  let all = 0;
  for (let l = fn.start; l <= fn.end; l++) {
    const key = lineKey(lines[l - 1] ?? "");
    if (key === "" || BRACKETS_ONLY.test(key)) continue;
    all++;
    if (headKeys.has(key)) kept++;
  }
  return all === 0 || kept > all * STAYED;
}
