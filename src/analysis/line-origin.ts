import type { Lookups } from "../engine/rule.js";
import type { Change, ChangedFile } from "../model/change.js";
import { baseText, movedFromPaths } from "../syntax/change-facts.js";
import { perReviewFiles } from "./review-memo.js";
import { withoutWhitespace } from "../text/without-whitespace.js";

/**
 * Where an added line came from: the same text at base (moved, re-indented, reformatted), or a
 * base line it is an edit of. A rule about lines judges only what the change itself wrote: a
 * long line or a print that was already there is not the author's to fix in this change.
 */

/** A line's text without whitespace, with quotes evened out (a formatter swapping ' for " adds nothing). */
export function lineKey(text: string): string {
  return withoutWhitespace(text).replace(/'/g, '"');
}

const TOKEN = /\w+|[^\w\s]/g;
/** Base lines compared token by token, at most: a huge file's edits cannot make a review quadratic. */
const MAX_KEPT = 2000;
/** Lines longer than this are not compared token by token: a minified line is never an edit of another. */
const MAX_COMPARED = 2000;

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of text.slice(0, MAX_COMPARED).match(TOKEN) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Dice similarity of two lines' token multisets: 1 for the same tokens, 0 for none in common. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const [t, n] of a) {
    common += Math.min(n, b.get(t) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** Token similarity at which a line counts as an edit of a base line (a token swapped, `?` added, an argument appended). */
export const EDIT_SIMILARITY = 0.7;

export interface BaseLines {
  /** Whether this key (lineKey) is a line of the file at base or of another file the change deleted from (a move). */
  has: (key: string) => boolean;
  /** Whether this key is a line of another file at base, not of the file's own: the change moved (or copied) it here. */
  elsewhere: (key: string) => boolean;
  /** Lines of the file at base that `keep` selected, with their tokens: what an added line may be an edit of. */
  kept: Array<{ text: string; tokens: Map<string, number> }>;
  /**
   * Whether this key lies inside a longer kept base line: the change split that line, and this piece
   * was already there, only longer (commons-cli's files collapsed onto one line by one commit and
   * restored by a later one; a long call wrapped into shorter, still long, lines).
   */
  inside: (key: string) => boolean;
  /** Whether the file's base text was at hand: without it, nothing is known to be old. */
  known: boolean;
  /** Lines of the file at base, and how many of them `keep` selected (kept holds at most MAX_KEPT). */
  lines: number;
  keptCount: number;
}

// Keys of the files code may have moved from, built once per review and set of files (the
// lookups object is the review's): max-line-length and no-debug-statements both ask, per file.
const movedKeysOf = perReviewFiles((files: ChangedFile[], found: Lookups): Set<string> => {
  const keys = new Set<string>();
  for (const path of movedFromPaths(files)) for (const line of (found.baseContents?.get(path) ?? "").split("\n")) keys.add(lineKey(line));
  return keys;
});
const movedKeys = (change: Change, found: Lookups) => movedKeysOf(change.files, found);

/**
 * A line must say this much (without whitespace) to count as moved from another file of the change:
 * `}` or `return x;` is in every file, a signature or a data row is not.
 */
const DISTINCT_KEY = 20;

/** A piece of a base line must say this much (without whitespace) to count as that line's: a short one is in many lines. */
const DISTINCT_PIECE = 40;

// Keys of every base text the review read, by the file they are in: a per-file step holds only the
// file it judges (and the files the change only deleted from), so a method moved between two edited
// files, or a data row moved between two test files, is known by the other file's text at base. The
// value is the one path a key is in, or MANY.
const MANY = "\0many";
const baseKeysByReview = new WeakMap<Lookups, Map<string, string>>();
function baseKeysOf(found: Lookups): Map<string, string> {
  let keys = baseKeysByReview.get(found);
  if (keys) return keys;
  keys = new Map();
  for (const [path, text] of found.baseContents ?? new Map<string, string>()) {
    for (const line of text.split("\n")) {
      const key = lineKey(line);
      if (key.length < DISTINCT_KEY) continue;
      const was = keys.get(key);
      if (was === undefined) keys.set(key, path);
      else if (was !== path) keys.set(key, MANY);
    }
  }
  baseKeysByReview.set(found, keys);
  return keys;
}

/** Whether another file than `own` held this key at base: the line moved (or was copied) from there. */
function inOtherBase(found: Lookups, key: string, own: string): boolean {
  const where = baseKeysOf(found).get(key);
  return where !== undefined && where !== own;
}

/**
 * The base lines an added line of `file` may come from: the file's own text at base, and the
 * texts at base of the files the change deleted from (a move between files). `keep` picks the
 * file's own base lines worth comparing token by token (e.g. the long ones).
 */
export function baseLinesOf(file: ChangedFile, change: Change, found: Lookups, keep: (text: string) => boolean): BaseLines {
  const own = baseText(file, found);
  const ownKeys = new Set<string>();
  const kept: BaseLines["kept"] = [];
  const lines = own?.split("\n") ?? [];
  let keptCount = 0;
  for (const line of lines) {
    ownKeys.add(lineKey(line));
    if (!keep(line)) continue;
    keptCount++;
    if (kept.length < MAX_KEPT) kept.push({ text: line, tokens: tokens(line) });
  }
  const moved = movedKeys(change, found);
  const ownPath = file.previousPath ?? file.path;
  const elsewhere = (key: string) => !ownKeys.has(key) && (moved.has(key) || (key.length >= DISTINCT_KEY && inOtherBase(found, key, ownPath)));
  // One string of the kept lines' keys, NUL between them, searched once per added line: a key that
  // holds no NUL is found only inside one line (a line equal to it is `has`'s).
  let keptKeys: string | undefined;
  const inside = (key: string) => {
    if (key.length < DISTINCT_PIECE || key.includes("\0")) return false;
    keptKeys ??= kept.map((k) => lineKey(k.text)).join("\0");
    return keptKeys.includes(key);
  };
  return {
    has: (key) => ownKeys.has(key) || elsewhere(key),
    elsewhere,
    inside,
    kept,
    known: own !== undefined,
    lines: lines.length,
    keptCount,
  };
}

/** Lines to compare added lines with, token by token, outside a review's lookups (a port's old file). */
export function keptLines(lines: string[]): Pick<BaseLines, "kept"> {
  return { kept: lines.slice(0, MAX_KEPT).map((text) => ({ text, tokens: tokens(text) })) };
}

/** The kept base line this text is most likely an edit of (token similarity ≥ EDIT_SIMILARITY), if any. */
export function editedFrom(text: string, base: Pick<BaseLines, "kept">): string | undefined {
  const mine = tokens(text);
  let best: string | undefined;
  let bestScore = EDIT_SIMILARITY;
  for (const b of base.kept) {
    const score = similarity(mine, b.tokens);
    if (score >= bestScore) {
      best = b.text;
      bestScore = score;
    }
  }
  return best;
}
