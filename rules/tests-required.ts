import { z } from "zod";
import { globOption, globMatcher } from "../src/config/glob-option.js";
import { defineRule, type RawFinding } from "../src/engine/rule.js";
import type { ChangedFile } from "../src/model/change.js";
import { languageOf } from "../src/text/languages.js";
import { codeLinesOf } from "../src/analysis/code-lines.js";
import { classifyBuiltIn, expectedTests, sourceStems, testCovers, testStem, type FileKind } from "../src/text/test-conventions.js";
import { importedModules, importsSource } from "../src/text/test-imports.js";
import { testSyntaxFor } from "../src/text/test-patterns.js";

const options = z
  .object({
    mode: z.enum(["paired", "any"]).default("paired").describe("paired: each source file needs its own tests; any: any test change satisfies every source file."),
    source: z.array(globOption).default([]).describe("Globs of extra source files (added to the built-in conventions)."),
    tests: z.array(globOption).default([]).describe("Globs of extra test files (added to the built-in conventions)."),
    ignore: z.array(globOption).default([]).describe("Globs of files that need no tests."),
    replace_conventions: z.boolean().default(false).describe("Use only the source and tests globs, not the built-in conventions."),
    min_changed_lines: z.number().int().min(0).default(3).describe("Changes with fewer added lines of code (comments and blank lines not counted) need no tests."),
    skip_labels: z.array(z.string()).default(["skip-tests"]).describe("Pull request labels that turn this rule off."),
    judge_tests: z.boolean().default(true).describe("Flag added tests that assert nothing, and tests added only as skipped or focused."),
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
      missingTests:
        "{path} changed without a change to its tests. Untested changes are where regressions hide; add or update {expected}.",
      missingAnyTests: "{path} changed, but the pull request changes no tests. Add or update a test that covers it ({expected}).",
      noAssertion:
        "This test asserts nothing: it passes whatever the code does. Add an expectation (expect/assert/t.Error…) that checks the result.",
      onlySkipped: "Every test added to this file is skipped, so none of them runs. Enable it, or link the issue that tracks why it is skipped.",
      focused: "A focused test (.only / fit / fdescribe) makes the runner skip every other test. Remove the focus before merging.",
      covered: "{path} ← {tests}",
    },
  },
  options,
  check(change, opts) {
    if (change.labels.some((l) => opts.skip_labels.includes(l))) return [];
    const classify = classifier(opts);
    const sources: ChangedFile[] = [];
    const tests: ChangedFile[] = [];
    for (const f of change.files) {
      const kind = classify(f.path);
      if (kind === "test") tests.push(f);
      else if (kind === "source" && needsTests(f)) sources.push(f);
    }
    const out: RawFinding[] = [];
    const changedTests = tests.filter((t) => t.status !== "removed");
    // Index tests by the name they test, so pairing is linear in the number of files.
    const testsByStem = new Map<string, ChangedFile[]>();
    for (const t of changedTests) testsByStem.set(testStem(t.path), [...(testsByStem.get(testStem(t.path)) ?? []), t]);
    const imports = changedTests.map((t) => ({ test: t, modules: importedModules(t) }));
    const codeLines = sources.reduce((n, f) => n + codeLineCount(f), 0);
    if (codeLines >= opts.min_changed_lines) {
      for (const src of sources) {
        if (hasInFileTests(src)) {
          out.push({ messageId: "covered", data: { path: `\`${src.path}\``, tests: "its own #[cfg(test)] module" }, path: src.path, info: true });
          continue;
        }
        const candidates = sourceStems(src.path).flatMap((stem) => testsByStem.get(stem) ?? []);
        const byName = candidates.filter((t) => testCovers(t.path, src.path));
        const byImport = imports.filter((i) => !byName.includes(i.test) && importsSource(i.modules, src.path)).map((i) => i.test);
        const covering = opts.mode === "any" ? changedTests : [...byName, ...byImport];
        if (covering.length > 0) {
          out.push({ messageId: "covered", data: { path: `\`${src.path}\``, tests: covering.map((t) => `\`${t.path}\``).join(", ") }, path: src.path, info: true });
          continue;
        }
        const expected = expectedTests(src.path).map((p) => (p.startsWith("a #[cfg(test)]") ? p : `\`${p}\``)).join(" or ");
        out.push({ messageId: opts.mode === "any" ? "missingAnyTests" : "missingTests", path: src.path, data: { path: `\`${src.path}\``, expected } });
      }
    }
    if (opts.judge_tests) for (const t of changedTests) out.push(...judgeTests(t));
    return out;
  },
});

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

