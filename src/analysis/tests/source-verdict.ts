import { testsPinningRefactor } from "../tests-pinned-refactor.js";
import { scriptTestsPackage } from "../tests-run-script.js";
import { testsRunningRefactor } from "../tests-private-refactor.js";
import { rewritesUntestedSource } from "../tests-unnamed-rewrite.js";
import { approvalFileFor, projectName } from "../tests-approval-files.js";
import { suggestedTests, packageRootOf } from "../../text/test-layout.js";
import { testCovers } from "../../text/test-conventions.js";
import type { CountedSource, SourceContext } from "./source-context.js";
import { siblingCopied, testsNamingItsCode, casesInTestProject, docsExampleRunByTests, writtenFirst, macroTested, messageTested } from "./tested-already.js";
import { testedBefore } from "./tested-before.js";
import { keptOriginal } from "../tests-kept-original.js";
import { testsCallingRewrite } from "../tests-kept-contract.js";
import { testedSibling, callingTest, writesNewLogic, anchorLine } from "./where-tests-go.js";
import { onlyNewDeclarations, internalCode, untestedProject, untestedAtAll } from "./untested-project.js";
import { asksForTests } from "./asks-for-tests.js";
import { covered, coverageVerdict, expectedIn, missingTestsVerdict, type Verdict } from "./verdicts.js";
import { namedList } from "./named-list.js";

// One source's verdict: covered (and by what), missing tests, or nothing to say.

/** A source file's verdict: covered (named in the summary), missing tests, or nothing to say. */
export function sourceVerdict(source: CountedSource, ctx: SourceContext): Verdict | undefined {
  const { f, change: c, lines } = source;
  if (c.inFileTestLines > 0) return covered(f, "its own tests (`#[cfg(test)]` module or doctests)");
  if (lines < Math.max(1, ctx.opts.min_changed_lines)) return undefined;
  const tested = testedByTheChange(source, ctx);
  if (tested) return tested;
  if (noTestToAsk(source, ctx)) return undefined;
  return coveredRefactor(source, ctx) ?? missingTests(source, ctx);
}

