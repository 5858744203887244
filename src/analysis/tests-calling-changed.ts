import type { FunctionFact } from "../syntax/facts.js";
import { namesOfLine, tellingName, wordPattern } from "./tests-used-already.js";
import { testNamedMostLike } from "./tests/test-name-match.js";

/**
 * The existing test that already calls the function a change edits, to name in a finding when no
 * test is named for the source (#11, session 17): NLog's `AssemblyExtensionLoader.cs` has no
 * `AssemblyExtensionLoaderTests.cs`, but `ExtensionTests.cs` calls
 * `AssemblyExtensionLoader.GetAutoLoadingFileLocations()`, the function the fix edits. A new
 * file "following" an unrelated test is misdirected advice (judged set 16); the test that runs the
 * code is where its regression test belongs.
 */

/** At most this many fresh lines are read for the functions that hold them. */
const MAX_FRESH_LINES = 2_000;

/** Constructors by the names the languages give them (PHP, JavaScript, Python, Ruby, Swift/Objective-C). */
const CONSTRUCTOR = /^(__construct|constructor|__init__|__new__|initialize|init)$/;

/**
 * The read test (in the order given: named for the source, then its package's) that names, as a
 * whole word, the function holding most of the fresh lines, among functions the file had at base
 * with a telling name; undefined when none does. Of several that name it, the one named most like
 * the source (see testNamedMostLike). Only functions: a class every test constructs
 * (`Twig_Environment`) says nothing about which test runs the lines.
 */
export function existingTestCalling(
  source: string,
  fresh: Set<number>,
  lines: string[],
  functions: FunctionFact[],
  had: (name: string) => boolean,
  tests: Array<{ path: string; text: string }>,
): { test: string; name: string } | undefined {
  if (tests.length === 0) return undefined;
  // A constructor is run by every test that builds the type, for whatever it tests: the test that
  // spells it out (symfony's `OutputTest.php`, whose stub output calls `parent::__construct`) is no
  // likelier the place than any other (judged weak on set 18). The other changed functions say more.
  const constructors = new Set(functions.filter((fn) => fn.kind === "constructor" || CONSTRUCTOR.test(fn.name)).map((fn) => fn.name));
  const counts = new Map<string, number>();
  for (const l of [...fresh].slice(0, MAX_FRESH_LINES)) {
    const fn = namesOfLine(l, lines, functions).functions[0];
    if (fn !== undefined && tellingName(fn) && had(fn) && !constructors.has(fn)) counts.set(fn, (counts.get(fn) ?? 0) + 1);
  }
  const byLines = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  for (const name of byLines) {
    const word = wordPattern(name);
    const test = testNamedMostLike(
      source,
      tests.filter((t) => word.test(t.text)),
    );
    if (test) return { test: test.path, name };
  }
  return undefined;
}
