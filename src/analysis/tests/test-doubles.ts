import type { Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import type { FunctionFact } from "../../syntax/facts.js";
import { tellingName, wordPattern } from "../tests-used-already.js";
import { familyOf } from "../../text/test-layout.js";

/**
 * A test double the change edits, of a type the source's new functions take or declare (#11, set
 * 22): AngleSharp's async events add `EnqueueAsync(this IEventLoop loop, …)` and, in the same
 * commit, make the tests' `StandingEventLoop : IEventLoop` mock run what is queued on it, rewriting
 * the MutationObserver tests around it. No test line names `EnqueueAsync`, yet the change did
 * update the tests for it: a reviewer who sees the double of the type the new code works on
 * changed does not say the source changed "without a change to its tests".
 */

/** At most this many characters of a test's text are read for its classes: a generated fixture declares nothing more. */
const MAX_TEST_TEXT = 100_000;

/** At most this many new functions' signatures are read for the types they take. */
const MAX_SIGNATURES = 200;

/**
 * A class that names the types it implements or extends: `class Fake : IClock` (C#, Kotlin, Swift),
 * `class Fake extends Clock implements Timer` (Java, TypeScript, PHP), `class Fake(Clock):` (Python),
 * `class Fake < Clock` (Ruby). The group is the rest of its header.
 */
const DOUBLE_HEADER = /\bclass\s+[\w$]+(?:\s*<[^>{\n]*>)?\s*(?:\([^)\n]*\)\s*)?((?::|\bextends\b|\bimplements\b|<|\()[^{\n]*)/g;

/** Words of a header that are no type's name. */
const HEADER_WORDS = /^(?:extends|implements|where|object|Object|public|private|internal|protected|sealed|abstract|open|final)$/;

/** The types each test's classes implement or extend, once per test and review. */
const doubledByTest = new WeakMap<ChangedFile, Set<string>>();

function doubledTypes(t: ChangedFile, found: Lookups): Set<string> {
  let known = doubledByTest.get(t);
  if (!known) {
    known = new Set();
    const text = (found.fileContents.get(t.path) ?? "").slice(0, MAX_TEST_TEXT);
    for (const m of text.matchAll(DOUBLE_HEADER))
      for (const word of m[1].match(/[A-Za-z_$][\w$]*/g) ?? []) if (!HEADER_WORDS.test(word) && tellingName(word)) known.add(word);
    doubledByTest.set(t, known);
  }
  return known;
}

/**
 * The first changed test of the source's language family (with added lines) that declares a double of a type the source's new
 * functions name in their signatures, or of a type the source's fresh code is in, with that type;
 * undefined when none. `code` are the telling names of the code the fresh lines declare or sit in.
 */
export function changedDoubleOf(
  source: string,
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  code: Set<string>,
  tests: ChangedFile[],
  found: Lookups,
): { test: string; type: string } | undefined {
  // A double in another language's tests is of another type, whatever its name.
  const family = familyOf(source);
  const live = tests.filter((t) => t.status !== "removed" && t.additions > 0 && familyOf(t.path) === family);
  if (live.length === 0 || fresh.size === 0) return undefined;
  // A signature runs to its body's opening line at most: the first line and the next two.
  const signatures = functions
    .filter((fn) => fresh.has(fn.start) && fn.kind !== "lambda" && fn.kind !== "callback")
    .slice(0, MAX_SIGNATURES)
    .map((fn) => lines.slice(fn.start - 1, Math.min(fn.end, fn.start + 2)).join(" "))
    .join("\n");
  for (const t of live) {
    for (const type of doubledTypes(t, found)) {
      if (code.has(type) || wordPattern(type).test(signatures)) return { test: t.path, type };
    }
  }
  return undefined;
}
