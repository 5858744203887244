import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { testTexts } from "../tests-pinned-refactor.js";
import { existingTestCalling } from "../tests-calling-changed.js";
import { testedSiblingInChange } from "../tests-in-file-sibling.js";
import { newLogicFunction } from "../tests-rewrite-new-logic.js";
import { headText } from "../../syntax/change-facts.js";
import { hasTestsAtItsAddress, packageRootOf, type RepoLayout } from "../../text/test-layout.js";
import type { SourceContext } from "./source-context.js";
import { fileView } from "./file-view.js";

// Where a missing-tests finding sends its author, and on which line it sits.

/** What a Rust finding that would ask for a `#[cfg(test)]` module in a file without one names instead: the tests of the change's other file beside it (see testedSiblingInChange). */
export function testedSibling(f: ChangedFile, ctx: SourceContext): string | undefined {
  const sibling = testedSiblingInChange(
    f,
    ctx.sources,
    (p) => packageRootOf(p, ctx.layout),
    (s) => headText(s, ctx.found),
  );
  return sibling ? `the tests in \`${sibling}\`, which the change also edits` : undefined;
}

/**
 * What a finding that would ask for a new test (no test is named for the source) names instead: the
 * existing test that calls the function the change edits, when one read does (see existingTestCalling).
 */
export function callingTest(f: ChangedFile, fresh: Set<number>, layout: RepoLayout | undefined, found: Lookups): string | undefined {
  if (!layout) return undefined;
  const { facts, textLines: lines, had } = fileView(f, found);
  if (!facts || !lines) return undefined;
  const calling = existingTestCalling(f.path, fresh, lines, facts.functions, (n) => had.has(n), testTexts(f.path, layout, found));
  return calling ? `\`${calling.test}\`, which calls \`${calling.name}\`` : undefined;
}

/**
 * The rewrite writes a new function of real logic (see newLogicFunction) where the tests sit beside
 * the file (its package's tests, or a mirrored test folder): new behaviour in a tested package, not
 * a refactor of a harness nobody tests (hcl's `cmd/hclspecsuite/test_file.go`, judged set 14).
 */
export function writesNewLogic(f: ChangedFile, fresh: Set<number>, found: Lookups, layout: RepoLayout | undefined): boolean {
  const view = fileView(f, found);
  const facts = view.facts;
  if (!facts || !layout || !hasTestsAtItsAddress(f.path, layout)) return false;
  const had = view.had;
  return newLogicFunction(fresh, facts.functions, (n) => had.has(n)) !== undefined;
}

/** Where a file's new code starts: its first new function, else its first fresh line in a function, else its first fresh line. */
export function anchorLine(f: ChangedFile, fresh: Set<number>, found: Lookups): number | undefined {
  if (fresh.size === 0) return undefined;
  const functions = (fileView(f, found).facts?.functions ?? []).filter((fn) => fn.kind !== "lambda" && fn.kind !== "callback");
  const lines = [...fresh].sort((a, b) => a - b);
  const first = functions.filter((fn) => fresh.has(fn.start)).sort((a, b) => a.start - b.start)[0];
  return first?.start ?? lines.find((l) => functions.some((fn) => l >= fn.start && l <= fn.end)) ?? lines[0];
}
