import type { Change, ChangedFile } from "../../model/change.js";
import { judgeAddedTests } from "../test-judging.js";
import { declaredNames, featureSourceOf, newNames } from "../tests-feature-plumbing.js";
import { addsTestCase } from "../tests-project-cases.js";
import { caseAddedElsewhere } from "../tests-cases-elsewhere.js";
import { lineFacts } from "../../syntax/line-view.js";
import { baseText, hasSyntax } from "../../syntax/change-facts.js";
import { type FileKind } from "../../text/test-conventions.js";
import type { CountedSource, SourceContext } from "./source-context.js";
import { testsNamingItsCode } from "./tested-already.js";
import { answerable, covered, type Verdict } from "./verdicts.js";
import { fileView } from "./file-view.js";

// Missing-tests verdicts the rest of the change answers: a feature's other file, whose tests the change edits, or new cases anywhere.

/**
 * Missing-tests verdicts for sources whose new code shares a new name with a source the change's
 * own tests cover become that coverage (see tests-feature-plumbing): one feature, one test.
 */
export function featurePlumbing(verdicts: Array<Verdict | undefined>, counted: CountedSource[], ctx: SourceContext): Array<Verdict | undefined> {
  if (ctx.changedTests.length === 0 || !verdicts.some(answerable)) return verdicts;
  const headLines = (s: CountedSource) => fileView(s.f, ctx.found).textLines;
  const namesOf = (s: CountedSource) => {
    const lines = headLines(s);
    return { path: s.f.path, names: lines ? newNames(s.change.newCodeLines, lines, baseText(s.f, ctx.found)) : new Set<string>() };
  };
  const byChange = counted.filter(
    (s, i) => !answerable(verdicts[i]) && (ctx.covering(s.f).some((t) => t !== s.f) || testsNamingItsCode(s.f, s.fresh, ctx.changedTests, ctx.found)),
  );
  if (byChange.length === 0) return verdicts;
  const tested = byChange.map(namesOf);
  const addedCasesCover = (path: string) => {
    const s = byChange.find((b) => b.f.path === path);
    return s !== undefined && ctx.covering(s.f).some((t) => t !== s.f && addsTestCase(t, (x) => lineFacts(x, ctx.found)?.tests));
  };
  const declared = new Set(
    counted.flatMap((s) => {
      const lines = headLines(s);
      return lines ? [...declaredNames(s.change.newCodeLines, lines)] : [];
    }),
  );
  return verdicts.map((v, i) => {
    if (!answerable(v)) return v;
    const own = namesOf(counted[i]);
    // A shared type name (`LineEndingMode`) only where the covering tests add cases: edited tests of a file that wires a new class in do not test the class.
    const feature =
      featureSourceOf({ ...own, names: new Set([...own.names].filter((n) => !/^[A-Z]/.test(n))) }, tested, declared) ??
      featureSourceOf(
        own,
        tested.filter((t) => addedCasesCover(t.path)),
        declared,
      );
    return feature ? covered(counted[i].f, `the tests of \`${feature.path}\`, changed in the same change, whose new \`${feature.name}\` it uses`) : v;
  });
}

/**
 * Calibrated (session 20): missing-tests verdicts become coverage when the change adds a test case that can fail to
 * any test file of the source's language (see tests-cases-elsewhere). Judged only when such a verdict is left.
 */
export function casesElsewhere(
  verdicts: Array<Verdict | undefined>,
  counted: CountedSource[],
  { change, kinds }: { change: Change; kinds: Map<ChangedFile, FileKind> },
  ctx: SourceContext,
): Array<Verdict | undefined> {
  if (!ctx.opts.new_cases_cover || ctx.changedTests.length === 0 || !verdicts.some(answerable)) return verdicts;
  const tests = ctx.changedTests.filter((f) => kinds.get(f) === "test" && hasSyntax(f)).slice(0, MAX_JUDGED_TESTS);
  const removed = change.files.filter((f) => f.status === "removed" && kinds.get(f) === "test");
  const judged = judgeAddedTests(tests, [...tests, ...removed], ctx.found);
  return verdicts.map((v, i) => {
    if (!answerable(v)) return v;
    const test = caseAddedElsewhere(counted[i].f.path, judged);
    return test ? covered(counted[i].f, `\`${test.path}\`, whose new cases the change adds`) : v;
  });
}

/** At most this many changed tests are judged for new cases: a change of thousands of test files adds cases somewhere anyway. */
const MAX_JUDGED_TESTS = 200;
