import type { ChangedFile } from "../model/change.js";
import type { RepoLayout } from "../text/test-layout.js";
import { wordPattern } from "./tests-used-already.js";
import { declaresItself } from "./tests-naming-changed.js";

/**
 * Documentation examples the test suite runs (#11, session 18): pydantic's `tests/test_docs.py`
 * runs every code block of `docs/` and compares what it prints with the output written below it,
 * so the example of the new `GenerateJsonSchema.sort` hook that the change adds to
 * `docs/concepts/json_schema.md` is its test. A reviewer does not say such a source changed
 * "without a change to its tests" (judged *wrong*). Only where a test named for running the
 * documentation exists (`test_docs.py`, `test_readme.py`, `docs.test.ts`, `doctests.rs`), and only
 * code blocks the change adds whole, which name a function or type the source's new code declares or
 * sits in: prose that mentions a name runs nothing.
 */

/** What a test that runs the documentation's examples is named for (its stem, as testStem gives it). */
const DOCS_TEST_STEMS = new Set(["docs", "doc", "documentation", "readme", "examples", "docexamples", "docsexamples", "doctest", "doctests"]);

/** Pages whose fenced code blocks a docs test reads. */
export const DOCS_PAGE = /\.(md|mdx|markdown)$/i;

/** A Markdown fence that opens or closes a code block. */
const FENCE = /^\s*(```|~~~)/;

/** At most this many pages, and this many characters of each page's added code, are read. */
const MAX_PAGES = 50;
const MAX_EXAMPLE_TEXT = 200_000;

/** The repository's test that runs its documentation's examples, if it has one. */
export function docsTestOf(layout: RepoLayout): string | undefined {
  for (const stem of DOCS_TEST_STEMS) {
    const tests = layout.testsByStem.get(stem);
    if (tests && tests.length > 0) return tests[0];
  }
  return undefined;
}

/** The first of the changed documentation pages whose added code blocks name one of the names, with that name. */
export function docsExampleNaming(names: Set<string>, files: ChangedFile[]): { page: string; name: string } | undefined {
  if (names.size === 0) return undefined;
  const patterns = [...names].map((name) => ({ name, word: wordPattern(name) }));
  for (const page of files.slice(0, MAX_PAGES)) {
    const code = addedExamples(page);
    if (!code) continue;
    const hit = patterns.find(({ name, word }) => word.test(code) && !declaresItself(code, name));
    if (hit) return { page: page.path, name: hit.name };
  }
  return undefined;
}

/**
 * The lines of the code blocks a page's added lines hold whole: a fence is known to open only when
 * the added run it sits in is read from its start, so a gap in the line numbers closes any block.
 */
function addedExamples(page: ChangedFile): string {
  let text = "";
  let inBlock = false;
  let previous = -1;
  for (const l of page.addedLines) {
    if (l.line !== previous + 1) inBlock = false;
    previous = l.line;
    if (FENCE.test(l.text)) inBlock = !inBlock;
    else if (inBlock) {
      if (text.length + l.text.length > MAX_EXAMPLE_TEXT) break;
      text += `${l.text}\n`;
    }
  }
  return text;
}
