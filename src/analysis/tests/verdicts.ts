import type { RawFinding } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { suggestedTests, type RepoLayout } from "../../text/test-layout.js";
import { namedList } from "./named-list.js";
import type { TestsMode } from "./source-context.js";

// What the rule decides about each source, as data: the findings' words are written once, at the
// end (see findingsOf), so that the steps that revise or group verdicts never read message text.

/** Which tests a missing-tests verdict asks for. */
export interface Expected {
  /** In words, for the one source. */
  one: string;
  /** In words, for several sources of a folder at once. */
  many: string;
  /** The words name existing tests by their paths (`a_test.go`, a test that calls the function), not a place to write one. */
  namesTests: boolean;
}

/** Covered by `by` (named in the summary), or missing the tests `expected` says; `anyTests` when no test of the change would do. */
export type Verdict =
  { kind: "covered"; file: ChangedFile; by: string } | { kind: "missing"; file: ChangedFile; expected: Expected; anyTests: boolean; line?: number };

export function covered(src: ChangedFile, by: string): Verdict {
  return { kind: "covered", file: src, by };
}

/** A missing-tests verdict that one of the change's tests could still answer (not the `any` mode's, which no test of the change answers). */
export function answerable(v: Verdict | undefined): v is Verdict & { kind: "missing" } {
  return v?.kind === "missing" && !v.anyTests;
}

export function coverageVerdict(src: ChangedFile, covering: ChangedFile[], mode: TestsMode, layout: RepoLayout | undefined): Verdict {
  if (covering.length > 0) return covered(src, namedList(covering.map((t) => `\`${t.path}\``)));
  return missingTestsVerdict(src, mode, suggestedExpected(src, layout));
}

/** The source changed without its tests; `expected` says which tests to add or update, `line` where its new code starts. */
export function missingTestsVerdict(src: ChangedFile, mode: TestsMode, expected: Expected, line?: number): Verdict {
  return { kind: "missing", file: src, expected, anyTests: mode === "any", ...(line === undefined ? {} : { line }) };
}

/** The tests the conventions and the repository's layout suggest for the source (see suggestedTests). */
export function suggestedExpected(src: ChangedFile, layout: RepoLayout | undefined): Expected {
  const suggested = suggestedTests(src.path, layout);
  return expectedIn(suggested.text, suggested.place === "test-file");
}

/**
 * Expected tests in the words test-layout (or this rule) wrote for one source. Its words for a place
 * to write a new test end with the source (`a test that covers it`): said of a folder's sources,
 * `them`. The one place words are read, where they come in; test-layout says only the singular.
 */
export function expectedIn(one: string, namesTests: boolean): Expected {
  return { one, many: one.replace(/ it$/, " them"), namesTests };
}

/** The finding of a verdict that stands alone (not grouped with its folder's: see findingsOf). */
export function findingOf(v: Verdict): RawFinding {
  const path = `\`${v.file.path}\``;
  if (v.kind === "covered") return { messageId: "covered", data: { path, tests: v.by }, path: v.file.path, info: true };
  const finding: RawFinding = { messageId: v.anyTests ? "missingAnyTests" : "missingTests", path: v.file.path, data: { path, expected: v.expected.one } };
  return v.line === undefined ? finding : { ...finding, line: v.line };
}
