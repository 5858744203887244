import { z } from "zod";
import { globOption, globMatcher } from "../src/config/glob-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { languageOf } from "../src/text/languages.js";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { classifyBuiltIn, expectedTests, sourceStems, testCovers, testStem, type FileKind } from "../src/text/test-conventions.js";
import { TestCaseTracker } from "../src/analysis/test-cases.js";
import { indexImports } from "../src/text/test-imports.js";
import { testSyntaxFor } from "../src/text/test-patterns.js";
// Patch coverage (#14): the seam to src/coverage; keep these lines apart from the pairing code.
import { coverageMessages, coverageOptions, coverageVerdicts } from "../src/coverage/coverage-verdicts.js";

const options = z
  .object({
    mode: z
      .enum(["paired", "any"])
      .default("paired")
      .describe("paired: each source file needs its own tests; any: any test change satisfies every source file."),
    source: z.array(globOption).default([]).describe("Globs of extra source files (added to the built-in conventions)."),
    tests: z.array(globOption).default([]).describe("Globs of extra test files (added to the built-in conventions)."),
    ignore: z.array(globOption).default([]).describe("Globs of files that need no tests."),
    replace_conventions: z.boolean().default(false).describe("Use only the source and tests globs, not the built-in conventions."),
    min_changed_lines: z
      .number()
      .int()
      .min(0)
      .default(3)
      .describe("Changes with fewer added lines of code (comments and blank lines not counted) need no tests."),
    skip_labels: z.array(z.string()).default(["skip-tests"]).describe("Pull request labels that turn this rule off."),
    judge_tests: z.boolean().default(true).describe("Flag added tests that assert nothing, and tests added only as skipped or focused."),
    coverage: coverageOptions, // #14
  })
  .strict();
type Options = z.output<typeof options>;

export default defineRule({
  meta: {
    id: "tests-required",
    description: "Changed code comes with tests, and the tests assert something.",
    category: "tests",
    defaultSeverity: "warning",
    messages: {
      missingTests: "{path} changed without a change to its tests. Untested changes are where regressions hide; add or update {expected}.",
      missingAnyTests: "{path} changed, but the pull request changes no tests. Add or update a test that covers it ({expected}).",
      noAssertion: "This test asserts nothing: it passes whatever the code does. Add an expectation (expect/assert/t.Error…) that checks the result.",
      onlySkipped: "Every test added to this file is skipped, so none of them runs. Enable it, or link the issue that tracks why it is skipped.",
      focused: "A focused test (.only / fit / fdescribe) makes the runner skip every other test. Remove the focus before merging.",
      covered: "{path} ← {tests}",
      ...coverageMessages, // #14
    },
  },
  options,
  check(change, opts, found) {
    if (change.labels.some((l) => opts.skip_labels.includes(l))) return [];
    // #14: files a coverage report covers are judged by it, not by name pairing.
    const cov = found?.coverage ? coverageVerdicts(change, found.coverage, opts.coverage, found) : undefined;
    const classify = classifier(opts);
    const kinds = new Map(change.files.map((f) => [f, classify(f.path)]));
    // Deletions and pure renames (no additions) change no behaviour worth a test.
    const counted = change.files
      .filter((f) => kinds.get(f) === "source" && f.status !== "removed" && f.additions > 0 && !cov?.judged.has(f.path))
      .map((f) => ({ f, n: codeLineCount(f) }));
    const sources = counted.filter(({ n }) => n > 0).map(({ f }) => f); // comment- or whitespace-only edits need no test either
    const changedTests = change.files.filter((f) => kinds.get(f) === "test" && f.status !== "removed");
    const out: RawFinding[] = [];
    const codeLines = counted.reduce((sum, { n }) => sum + n, 0);
    if (codeLines >= opts.min_changed_lines) {
      const coveringTests = opts.mode === "any" ? () => changedTests : coverageIndex(changedTests);
      for (const src of sources) out.push(coverageFinding(src, coveringTests(src), opts.mode));
    }
    if (opts.judge_tests) for (const t of changedTests) out.push(...judgeTests(t));
    return cov ? [...cov.findings, ...out] : out;
  },
});

