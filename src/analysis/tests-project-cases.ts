import type { ChangedFile } from "../model/change.js";
import { testStem } from "../text/test-conventions.js";
import type { TestCaseFact } from "../syntax/facts.js";
import { sameLanguageFamily } from "../text/test-layout.js";
import { testProject } from "./tests-changed-elsewhere.js";

/**
 * New test cases the change adds to a project that only holds tests (#11, session 19). tRPC keeps
 * its tests in `packages/tests/`, a package of their own: the SSE reconnect fix in
 * `packages/server/…/resolveResponse.ts` comes with a 123-line regression test in
 * `packages/tests/server/httpSubscriptionLink.test.ts`. MapStruct's record support in
 * `processor/…/Filters.java` comes with a records case added to `integrationtest/`. Neither test is
 * named for the source, nor in its project, so pairing misses them; but a project of tests tests
 * the repository's other projects, and a change that adds cases to it beside a source is the
 * change's test of that source (judged set 19: "wrong" both times). Only new cases count: an edited
 * assertion or a renamed helper in a test project says nothing about the source. And only a test
 * tied to the change: one whose added lines cite the issue the change says it fixes (tRPC's
 * "regression #7094" for "fix: … (#7094)"), or one named for the code the source adds
 * (`RecordsTest.java` for the new `recordsIn`). An end-to-end case that calls other code is
 * another feature's test (session 10).
 */

/**
 * A project folder named only for tests, including the one-word forms (`integrationtest`,
 * `functionaltests`, `acceptance-tests`) that testProject's word boundaries do not see.
 */
const JOINED_TEST_PROJECT = /^(integration|functional|acceptance|system|e2e|end2end)[-_]?tests?$/i;

/** At most this many changed tests are asked for new cases: a change of thousands of test files adds cases somewhere anyway. */
const MAX_TESTS = 200;

/** Whether a project's root folder names a project of tests (the repository's root never does). */
export function testsOnlyProject(root: string): boolean {
  if (root === "") return false;
  const name = root.slice(root.lastIndexOf("/") + 1);
  return testProject(name) || JOINED_TEST_PROJECT.test(name);
}

/**
 * The first of the changed tests (same language family as the source, in a project of tests other
 * than the source's) that adds a test case: a case that starts on an added line. Undefined when none.
 */
export function newCasesInTestProject(
  source: string,
  tests: ChangedFile[],
  rootOf: (path: string) => string,
  casesOf: (t: ChangedFile) => TestCaseFact[] | undefined,
  tie: { cited: Set<number>; names: Set<string> },
): ChangedFile | undefined {
  const root = rootOf(source);
  for (const t of tests.slice(0, MAX_TESTS)) {
    if (t.status === "removed" || !sameLanguageFamily(t.path, source)) continue;
    const testRoot = rootOf(t.path);
    if (testRoot === root || !testsOnlyProject(testRoot)) continue;
    if ((citesIssue(t, tie.cited) || namedForNewCode(t.path, tie.names)) && addsTestCase(t, casesOf)) return t;
  }
  return undefined;
}

/** An issue number in an added line: `#7094`, `/issues/7094`, `issue 7094`. */
const ISSUE_IN_TEST = /(?:#|\/issues\/|\bissue[ _-]?)0*(\d{1,9})(?!\d)/gi;
/** At most this many characters of a test's added lines are searched for an issue number. */
const MAX_CITE_TEXT = 100_000;

function citesIssue(t: ChangedFile, cited: Set<number>): boolean {
  if (cited.size === 0) return false;
  let text = "";
  for (const l of t.addedLines) {
    if (text.length > MAX_CITE_TEXT) break;
    text += `${l.text}\n`;
  }
  return [...text.matchAll(ISSUE_IN_TEST)].some((m) => cited.has(Number(m[1])));
}

/** The test file's name (at least 5 letters) begins one of the source's new code names (`RecordsTest` for `recordsIn`). */
function namedForNewCode(testPath: string, names: Set<string>): boolean {
  const stem = testStem(testPath).toLowerCase();
  return stem.length >= 5 && [...names].some((n) => n.toLowerCase().startsWith(stem));
}

/** Whether the change adds a test case to the test file: one that starts on an added line. */
export function addsTestCase(t: ChangedFile, casesOf: (t: ChangedFile) => TestCaseFact[] | undefined): boolean {
  if (t.status === "removed") return false;
  const added = new Set(t.addedLines.map((l) => l.line));
  return (casesOf(t) ?? []).some((c) => added.has(c.start));
}
