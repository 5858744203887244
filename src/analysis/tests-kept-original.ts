import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { withoutWhitespace } from "../text/without-whitespace.js";
import { headCode, type CodeChange } from "./code-change.js";
import { perReviewFile } from "./review-memo.js";

/**
 * Code copied out of a file the change touches but leaves holding it (#11): connection_pool
 * f93e357cc2 "Move wrapper into separate file" writes `lib/connection_pool/wrapper.rb` and only
 * adds a `require` to `lib/connection_pool.rb`, whose `class Wrapper` stays (judged set 21: "the
 * original class is still in connection_pool.rb … already covered by test/test_connection_pool.rb").
 * The moved-code fact (code-change.ts) pairs new lines only with lines the change *removes*, and
 * copy-originals only with a file of the same name, so neither saw it.
 *
 * Decided by what the files hold: the copied lines must be lines of the other file that the change
 * did not add (they were in the repository before), so a pull request cannot supply its own
 * "original"; the tests that ran that code run it still.
 */

/** Share of the file's new lines of code, at least, that the other file already holds. */
const KEPT_SHARE = 0.9;
/** New lines of code, at least, for a file to be a copy: a few lines alike are no class copied. */
const MIN_LINES = 8;
/** A line's code (whitespace removed) shorter than this is too common to witness a copy (`end`, `};`, `else{`). */
const MIN_KEY = 6;
/** Other files read, and lines of each, at most: the scan stays bounded. */
const MAX_FILES = 20;
const MAX_FILE_LINES = 20_000;

/** The path of a touched source file that still holds (unchanged) at least KEPT_SHARE of `f`'s new code, if any. */
export function keptOriginal(f: ChangedFile, c: CodeChange, fresh: Set<number>, others: ChangedFile[], found: Lookups): string | undefined {
  const keys = c.newCode.filter((k, i) => fresh.has(c.newCodeLines[i]) && k.length >= MIN_KEY);
  if (keys.length < MIN_LINES) return undefined;
  // The first MAX_FILES others, without filtering the whole change for each source that asks (quadratic on a large change).
  let read = 0;
  for (const other of others) {
    if (other === f || other.path === f.path || other.status === "removed") continue;
    if (++read > MAX_FILES) break;
    const held = keptLines(other, found);
    if (held === undefined) continue;
    const kept = keys.filter((k) => held.has(k)).length;
    if (kept >= keys.length * KEPT_SHARE) return other.path;
  }
  return undefined;
}

/**
 * The other file's code lines the change did not add, keyed as code-change keys them (comments blanked, whitespace removed).
 * Once per file and review: every source with new code asks about the same first MAX_FILES sources of the change, and
 * keying them again for each was 1.7 s of the bench's 3,000-file review (#10). The memo holds a set per file asked about.
 */
const keptLines = perReviewFile((other: ChangedFile, found: Lookups): Set<string> | undefined => {
  const code = headCode(other, found)?.code;
  if (code === undefined || code.size > MAX_FILE_LINES) return undefined;
  const added = new Set(other.addedLines.map((l) => l.line));
  const held = new Set<string>();
  for (const [line, text] of code) if (!added.has(line)) held.add(withoutWhitespace(text));
  return held;
});
