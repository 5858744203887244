import type { RepoLayout } from "../text/test-layout.js";
import { nameWords } from "../text/test-near-names.js";

/**
 * Tests written before the code (#11, session 18): msw's branch added
 * `test/graphql-api/multipart.test.ts` two commits before the commit that teaches `src/graphql.ts`
 * multipart requests (`GraphQLMultipartRequestPayload`, `operations`, `map`). At that commit the
 * test is already in the repository and nothing in the change touches a test, yet the feature is
 * tested (judged *wrong*). What the rule can see: an existing test named for a word the source's
 * new code brings to it (one the file never had), in a test folder named for the source.
 * Both must hold: a test named for a word alone may test another module's feature of that name,
 * and the source's folder of tests alone is where every one of its tests is.
 */

/** Words shorter than this are too common to name a feature (`map`, `file`, `parse`). */
const MIN_WORD = 6;
/** A source named with fewer letters, or generically, says nothing in a test's path. */
const MIN_STEM = 4;
const GENERIC_STEMS = new Set(["index", "utils", "util", "types", "helpers", "common", "main", "init", "core", "base", "constants"]);
/** At most this many added lines are read for words. */
const MAX_ADDED_LINES = 2_000;

/** The existing test named for a word the source's added lines bring (see above), with that word; undefined when none. */
export function testWrittenFirst(
  sourcePath: string,
  added: string[],
  base: string | undefined,
  layout: RepoLayout,
): { test: string; word: string } | undefined {
  // A new file has no words of its own before the change: every word would be new.
  if (base === undefined || added.length === 0) return undefined;
  const stem = normalised(sourcePath.slice(sourcePath.lastIndexOf("/") + 1).replace(/\..*$/, ""));
  if (stem.length < MIN_STEM || GENERIC_STEMS.has(stem)) return undefined;
  // Anywhere in the file before, a comment too: a word it had is no new feature of it.
  const had = base.toLowerCase();
  const words = new Set<string>();
  // All its added lines, types among them: `GraphQLMultipartRequestPayload` names the feature its new branch handles.
  for (const line of added.slice(0, MAX_ADDED_LINES)) {
    // Split as names are, acronyms apart (`GraphQLMultipartRequestPayload` → graph, ql, multipart, request, payload).
    for (const id of line.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []) for (const w of nameWords(id)) if (w.length >= MIN_WORD && w !== stem) words.add(w);
  }
  for (const word of words) {
    if (had.includes(word)) continue;
    const test = (layout.testsByStem.get(word) ?? []).find((t) => normalised(t.slice(0, t.lastIndexOf("/"))).includes(stem));
    if (test) return { test, word };
  }
  return undefined;
}

/** A path or name as test stems are kept: lower case, without separators. */
function normalised(s: string): string {
  return s.toLowerCase().replace(/[-_.$]/g, "");
}