/**
 * Which changed tests cover a source file: same name in the same project, or an import of it.
 * Tests are indexed by the name they test and by what they import, so pairing stays linear in
 * the number of files.
 */
function coverageIndex(tests: ChangedFile[]): (source: ChangedFile) => ChangedFile[] {
  const byStem = new Map<string, ChangedFile[]>();
  for (const t of tests) byStem.set(testStem(t.path), [...(byStem.get(testStem(t.path)) ?? []), t]);
  const importers = indexImports(tests);
  return (src) => {
    const byName = sourceStems(src.path)
      .flatMap((stem) => byStem.get(stem) ?? [])
      .filter((t) => testCovers(t.path, src.path));
    return [...byName, ...importers(src.path).filter((t) => !byName.includes(t))];
  };
}

function coverageFinding(src: ChangedFile, covering: ChangedFile[], mode: Options["mode"]): RawFinding {
  const path = `\`${src.path}\``;
  if (hasInFileTests(src)) return { messageId: "covered", data: { path, tests: "its own #[cfg(test)] module" }, path: src.path, info: true };
  if (covering.length > 0) return { messageId: "covered", data: { path, tests: covering.map((t) => `\`${t.path}\``).join(", ") }, path: src.path, info: true };
  const expected = expectedTests(src.path)
    .map((p) => (p.startsWith("a #[cfg(test)]") ? p : `\`${p}\``))
    .join(" or ");
  return { messageId: mode === "any" ? "missingAnyTests" : "missingTests", path: src.path, data: { path, expected } };
}

function classifier(opts: Options): (path: string) => FileKind {
  const ignored = globMatcher(opts.ignore);
  const extraTests = globMatcher(opts.tests);
  const extraSource = globMatcher(opts.source);
  return (path) => {
    if (ignored(path)) return "other";
    if (extraTests(path)) return "test";
    if (extraSource(path)) return "source";
    return opts.replace_conventions ? "other" : classifyBuiltIn(path);
  };
}

/** Added lines of code (not comments or blank lines); a diff too large to read counts all its additions. */
function codeLineCount(f: ChangedFile): number {
  if (f.patchProblem && f.addedLines.length === 0) return f.additions;
  return codeLinesOf(f).masked.filter((m) => m.code.trim() !== "" && !m.allString).length;
}

function hasInFileTests(f: ChangedFile): boolean {
  return languageOf(f.path) === "rust" && f.addedLines.some((l) => /#\[cfg\(test\)\]|#\[test\]/.test(l.text));
}

/** Flags new test cases that assert nothing, tests added only as skipped, and focused tests. */
function judgeTests(file: ChangedFile): RawFinding[] {
  const lang = languageOf(file.path);
  const syntax = testSyntaxFor(lang);
  if (!syntax || file.addedLines.length === 0) return [];
  const out: RawFinding[] = [];
  const cases = new TestCaseTracker(lang === "python" || lang === "ruby", lang === "ruby", (line) =>
    out.push({ messageId: "noAssertion", path: file.path, line }),
  );
  const lines = file.addedLines;
  const { masked } = codeLinesOf(file);
  let declared = 0;
  const skipLines: number[] = [];
  lines.forEach(({ line }, i) => {
    const { code } = masked[i];
    if (syntax.focused?.test(code)) out.push({ messageId: "focused", path: file.path, line });
    const declares = syntax.declaration.test(code);
    const skips = syntax.skipped.test(code);
    if (declares) declared++;
    if (skips) skipLines.push(line);
    // The declaration line's own call (`it(`) is not an assertion; what follows it on the line may be.
    const asserts = syntax.assertion.test(declares ? code.replace(syntax.declaration, " ") : code);
    cases.feed({ line, code, consecutive: i === 0 || line === lines[i - 1].line + 1, declares, skips, asserts });
  });
  // A new file's added lines are the whole file, so a case open at the end is complete.
  cases.end(file.status === "added");
  if (declared > 0 && skipLines.length >= declared) out.push({ messageId: "onlySkipped", path: file.path, line: skipLines[0] });
  return out;
}
