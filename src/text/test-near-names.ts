/**
 * Tests named for a unit without carrying its file's exact name: `RomanNumeralTests.cs` for
 * `RomanNumeralExtensions.cs`, `testsuite/bytecode_cache.py` for `bccache.py`. A finding that
 * proposes a new file beside such a test would duplicate it; the existing one is where a test goes.
 */

/** The words of a file name: `RomanNumeralExtensions` → roman, numeral, extensions; `bytecode_cache` → bytecode, cache. */
export function nameWords(name: string): readonly string[] {
  let words = wordsByName.get(name);
  if (words === undefined) {
    // A repository's test names are few; a review asks each of them once per source file it pairs.
    if (wordsByName.size >= MAX_NAMES_KEPT) wordsByName.clear();
    words = splitName(name);
    wordsByName.set(name, words);
  }
  return words;
}

/**
 * Words by name, process-wide: testsNamedNearly compares every source of a review with every
 * test of the repository, and split the same names again for each pair (Newtonsoft.Json's
 * history: half of that pairing's time).
 */
const wordsByName = new Map<string, readonly string[]>();
const MAX_NAMES_KEPT = 20_000;

function splitName(name: string): readonly string[] {
  return Object.freeze(
    name
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );
}

/** Shorter shared stems than this say nothing (`str` of `string_utils` and `strategy`). */
const MIN_SHARED_CHARS = 6;

/**
 * Whether a test's name (without its test affixes) names the same unit as a source's other name: one's
 * words begin the other's (`RomanNumeral` ↔ `RomanNumeralExtensions`), or one abbreviates the
 * other (`bccache` ↔ `bytecode_cache`: the same last word, the rest initials in order).
 */
export function namesSameUnit(sourceName: string, testName: string): boolean {
  const a = nameWords(sourceName);
  const b = nameWords(testName);
  // The exact name is the pairing's own business (which also tells a tutorial004 from another).
  if (a.length === 0 || b.length === 0 || a.join("") === b.join("")) return false;
  return leadingWords(a, b) || leadingWords(b, a) || abbreviates(a, b) || abbreviates(b, a);
}

/** The shorter name's words are the longer one's first words, and say enough by themselves. */
function leadingWords(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || !short.every((w, i) => long[i] === w)) return false;
  return short.length >= 2 || short[0].length >= MIN_SHARED_CHARS;
}

/** A one-word name made of initials and the other's last word (`bc` + `cache` for `bytecode_cache`). */
function abbreviates(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== 1 || long.length < 2) return false;
  const last = long[long.length - 1];
  const word = short[0];
  if (!word.endsWith(last) || word.length === last.length) return false;
  const initials = word.slice(0, word.length - last.length);
  const rest = long.slice(0, -1).join("");
  if (initials.length < 2 || initials[0] !== rest[0]) return false;
  let i = 0;
  for (const ch of rest) if (ch === initials[i]) i++;
  return i === initials.length;
}
