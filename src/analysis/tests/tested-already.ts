import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { testGeneratingMacroExtended } from "../tests-macro-generated.js";
import { changedTestsNaming, freshCodeNames } from "../tests-naming-changed.js";
import { changedDoubleOf } from "./test-doubles.js";
import { testWrittenFirst } from "../tests-written-first.js";
import { messageAssertedBefore } from "../tests-message-asserted.js";
import { testsToRead } from "../tests-named-already.js";
import { docsExampleNaming, docsTestOf } from "../tests-docs-examples.js";
import { copiedFromSibling, roleSiblings } from "../tests-sibling-pattern.js";
import { newCasesInTestProject } from "../tests-project-cases.js";
import { lineFacts } from "../../syntax/line-view.js";
import { baseText } from "../../syntax/change-facts.js";
import { packageRootOf, type RepoLayout } from "../../text/test-layout.js";
import type { SourceContext } from "./source-context.js";
import { readTests } from "./tested-before.js";
import { namedList } from "./named-list.js";
import { fileView } from "./file-view.js";

// Tests the change or the repository already has for a source's new code, in words for the summary.

/** The sibling of the same role whose lines the file's fresh code copies (see copiedFromSibling), if laterNeeds read it. */
export function siblingCopied(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, found: Lookups, changed: Set<string>): string | undefined {
  const siblings = readTests(roleSiblings(f.path, f.additions, layout, changed), found);
  const lines = siblings.length > 0 ? fileView(f, found).textLines : undefined;
  return lines === undefined ? undefined : copiedFromSibling(fresh, lines, siblings);
}

/** The changed tests, anywhere, that name code the source's fresh lines declare or sit in (see changedTestsNaming), in words for the summary. */
export function testsNamingItsCode(f: ChangedFile, fresh: Set<number>, tests: ChangedFile[], found: Lookups): string | undefined {
  const view = tests.length > 0 ? fileView(f, found) : undefined;
  const facts = view?.textLines === undefined ? undefined : view.facts;
  if (view?.textLines === undefined || !facts) return undefined;
  const hits = changedTestsNaming(f, fresh, view.textLines, facts.functions, tests);
  if (hits.length === 0) return doubleChanged(f.path, fresh, view.textLines, facts.functions, tests, found);
  return `${namedList(hits.map((h) => `\`${h.test}\` (names \`${h.name}\`)`))}, changed in the same change`;
}

/** A changed test double of a type the source's new code takes or declares (see changedDoubleOf), in words for the summary. */
function doubleChanged(path: string, fresh: Set<number>, lines: string[], functions: FunctionFact[], tests: ChangedFile[], found: Lookups): string | undefined {
  const hit = changedDoubleOf(path, fresh, lines, functions, freshCodeNames(fresh, lines, functions), tests, found);
  return hit && `\`${hit.test}\` (a double of \`${hit.type}\`, which its new code works on), changed in the same change`;
}

/** New cases in a project of tests, tied to the change by the issue it cites or to the source by its new code's names (see newCasesInTestProject). */
export function casesInTestProject(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, ctx: SourceContext): ChangedFile | undefined {
  const names = fileView(f, ctx.found).freshNames(fresh);
  return newCasesInTestProject(
    f.path,
    ctx.changedTests,
    (p) => packageRootOf(p, layout),
    (t) => lineFacts(t, ctx.found)?.tests,
    { cited: ctx.cited, names },
  );
}

/** A documentation example the change adds, which names the source's new code and which the repository's docs test runs (see docsExampleNaming), in words for the summary. */
export function docsExampleRunByTests(f: ChangedFile, fresh: Set<number>, files: ChangedFile[], layout: RepoLayout, found: Lookups): string | undefined {
  const runner = docsTestOf(layout);
  if (!runner || files.length === 0) return undefined;
  const view = fileView(f, found);
  if (view.text === undefined || !view.facts) return undefined;
  const hit = docsExampleNaming(view.freshNames(fresh), files);
  return hit && `the example in \`${hit.page}\` (names \`${hit.name}\`), which \`${runner}\` runs`;
}

/** The existing test written for the feature before its code (see testWrittenFirst), in words for the summary. */
export function writtenFirst(f: ChangedFile, layout: RepoLayout, found: Lookups): string | undefined {
  const hit = testWrittenFirst(
    f.path,
    f.addedLines.map((l) => l.text),
    baseText(f, found),
    layout,
  );
  return hit && `\`${hit.test}\`, the test of its new \`${hit.word}\` code, there before the change`;
}

/** The existing test that asserts a message the file's fresh code raises (see messageAssertedBefore), in words for the summary. */
export function messageTested(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, found: Lookups): string | undefined {
  const tests = readTests(testsToRead([f.path], layout), found);
  const lines = tests.length > 0 ? fileView(f, found).textLines : undefined;
  const hit = lines && messageAssertedBefore(fresh, lines, tests);
  return hit && `\`${hit.test}\`, which asserted its message \`${hit.message}\` before the change`;
}

/** The Rust macro whose table the change extends and which writes a test for every entry, if any. */
export function macroTested(f: ChangedFile, found: Lookups): string | undefined {
  const text = f.path.endsWith(".rs") ? fileView(f, found).text : undefined;
  return text === undefined
    ? undefined
    : testGeneratingMacroExtended(
        text,
        f.addedLines.map((l) => l.line),
      );
}
