import type { Lookups } from "../engine/rule.js";
import type { ChangedFile } from "../model/change.js";
import { baseFacts, baseText, headText } from "../syntax/change-facts.js";
import type { FunctionFact, LanguageId } from "../syntax/facts.js";
import { lineFacts } from "../syntax/line-view.js";
import { existingTestsOf, type RepoLayout } from "../text/test-layout.js";
import { isPublic } from "./behaviour-change.js";
import { lineKey } from "./line-origin.js";
import { keepsSignaturesAndLiterals } from "./tests-covered-refactor.js";
import { keepsCallsAndOutputs, withoutComparisons } from "./tests-reorganised.js";

/**
 * A refactor into private helpers, or a rename, of code the file's existing tests already run
 * (#11, session 11): i18n's `extract_string_or_lambda_default!` renamed and rewritten while
 * `test/backend/fallbacks_test.rb` keeps running it through `translate`; a public method's loop
 * moved into a `_helper` it now calls. Judges called such findings "not worth saying": the code a
 * user reaches is the public code, its tests pinned what it did, and the change only reorganises
 * how it does it.
 *
 * The code has to show it is a refactor, not new behaviour in a helper (the judges agreed on "an
 * extracted helper with a bug ignoring its parameter"): the change deletes code and its fresh code
 * is made of what it deleted, modulo names. Every fresh line sits in a private function (by the
 * language's rules: Python `_name`, Ruby `private`, Java/Kotlin/C#/PHP `private`,
 * a JS/TS function not exported, a Go lowercase name), in a function that replaces one the change
 * renamed away, or in a function that was there, where it only swaps a deleted line for a call
 * (all its words come from deleted lines and the new functions' names). The file gains no
 * decision, writes no string or number it did not have, and the words of its fresh code, but for
 * the new names and locals, are the deleted code's. The caller checks that a test paired with
 * the file exists at head.
 */

/**
 * The tests paired with a source that a refactor of it leaves to run it, in words for the summary,
 * or undefined when the change is not one (see privateRefactor) or no test pairs with the file.
 */
export function testsRunningRefactor(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, found: Lookups): string | undefined {
  if (f.status !== "modified" || f.deletions === 0) return undefined;
  // The file's own tests, named for it: a Go package's other `_test.go` files test other files (see tests-pinned-refactor for those).
  const tests = existingTestsOf(f.path, layout);
  if (tests.length === 0) return undefined;
  const facts = lineFacts(f, found);
  const base = baseFacts(f, found);
  const text = headText(f, found);
  const before = baseText(f, found);
  if (!facts || !base || text === undefined || before === undefined) return undefined;
  const input = {
    language: facts.language,
    fresh,
    lines: text.split("\n"),
    functions: facts.functions,
    baseLines: before.split("\n"),
    baseFunctions: base.functions,
  };
  const names = privateRefactor(input);
  if (!names) return undefined;
  const quoted = (xs: string[]) =>
    xs
      .slice(0, 3)
      .map((x) => `\`${x}\``)
      .join(", ");
  return `${quoted(tests)}, which ran this code before the change: it moves it into ${quoted(names)} without a new branch, literal or word`;
}

/** Share of the fresh code's distinct words (new names and locals aside) that must come from the deleted code. */
const FROM_DELETED = 0.85;
/** Share of the deleted code's distinct words that must reappear in the fresh code: the deleted lines moved, not vanished. */
const REAPPEARS = 0.5;

/** The file, at base and head, with the change's fresh lines. */
export interface RefactorInput {
  language: LanguageId;
  fresh: Set<number>;
  lines: string[];
  functions: FunctionFact[];
  baseLines: string[];
  baseFunctions: FunctionFact[];
}

/**
 * The helpers and renamed functions a refactor writes (see the file's comment), or undefined when
 * the change is not one.
 */
export function privateRefactor(input: RefactorInput): string[] | undefined {
  const { fresh, lines, functions, baseFunctions } = input;
  const deleted = deletedCode(input.baseLines, lines);
  if (deleted.length === 0 || fresh.size === 0) return undefined;
  const written = newFunctions(input);
  if (!written || written.fresher.length === 0) return undefined;
  // No new decision: the helper's branches are those the callers gave up.
  const decisions = (fns: FunctionFact[]) => fns.reduce((n, fn) => n + fn.decisions, 0);
  if (decisions(functions) > decisions(baseFunctions)) return undefined;
  if (!keepsSignaturesAndLiterals(fresh, lines, input.baseLines.join("\n"), [], new Set())) return undefined;
  return madeOfDeleted(input, deleted, written) ? written.fresher.map((fn) => fn.name) : undefined;
}

