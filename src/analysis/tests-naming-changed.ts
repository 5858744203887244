import type { ChangedFile } from "../model/change.js";
import type { FunctionFact } from "../syntax/facts.js";
import { familyOf } from "../text/test-layout.js";
import { namesOfLine, tellingName, wordPattern } from "./tests-used-already.js";
import { escapeRegExp } from "../text/escape-regexp.js";

/**
 * Tests the change edits anywhere in the repository whose new lines name the code the source's
 * new lines declare or sit in (#11, session 10): kotlinx-datetime's
 * `integration-testing/serialization/…/LocalDateSerializationTest.kt` gains cases for
 * `FormattedLocalDateSerializer`, which `core/common/src/serializers/LocalDateSerializers.kt`
 * declares. The test module is another project, and its file is named for another unit, so
 * neither the project nor the name pairs them; the test's own words do. A reviewer who sees those
 * cases does not say the source changed "without a change to its tests".
 */

/** Shorter names are too often some other code's (`Id`, `Parse`): only a longer one says which code a test is about. */
const MIN_NAME = 6;

/** At most this many of the source's fresh lines are read for names. */
const MAX_FRESH_LINES = 2_000;

/** At most this many characters of a test's added lines are searched: a generated fixture says nothing more. */
const MAX_ADDED_TEXT = 200_000;

/**
 * The changed tests (other than the source) whose added lines name a function or type that holds
 * or is declared on one of the source's fresh lines, each with the first such name; empty when none.
 */
export function changedTestsNaming(
  source: ChangedFile,
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  tests: ChangedFile[],
): Array<{ test: string; name: string }> {
  // (Cost, s11-rulecost: the tests by family, indexed once per list; fresh lines first, which cost nothing to ask.)
  if (fresh.size === 0) return [];
  const family = testsByFamily(tests).get(familyOf(source.path));
  if (!family || !family.tests.some((t) => t !== source && t.status !== "removed")) return [];
  const names = freshCodeNames(fresh, lines, functions);
  if (names.size === 0) return [];
  const patterns = [...names].map((name) => ({ name, word: IDENTIFIER.test(name) ? undefined : wordPattern(name) }));
  const out: Array<{ test: string; name: string }> = [];
  for (const t of candidates(family, patterns)) {
    if (t === source || t.status === "removed") continue;
    const added = addedOf(t);
    // A name the test only declares for itself (a fixture of the same name) is not the source's.
    const hit = patterns.find(({ name, word }) => (word ? word.test(added.text) : added.words.has(name)));
    if (hit && !declaresItself(added.text, hit.name)) out.push({ test: t.path, name: hit.name });
  }
  return out;
}

/** The telling names (at least MIN_NAME letters) of the functions and types that hold or are declared on the source's fresh lines. */
export function freshCodeNames(fresh: Set<number>, lines: string[], functions: FunctionFact[]): Set<string> {
  const names = new Set<string>();
  // Each line's names are found by reading up the file from it: a new file of thousands of lines names its code in its first ones.
  for (const l of [...fresh].slice(0, MAX_FRESH_LINES)) {
    const { functions: fns, types } = namesOfLine(l, lines, functions);
    for (const n of [...fns, ...types]) if (n.length >= MIN_NAME && tellingName(n)) names.add(n);
  }
  return names;
}

/**
 * The tests of each language family (see sameLanguageFamily), in their order, once per list: every
 * source of a change asked every changed test for its family (1,125 × 750 on the 3,000-file bench).
 */
const familiesOf = new WeakMap<ChangedFile[], Map<string, Family>>();

/** A family's tests in order, and, built when first asked, which of them (by index, ascending) hold each word in their added lines. */
interface Family {
  tests: ChangedFile[];
  byWord?: Map<string, number[]>;
}

function testsByFamily(tests: ChangedFile[]): Map<string, Family> {
  let byFamily = familiesOf.get(tests);
  if (!byFamily) {
    byFamily = new Map();
    for (const t of tests) {
      const family = familyOf(t.path);
      const known = byFamily.get(family);
      if (known) known.tests.push(t);
      else byFamily.set(family, { tests: [t] });
    }
    familiesOf.set(tests, byFamily);
  }
  return byFamily;
}

/**
 * The family's tests that may hold one of the names, in the family's order. Every source asked
 * every test of its family for its names (files squared on a large change); a word index answers
 * for plain identifiers with only the tests that hold them. A name that is not a plain identifier
 * needs its pattern run over each test's text, so then every test is a candidate.
 */
function candidates(family: Family, patterns: Array<{ name: string; word?: RegExp }>): ChangedFile[] {
  if (patterns.some((p) => p.word)) return family.tests;
  const byWord = (family.byWord ??= wordIndex(family.tests));
  const hits = new Set<number>();
  for (const p of patterns) for (const i of byWord.get(p.name) ?? []) hits.add(i);
  return [...hits].sort((a, b) => a - b).map((i) => family.tests[i]);
}

function wordIndex(tests: ChangedFile[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tests.forEach((t, i) => {
    for (const word of addedOf(t).words) {
      const list = index.get(word);
      if (list) list.push(i);
      else index.set(word, [i]);
    }
  });
  return index;
}

/** A plain identifier is found among a test's words (what wordPattern matches: a whole run of word characters). */
const IDENTIFIER = /^[\w$]+$/;

/**
 * A test's added text and its words, once per test and review: every source of the change asks
 * about every changed test of its family (1,125 × 750 on the 3,000-file bench), and rebuilding the
 * text and running a pattern over it for each pair took seconds.
 */
const addedByTest = new WeakMap<ChangedFile, { text: string; words: Set<string> }>();

function addedOf(t: ChangedFile): { text: string; words: Set<string> } {
  let known = addedByTest.get(t);
  if (!known) {
    let text = "";
    for (const l of t.addedLines) {
      if (text.length + l.text.length > MAX_ADDED_TEXT) break;
      text += `${l.text}\n`;
    }
    addedByTest.set(t, (known = { text, words: new Set(text.match(/[\w$]+/g) ?? []) }));
  }
  return known;
}

/** `class Foo`, `fun foo(`, `def foo(`, `function foo(`: the test declares the name as its own. */
export function declaresItself(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  return new RegExp(`\\b(?:class|object|struct|interface|enum|record|trait|fun|def|func|function|fn)\\s+${escaped}(?![\\w$])`).test(text);
}