/** Deletions, pure renames and comment-only edits change no behaviour worth a test. */
function needsTests(f: ChangedFile): boolean {
  if (f.status === "removed" || f.additions === 0) return false;
  if (f.patchProblem && f.addedLines.length === 0) return true; // diff too large to read: assume real code
  return codeLineCount(f) > 0;
}

function codeLineCount(f: ChangedFile): number {
  if (f.patchProblem && f.addedLines.length === 0) return f.additions;
  return codeLinesOf(f).lines.filter(({ masked }) => masked.code.trim() !== "" && !masked.allString).length;
}

function hasInFileTests(f: ChangedFile): boolean {
  return languageOf(f.path) === "rust" && f.addedLines.some((l) => /#\[cfg\(test\)\]|#\[test\]/.test(l.text));
}

/**
 * Splits a test file's added lines into new test cases and flags the cases with no assertion.
 * A case is judged only when all of it is in view: from its declaration to its end (braces
 * balanced, or the indentation back out) on consecutive added lines. Otherwise its assertion
 * may sit in lines the diff does not show, and saying nothing beats a false alarm.
 */
function judgeTests(file: ChangedFile): RawFinding[] {
  const lang = languageOf(file.path);
  const syntax = testSyntaxFor(lang);
  if (!syntax || file.addedLines.length === 0) return [];
  const byIndent = lang === "python" || lang === "ruby";
  const masked = codeLinesOf(file).lines.map((l) => l.masked);
  const out: RawFinding[] = [];
  let current: { line: number; indent: number; depth: number; opened: boolean; asserted: boolean; skip: boolean } | undefined;
  let declared = 0;
  let skipped = 0;
  const skipLines: number[] = [];
  const finish = () => {
    if (current && !current.asserted && !current.skip) out.push({ messageId: "noAssertion", path: file.path, line: current.line });
    current = undefined;
  };
  masked.forEach(({ code }, i) => {
    const { line } = file.addedLines[i];
    if (current && line !== file.addedLines[i - 1].line + 1) current = undefined; // a gap: cannot judge
    const blank = code.trim() === "";
    const indent = code.length - code.trimStart().length;
    if (current && byIndent && !blank && indent <= current.indent && !/^\s*end\b/.test(code)) finish();
    if (syntax.focused?.test(code)) out.push({ messageId: "focused", path: file.path, line });
    const isSkip = syntax.skipped.test(code);
    if (isSkip) {
      skipped++;
      skipLines.push(line);
      if (current) current.skip = true;
    }
    if (syntax.declaration.test(code)) {
      if (current && !byIndent) current = undefined; // a new case before the last one closed: cannot judge it
      finish();
      declared++;
      current = { line, indent, depth: 0, opened: false, asserted: false, skip: isSkip || /\.todo\b/.test(code) || skipLines.includes(line - 1) };
    }
    if (!current) return;
    if (syntax.assertion.test(code.replace(syntax.declaration, " "))) current.asserted = true;
    if (byIndent) {
      if (lang === "ruby" && /^\s*end\b/.test(code) && indent === current.indent) finish();
      return;
    }
    for (const ch of code) {
      if (ch === "{" || ch === "(") {
        current.depth++;
        current.opened = true;
      } else if (ch === "}" || ch === ")") current.depth--;
    }
    if (current.opened && current.depth <= 0) finish();
  });
  // A case still open at the end of the added lines continues in lines we cannot see, unless the
  // file is new: then the added lines are the whole file.
  if (file.status === "added") finish();
  current = undefined;
  if (declared > 0 && skipped >= declared) out.push({ messageId: "onlySkipped", path: file.path, line: skipLines[0] });
  return out;
}