/** Coverage the change or the repository already gives the file: tests that run it, name its code, or run its examples. */
function testedByTheChange({ f, change: c, fresh }: CountedSource, ctx: SourceContext): Verdict | undefined {
  const { opts, found, layout } = ctx;
  const macro = macroTested(f, found);
  if (macro) return covered(f, `the tests its \`${macro}!\` macro writes for each entry`);
  const tests = ctx.covering(f).filter((t) => t !== f);
  if (tests.length > 0) return coverageVerdict(f, tests, opts.mode, layout);
  const approval = layout && opts.mode !== "paired" ? approvalFileFor(projectName(packageRootOf(f.path, layout)), ctx.approvals) : undefined;
  if (approval) return covered(f, `\`${approval.path}\`, the approval file of its project the change updates`);
  const snapshot = ctx.snapshots.find((s) => testCovers(s.test, f.path));
  if (snapshot) return covered(f, `\`${snapshot.snapshot}\`, the snapshot of its test \`${snapshot.test}\` the change updates`);
  const naming = c.newCode.length > 0 ? testsNamingItsCode(f, fresh, ctx.changedTests, found) : undefined;
  if (naming) return covered(f, naming);
  const cases = layout ? casesInTestProject(f, fresh, layout, ctx) : undefined;
  if (cases) return covered(f, `\`${cases.path}\`, whose new cases in a project of tests the change adds`);
  const example = c.newCode.length > 0 && layout ? docsExampleRunByTests(f, fresh, ctx.docsPages, layout, found) : undefined;
  if (example) return covered(f, example);
  const first = c.newCode.length > 0 && layout && f.status !== "added" ? writtenFirst(f, layout, found) : undefined;
  if (first) return covered(f, first);
  const message = c.newCode.length > 0 && layout && f.status !== "added" ? messageTested(f, fresh, layout, found) : undefined;
  if (message) return covered(f, message);
  const scripts = layout ? ctx.scripts.filter((sc) => scriptTestsPackage(packageRootOf(f.path, layout), sc.named)) : [];
  if (scripts.length > 0) return covered(f, `${namedList(scripts.map((sc) => `\`${sc.path}\``))}, whose test command for its package the change edits`);
  const before = opts.new_behaviour_only && c.newCode.length > 0 && layout ? testedBefore(f, fresh, layout, found) : undefined;
  return before ? covered(f, before) : undefined;
}

/** A file with nothing a test would be asked for: its project has no tests, or its new code adds no behaviour users reach. */
function noTestToAsk({ f, change: c, lines, fresh }: CountedSource, ctx: SourceContext): boolean {
  const { opts, found, layout } = ctx;
  // Decided before asksForTests, which parses the file: a project without tests gets no finding whatever the file adds.
  if (layout && untestedAtAll(f, layout)) return true;
  // An uncovered file is a finding only when it adds behaviour.
  const asks =
    !opts.new_behaviour_only ||
    (!ctx.snapshot &&
      asksForTests(f, c, lines, c.newCode.length === 0 ? undefined : fresh, {
        found,
        moved: ctx.moved,
        sources: ctx.sources,
        minLines: Math.max(1, opts.min_changed_lines),
        minDecisions: opts.min_new_decisions,
        newApiFunctions: opts.new_api_functions,
        reorganised: ctx.reorganised,
        behaviourWords: ctx.behaviourWords,
        quiet: ctx.quiet,
        layout,
      }));
  if (!asks || untestedProject(f, fresh, layout, found)) return true;
  // Code only its own module reaches: the project's tests run it through the public code that calls it.
  if (opts.new_behaviour_only && c.newCode.length > 0 && onlyNewDeclarations(f, c, fresh, found) && internalCode(f, ctx)) return true;
  return false;
}

/** A refactor or a copy whose code the existing tests already run: the tests named as its coverage. */
function coveredRefactor({ f, change: c, fresh }: CountedSource, ctx: SourceContext): Verdict | undefined {
  const { opts, found, layout } = ctx;
  // Code moved into private helpers, or renamed, under the public code the file's own tests run; not when the change says it fixes or adds.
  const refactored =
    opts.new_behaviour_only && !ctx.behaviourWords && layout && c.newCode.length > 0 ? testsRunningRefactor(f, fresh, layout, found) : undefined;
  if (refactored) return covered(f, refactored);
  const sibling = opts.new_behaviour_only && layout && c.newCode.length > 0 ? siblingCopied(f, fresh, layout, found, ctx.changed) : undefined;
  if (sibling) return covered(f, `the tests of \`${sibling}\`, whose lines it copies`);
  const kept = opts.new_behaviour_only && c.newCode.length > 0 ? keptOriginal(f, c, fresh, ctx.sources, found) : undefined;
  if (kept) return covered(f, `the tests of \`${kept}\`, which still holds the code it copies`);
  // A refactor the existing tests of its package already run, though they are named for another file; else a rewrite
  // inside functions the existing tests call by name, keeping their signatures, API and ways to fail.
  const rewrite =
    opts.new_behaviour_only && layout && c.newCode.length > 0
      ? (testsPinningRefactor(f, fresh, new Set(c.addedCodeLines), { found, layout, sources: ctx.sources, moved: ctx.moved }) ??
        testsCallingRewrite(f, fresh, layout, found))
      : undefined;
  return rewrite ? covered(f, rewrite) : undefined;
}

/** The missing-tests finding, naming where the tests would go; none for a rewrite of a source with no test of its own. */
export function missingTests({ f, change: c, fresh }: CountedSource, ctx: SourceContext): Verdict | undefined {
  const { opts, found, layout } = ctx;
  const suggested = suggestedTests(f.path, layout);
  // Where a new test would go, a better place to name: an existing test that calls the edited function, or a sibling's tests.
  const calling = opts.mode !== "any" && suggested.place === "new-test" ? callingTest(f, fresh, layout, found) : undefined;
  const siblingTests = opts.mode !== "any" && suggested.place === "in-file-module" ? testedSibling(f, ctx) : undefined;
  const expected =
    calling !== undefined
      ? expectedIn(calling, true)
      : expectedIn(siblingTests ?? suggested.text, siblingTests === undefined && suggested.place === "test-file");
  // Calibrated (session 18): a rewrite of a source with no test of its own to update is a refactor its project's other tests run.
  // Its own test: the one the conventions name, or an existing test that calls the function the change edits.
  const namesItsTest = suggested.namesTestFile || calling !== undefined;
  if (opts.new_behaviour_only && !opts.untested_rewrites && rewritesUntestedSource(c, namesItsTest) && !writesNewLogic(f, fresh, found, layout))
    return undefined;
  // On the line where the new code starts, so the comment sits beside what it asks a test for.
  const line = c.newCode.length > 0 ? anchorLine(f, fresh, found) : undefined;
  return missingTestsVerdict(f, opts.mode, expected, line);
}
