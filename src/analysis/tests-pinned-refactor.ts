import { mainSourceNamedLikeTest, unsuffixedHelper } from "../text/test-layout/not-a-test.js";
import type { Lookups } from "../engine/rule.js";
import type { FunctionFact } from "../syntax/facts.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts, baseText, headText } from "../syntax/change-facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { packageTestsOf, type RepoLayout } from "../text/test-layout.js";
import { behaviourChange } from "./behaviour-change.js";
import { baseView, headView } from "./function-code.js";
import { branchesOf } from "./tests-branches.js";
import { keepsSignaturesAndLiterals } from "./tests-covered-refactor.js";
import { MAX_PACKAGE_TESTS, testsToRead } from "./tests-named-already.js";
import type { RemovedFunction } from "./tests-moved-functions.js";
import { keepsCallsAndOutputs } from "./tests-reorganised.js";
import { MAX_TEST_TEXT, testsUsingLines, wordPattern } from "./tests-used-already.js";

/**
 * A refactor whose code existing tests already run (#11, session 9): a rename that updates its
 * callers, logic moved between a type's members or from a sibling file, a data class turned into
 * hand-written `equals`. The code has to show it is one: the change rewrites a file that was there
 * (it deletes lines too), adds no branch to it, writes no public function beyond overrides, the ones it
 * renamed and getters of members it had (see accessorOf), and
 * its fresh lines write no string or number and call nothing that neither the file nor the
 * change's other sources had before. Then an existing test of the file or its package must use
 * every piece of code the fresh lines sit in (see testsUsingLines).
 *
 * Whether the change's sources are rewrites is all laterNeeds knows before the texts are read:
 * see rewritesCode.
 */

/** A source the change rewrites rather than only extends: modified in place, with lines deleted. */
export function rewritesCode(f: ChangedFile): boolean {
  return (f.status === "modified" || f.status === "renamed") && f.deletions > 0 && f.additions > 0;
}

/** A declaration that overrides a member of a supertype (`override fun equals`, `@Override`, C# `override`): the contract is the type's. */
const OVERRIDE = /\boverride\b|@Override\b/;

/**
 * The tests that use the code a refactor rewrites, in words for the summary (`` `IOCaseTest.java` (uses `ScratchBytes`) ``),
 * or undefined when the change is not a refactor by its code, or no test read uses every part of it.
 */
export function testsPinningRefactor(
  f: ChangedFile,
  fresh: Set<number>,
  addedCode: Set<number>,
  ctx: { found: Lookups; layout: RepoLayout; sources: ChangedFile[]; moved: RemovedFunction[] },
): string | undefined {
  const { found } = ctx;
  if (!rewritesCode(f) || fresh.size === 0) return undefined;
  const base = baseText(f, found);
  const text = headText(f, found);
  const facts = lineFacts(f, found);
  if (base === undefined || text === undefined || !facts) return undefined;
  const lines = text.split("\n");
  const b = behaviourChange(f, found, fresh, addedCode, ctx.moved);
  const baseFileFacts = baseFacts(f, found);
  if (!b || !baseFileFacts) return undefined;
  // No new path: an `&&` added to a condition is none, a new `if`, loop, case or ternary is one.
  const branches = (fns: typeof facts.functions, view: ReturnType<typeof headView>, of: typeof facts) => fns.reduce((n, fn) => n + branchesOf(fn, view, of), 0);
  if (branches(facts.functions, headView(f, found), facts) > branches(baseFileFacts.functions, baseView(f, found), baseFileFacts)) return undefined;
  // New API, unless it overrides a supertype's or replaces a function the change renamed away.
  const headNames = new Set(facts.functions.map((fn) => fn.name));
  const renamedAway = new Set(baseFileFacts.functions.filter((fn) => /^[\w$]+$/.test(fn.name) && !headNames.has(fn.name)).map((fn) => fn.name));
  const overrides = (name: string) =>
    facts.functions.some((fn) => fn.name === name && lines.slice(Math.max(0, fn.start - 3), fn.start).some((l) => OVERRIDE.test(l)));
  const getters = facts.functions.filter((fn) => fresh.has(fn.start) && accessorOf(fn, lines, wordIn(base)));
  const api = b.newFunctions.filter((name) => !overrides(name) && !getters.some((fn) => fn.name === name));
  if (new Set(api).size > renamedAway.size) return undefined;
  // What the code had before: the file, and the change's other sources, where moved code comes from.
  const before = [base, ...ctx.sources.filter((s) => s !== f).map((s) => baseText(s, found) ?? "")].join("\n");
  if (!keepsSignaturesAndLiterals(fresh, lines, before, [], new Set())) return undefined;
  // A getter's copy (`.clone()`) is part of handing the member out: the callers get what they got.
  const inGetter = (l: number) => getters.some((fn) => l >= fn.start && l <= fn.end);
  const called = [...fresh].filter((l) => !inGetter(l)).map((l) => lines[l - 1] ?? "");
  if (!keepsCallsAndOutputs(called, before, headNames)) return undefined;
  const uses = testsUsingLines(fresh, lines, facts.functions, wordIn(base), testTexts(f.path, ctx.layout, found));
  if (!uses) return undefined;
  const byTest = new Map<string, string[]>();
  for (const u of uses) byTest.set(u.test, [...(byTest.get(u.test) ?? []), `\`${u.name}\``]);
  return [...byTest]
    .slice(0, 3)
    .map(([t, names]) => `\`${t}\` (uses ${names.slice(0, 3).join(", ")})`)
    .join(", ")
    .concat(", which ran this code before the change: it reorganises it without a new function, literal or call");
}

/** `return NOFOLLOW_LINK_OPTION_ARRAY.clone();`: a getter's body that hands out a member, or a copy of it. */
const RETURNS_MEMBER = /^\{?\s*return\s+(?:this\.|self\.|@)?([A-Za-z_$][\w$]*)(?:\.(?:clone|copy|dup|slice|toArray|asReadOnly)\(\s*\))?\s*;?\s*\}?$/;

/**
 * A new getter for a member the file already had (commons-io's `noFollowLinkOptionArray()` for the
 * constant it deprecates): the callers the change moves to it read what they read before.
 */
function accessorOf(fn: FunctionFact | undefined, lines: string[], had: (name: string) => boolean): boolean {
  if (!fn || fn.end - fn.start > 4) return false;
  const text = lines.slice(fn.start - 1, fn.end).join(" ");
  const body = text.slice(text.search(/[{:]|=>/) + 1).trim();
  const member = RETURNS_MEMBER.exec(body.replace(/^[{:>]\s*/, "{ "));
  return member !== null && had(member[1]);
}

/** Whether a name is a word of the text. */
function wordIn(text: string): (name: string) => boolean {
  return (name) => wordPattern(name).test(text);
}

/** The texts read of the source's tests (named for it, then its package's), up to MAX_TEST_TEXT characters in all. */
export function testTexts(path: string, layout: RepoLayout, found: Lookups): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  let size = 0;
  for (const t of new Set([...testsToRead([path], layout), ...packageTestsOf(path, layout, MAX_PACKAGE_TESTS)])) {
    const text = found.fileContents.get(t);
    // A helper among the tests, or a library's class named like one (see not-a-test.ts): no test to send anyone to.
    if (text === undefined || unsuffixedHelper(t, layout) || mainSourceNamedLikeTest(t, layout)) continue;
    if (size + text.length > MAX_TEST_TEXT) break;
    size += text.length;
    out.push({ path: t, text });
  }
  return out;
}
