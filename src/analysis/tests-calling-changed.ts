import type { FunctionFact } from "../syntax/facts.js";
import { namesOfLine, tellingName, wordPattern } from "./tests-used-already.js";
import { testNamedMostLike } from "./tests/test-name-match.js";
import { escapeRegExp } from "../text/escape-regexp.js";

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
    const owners = ownerNames(source, lines, functions.find((fn) => fn.name === name)?.start);
    const test = testNamedMostLike(
      source,
      tests.filter((t) => word.test(t.text) && reaches(source, t, owners)),
    );
    if (test) return { test: test.path, name };
  }
  return undefined;
}

/** A type declared before a function (the nearest), by the keywords the languages use. */
const TYPE_DECLARATION = /\b(?:class|struct|interface|object|record|trait|enum|module|impl(?:<[^>]*>)?(?:\s+\w+(?:<[^>]*>)?\s+for)?)\s+([A-Z]\w{2,})/;
const MAX_LOOK_BACK = 2_000;

/**
 * What a test must name to reach the function's code when it is not beside it: the source file's
 * stem (a module imported by name: `from peewee import`, `'../src/dom'`) or the type holding the
 * function (`CompilationHelper.CreateCompilationFromAssembly`). A method name alone is everyone's:
 * drizzle's `mapFromDriverValue` is on every column type, and a Postgres array test that calls it
 * was named for a SQLite blob fix (judged *wrong*, set 28); akka.net's `OnPush`, on every stage
 * (set 27).
 */
function ownerNames(source: string, lines: string[], start: number | undefined): RegExp[] {
  const base = source.slice(source.lastIndexOf("/") + 1);
  const stem = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
  const names: RegExp[] = stem.length >= 3 ? [new RegExp(`(^|[^\\w$])${escapeRegExp(stem)}(?![\\w$])`, "i")] : [];
  for (let i = (start ?? 1) - 1; i >= Math.max(0, (start ?? 1) - 1 - MAX_LOOK_BACK); i--) {
    const m = TYPE_DECLARATION.exec(lines[i] ?? "");
    if (m) {
      names.push(wordPattern(m[1]));
      break;
    }
  }
  return names;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);

/** A test beside the source (Go's package, a folder's own `test.ts`) reaches it without naming it; another must name its file or type. */
function reaches(source: string, test: { path: string; text: string }, owners: RegExp[]): boolean {
  return folderOf(test.path) === folderOf(source) || owners.some((re) => re.test(test.text));
}