/** The functions the change writes, and which of them are private; undefined when it writes more public ones than it renamed away. */
function newFunctions(input: RefactorInput): { fresher: FunctionFact[]; had: Set<string>; isPrivate: (fn: FunctionFact) => boolean } | undefined {
  const { fresh, lines, functions, baseFunctions } = input;
  const named = (fns: FunctionFact[]) => fns.filter((fn) => fn.kind !== "lambda" && fn.kind !== "callback");
  const had = new Set(baseFunctions.map((fn) => fn.name));
  const headNames = new Set(named(functions).map((fn) => fn.name));
  const renamedAway = named(baseFunctions).filter((fn) => !headNames.has(fn.name)).length;
  const fresher = named(functions).filter((fn) => !had.has(fn.name) && fresh.has(fn.start));
  // By the function's own mark only: a `_models.py` module's classes are re-exported as the package's API.
  const isPrivate = (fn: FunctionFact) => !isPublic(fn, input.language, lines, functions);
  // New public functions only in place of ones the change renamed away.
  return fresher.filter((fn) => !isPrivate(fn)).length > renamedAway ? undefined : { fresher, had, isPrivate };
}

/**
 * Whether the fresh code is the deleted code, modulo names: it calls only what the deleted lines
 * called, most of its words are theirs, half of theirs reappear, and a line in a public function
 * that was there has no word of its own.
 */
function madeOfDeleted(
  input: RefactorInput,
  deleted: string[],
  written: { fresher: FunctionFact[]; had: Set<string>; isPrivate: (fn: FunctionFact) => boolean },
): boolean {
  const { fresh, lines, functions } = input;
  const freshLines = [...fresh].map((l) => lines[l - 1] ?? "");
  // Names are free to change: the new functions' own, their parameters (their declarations' words) and the locals the fresh lines declare.
  const names = new Set([...written.fresher.flatMap((fn) => [fn.name, ...wordsOf(lines[fn.start - 1] ?? "")]), ...freshLines.flatMap(localsOf)]);
  // Ruby's `extract!(` is read as a call of `extract`; a `!=` is no call of the word before it.
  const callable = new Set([...names].map((n) => n.replace(/[?!]$/, "")));
  if (!keepsCallsAndOutputs(freshLines.map(withoutComparisons), deleted.join("\n"), callable)) return false;
  const deletedWords = new Set(deleted.flatMap(wordsOf));
  const named = functions.filter((fn) => fn.kind !== "lambda" && fn.kind !== "callback");
  const freshWords = new Set<string>();
  for (const l of fresh) {
    const words = wordsOf(lines[l - 1] ?? "").filter((w) => !names.has(w));
    const fn = innermost(l, named);
    // In a public function that was there, a line only swaps deleted code for a call: nothing of its own.
    if (fn && written.had.has(fn.name) && !written.isPrivate(fn) && words.some((w) => !deletedWords.has(w))) return false;
    for (const w of words) freshWords.add(w);
  }
  const fromDeleted = [...freshWords].filter((w) => deletedWords.has(w)).length;
  const allFresh = new Set(freshLines.flatMap(wordsOf));
  const reappear = [...deletedWords].filter((w) => allFresh.has(w)).length;
  return fromDeleted >= freshWords.size * FROM_DELETED && reappear >= deletedWords.size * REAPPEARS;
}

/** The base's code lines the head no longer has (as many times as they went), comments and brackets aside. */
function deletedCode(baseLines: string[], lines: string[]): string[] {
  const kept = new Map<string, number>();
  for (const l of lines) kept.set(lineKey(l), (kept.get(lineKey(l)) ?? 0) + 1);
  const out: string[] = [];
  for (const l of baseLines) {
    const key = lineKey(l);
    const n = kept.get(key) ?? 0;
    if (n > 0) kept.set(key, n - 1);
    else if (!COMMENT_OR_BRACKETS.test(l)) out.push(l);
  }
  return out;
}

const COMMENT_OR_BRACKETS = /^\s*(#|\/\/|\/\*|\*|--|[{}()[\];,]*\s*$)/;

/** The identifiers of a line (Ruby's `extract!` and `empty?` whole), its strings aside. */
function wordsOf(text: string): string[] {
  return text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, "").match(/[A-Za-z_$][\w$]*[?!]?/g) ?? [];
}

/** A local the line declares: `const x`, `let x`, `var x`, `val x`, or `x =` / `x :=`. */
const LOCAL = /\b(?:const|let(?:\s+mut)?|var|val|auto)\s+([A-Za-z_$][\w$]*)|(?:^|[\s,(])([A-Za-z_$][\w$]*)\s*:?=(?![=>~])/g;

function localsOf(text: string): string[] {
  return [...text.matchAll(LOCAL)].map((m) => m[1] ?? m[2]);
}

/** The innermost named function that holds the line. */
function innermost(line: number, functions: FunctionFact[]): FunctionFact | undefined {
  let best: FunctionFact | undefined;
  for (const fn of functions) if (line >= fn.start && line <= fn.end && (!best || fn.start >= best.start)) best = fn;
  return best;
}
