import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { MIN_NEW_DECISIONS } from "../behaviour-change.js";
import { extractedHelper } from "../tests-extraction.js";
import { booleanMatchExtras } from "../boolean-match-arms.js";
import { keepsCallsAndOutputs } from "../tests-reorganised.js";
import { keepsSignaturesAndLiterals } from "../tests-covered-refactor.js";
import { onlyDefensiveGuards } from "../tests-defensive-guards.js";
import { onlyConstantHooks } from "../tests-constant-hooks.js";
import { onlySmallFunction } from "../tests-small-addition.js";
import { onlyUnusedOneLiners } from "../tests-unused-one-liners.js";
import { callersOfExtracted } from "../tests-extracted-call.js";
import type { FunctionFact, LanguageId } from "../../syntax/facts.js";
import { baseText, headText } from "../../syntax/change-facts.js";
import { hasTestsAtItsAddress, type RepoLayout } from "../../text/test-layout.js";
import type { AskContext, HeadRead, Weighed } from "./asks-for-tests.js";
import { fileView } from "./file-view.js";

// New code small or plain enough that the tests of the code around it already run it.

/** New code small enough, or guarded enough, that the tests of the code around it already run it. */
export function testedThroughOthers(f: ChangedFile, b: Weighed, rest: Set<number>, read: HeadRead, ctx: AskContext): boolean {
  const { textLines, facts } = read;
  // A decisionless function taken out of one that was there and now calls it: the caller's tests run it.
  if (b.newDecisions === 0 && textLines && facts && extractedIntoCaller(f, rest, textLines, facts.functions, b.newFunctions, ctx)) return true;
  // One new function of a few lines, without arguments, that decides at most once (a version accessor, a cache reset): too small to ask a test for.
  if (b.newDecisions <= 1 && textLines && onlySmallFunction(rest, b.newFunctions, facts?.functions ?? [], textLines)) return true;
  // One-line package-private helpers nothing calls yet (see tests-unused-one-liners): their tests come with their callers.
  if (textLines && facts && b.newFunctions.length > 0 && unusedOneLiners(f, rest, b, textLines, facts, ctx)) return true;
  // Null checks that fall back to a default or leave early guard a case the callers do not reach.
  if (b.newFunctions.length === 0 && textLines && onlyDefensiveGuards(rest, textLines)) return true;
  if (b.newFunctions.length === 0 && b.newDecisions < MIN_NEW_DECISIONS) return true;
  return rewrittenUnderTests(f, b, rest, read, ctx);
}

/** A rewrite the file's tests pin, hooks that return constants, a reorganisation, or a helper extracted from a caller. */
function rewrittenUnderTests(f: ChangedFile, b: Weighed, rest: Set<number>, { textLines, facts }: HeadRead, ctx: AskContext): boolean {
  if (b.newFunctions.length === 0 && !ctx.behaviourWords && textLines && coveredRewrite(f, rest, textLines, facts?.functions ?? [], ctx)) return true;
  if (b.newDecisions === 0 && textLines && constantHooksOnly(f, b.newFunctions, facts?.functions ?? [], textLines, ctx.found)) return true;
  if (ctx.reorganised && textLines && reorganisedOnly(f, b, rest, textLines, facts?.functions ?? [], ctx.found)) return true;
  // Logic moved into a method whose name the file already had (`FormData.close` beside `UploadFile.close`)
  // adds no new function: the functions its fresh lines sit in are the helper then.
  const helpers = b.newFunctions.length > 0 ? b.newFunctions : functionsHolding(rest, facts?.functions ?? []);
  // A `match` on a boolean counts one decision more than the `if` it was moved from (see boolean-match-arms).
  const gained = textLines ? Math.max(0, b.newDecisions - booleanMatchExtras(rest, textLines)) : b.newDecisions;
  return extractedHelper(f, helpers, gained, ctx.sources, ctx.found);
}

/** The texts at head of the changed sources but `f`, read one at a time as the caller asks. */
function* otherTexts(f: ChangedFile, ctx: { found: Lookups; sources: ChangedFile[] }): Iterable<string> {
  for (const s of ctx.sources) if (s !== f) yield headText(s, ctx.found) ?? "";
}

/** The new functions hold every fresh line that sits in a function, and are unused one-liners (see onlyUnusedOneLiners). */
function unusedOneLiners(
  f: ChangedFile,
  fresh: Set<number>,
  b: { newFunctions: string[]; newDecisions: number },
  lines: string[],
  facts: { language: LanguageId; functions: FunctionFact[] },
  ctx: { found: Lookups; sources: ChangedFile[] },
): boolean {
  const fns = facts.functions.filter((fn) => b.newFunctions.includes(fn.name) && fresh.has(fn.start));
  if (fns.length < new Set(b.newFunctions).size) return false;
  return onlyUnusedOneLiners(fns, b.newDecisions, facts.language, lines, facts.functions, () => otherTexts(f, ctx));
}

/**
 * A rewrite that adds no public function, keeps the signatures of the functions that were there and
 * writes no new string or number, of a file the repository's tests already sit beside (named for
 * it, its Go package's, or in the folder that mirrors its own): those tests pin what it does, and
 * a reviewer asks for nothing more (see keepsSignaturesAndLiterals). Unless the title says it
 * reorganises or speeds up (a new iterator or builder is how), it must call nothing new either:
 * a call the file never made (`checkHostAndAddHeaders`, `GetProperties`) is new behaviour.
 */
function coveredRewrite(
  f: ChangedFile,
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  ctx: { found: Lookups; layout: RepoLayout | undefined; reorganised: boolean },
): boolean {
  const base = baseText(f, ctx.found);
  if (!ctx.layout || base === undefined || !hasTestsAtItsAddress(f.path, ctx.layout)) return false;
  const baseNames = fileView(f, ctx.found).had;
  if (!keepsSignaturesAndLiterals(fresh, lines, base, functions, baseNames)) return false;
  return (
    ctx.reorganised ||
    keepsCallsAndOutputs(
      [...fresh].map((l) => lines[l - 1] ?? ""),
      base,
      new Set(functions.filter((fn) => baseNames.has(fn.name)).map((fn) => fn.name)),
    )
  );
}

/**
 * New functions that decide nothing, each called on an added line by a function the change's
 * sources had before (see callersOfExtracted), where the fresh code outside their declarations
 * writes no new string or number and calls nothing the change's sources did not have.
 */
function extractedIntoCaller(
  f: ChangedFile,
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  names: string[],
  ctx: { found: Lookups; sources: ChangedFile[] },
): boolean {
  const fns = functions.filter((fn) => names.includes(fn.name) && fresh.has(fn.start));
  if (fns.length === 0 || fns.length < new Set(names).size) return false;
  if (!callersOfExtracted(f, fns, lines, ctx.sources, ctx.found)) return false;
  const rust = f.path.endsWith(".rs");
  // A Rust lifetime (`'a`) is no quote: without it, `impl<'a> Chain<'a>` holds no string.
  const plain = (text: string) => (rust ? text.replace(/'[A-Za-z_]\w*\b(?!')/g, "") : text);
  const before = plain([baseText(f, ctx.found) ?? "", ...ctx.sources.filter((s) => s !== f).map((s) => baseText(s, ctx.found) ?? "")].join("\n"));
  const body = new Set([...fresh].filter((l) => !fns.some((fn) => fn.start === l)));
  const plainLines = lines.map(plain);
  if (!keepsSignaturesAndLiterals(body, plainLines, before, [], new Set())) return false;
  const bodyText = [...body].map((l) => plainLines[l - 1] ?? "");
  if (!keepsCallsAndOutputs(bodyText, before, new Set(functions.map((fn) => fn.name)))) return false;
  // Nor names a type or value the code did not have (`HashWithIndifferentAccess.new(…)`): only its own parameters and locals are new.
  const locals = bodyText.flatMap((line) => [...line.matchAll(LOCAL_DECLARATION)].map((m) => m[1] ?? m[2]));
  const known = new Set([...wordsOf(before), ...fns.flatMap((fn) => wordsOf(plainLines[fn.start - 1] ?? "")), ...functions.map((fn) => fn.name), ...locals]);
  return bodyText.every((line) => wordsOf(line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "")).every((w) => known.has(w)));
}

/** A local the body declares: `const x`, `let mut x`, `val x`, `var x`, or `x =` / `x :=` (Python, Ruby, Go). */
const LOCAL_DECLARATION = /\b(?:const|let(?:\s+mut)?|var|val|auto|my)\s+([A-Za-z_$][\w$]*)|(?:^|[\s,(])([A-Za-z_$][\w$]*)\s*:?=(?![=>])/g;

/** The identifiers of a text. */
function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z_$][\w$]*/g) ?? [];
}

/** The new functions only return constants the file had: hooks a subclass may override (see onlyConstantHooks). */
function constantHooksOnly(
  f: ChangedFile,
  names: string[],
  functions: Array<{ name: string; start: number; end: number }>,
  lines: string[],
  found: Lookups,
): boolean {
  const base = baseText(f, found);
  if (base === undefined || names.length === 0) return false;
  const fns = functions.filter((fn) => names.includes(fn.name));
  return fns.length >= names.length && onlyConstantHooks(fns, lines, base);
}

/**
 * A change its title calls a refactor or a speed-up, and whose code agrees: no new API beyond what
 * it extracted (the file's decisions did not grow), and its fresh lines call and print nothing the
 * file did not (a dictionary turned into a switch, an allocation made lazy, a method extracted).
 */
function reorganisedOnly(
  f: ChangedFile,
  b: { newFunctions: string[]; newDecisions: number },
  fresh: Set<number>,
  lines: string[],
  functions: Array<{ name: string }>,
  found: Lookups,
): boolean {
  if (b.newFunctions.length > 0 && b.newDecisions > 0) return false;
  const base = baseText(f, found);
  if (base === undefined) return false;
  const freshText = [...fresh].map((l) => lines[l - 1] ?? "");
  return keepsCallsAndOutputs(freshText, base, new Set(functions.map((fn) => fn.name)));
}

/** The names of the functions that hold any of the lines. */
function functionsHolding(lines: Set<number>, functions: Array<{ name: string; start: number; end: number }>): string[] {
  return functions.filter((fn) => /^[\w$]+$/.test(fn.name) && [...lines].some((l) => l >= fn.start && l <= fn.end)).map((fn) => fn.name);
}
