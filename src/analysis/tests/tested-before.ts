import { type Lookups } from "../../engine/rule.js";
import type { ChangedFile } from "../../model/change.js";
import { isPublic } from "../behaviour-change.js";
import { calledAlready, MAX_PACKAGE_TESTS, testedAlready, testsToRead } from "../tests-named-already.js";
import { tellingName } from "../tests-used-already.js";
import type { FunctionFact, LanguageId } from "../../syntax/facts.js";
import { packageTestsOf, type RepoLayout } from "../../text/test-layout.js";
import { namedList } from "./named-list.js";
import { fileView } from "./file-view.js";

// Tests the repository had before the change for the functions it writes, in words for the summary.

/**
 * The tests the repository had before the change for every function the change writes into a
 * source (`TestSkipUnless` for a new `skipUnless`), in words for the summary; undefined unless
 * all of the change's code in functions sits in new functions that existing tests name (see
 * tests-named-already), or, for a new file, that they already call (see apiCalledAlready). The
 * tests named for the source are read, and its package's when laterNeeds read them. Code that
 * changes a function already there is judged as before.
 */
export function testedBefore(f: ChangedFile, fresh: Set<number>, layout: RepoLayout, found: Lookups): string | undefined {
  // The tests first: with none to read, no function can be named in one, and the file need not be parsed.
  const named = readTests(testsToRead([f.path], layout), found);
  // And its package's, when laterNeeds read them (tenacity's `tenacity/tests/test_tenacity.py` for `tenacity/wait.py`).
  const pkg = readTests(
    packageTestsOf(f.path, layout, MAX_PACKAGE_TESTS).filter((t) => !named.some((n) => n.path === t)),
    found,
  );
  if (named.length + pkg.length === 0) return undefined;
  const view = fileView(f, found);
  const facts = view.facts;
  if (!facts || fresh.size === 0) return undefined;
  const had = view.had;
  const fnNamed = facts.functions.filter((fn) => /^[\w$]+$/.test(fn.name) && fn.kind !== "lambda" && fn.kind !== "callback");
  const fresher = fnNamed.filter((fn) => !had.has(fn.name) && fresh.has(fn.start));
  if (fresher.length === 0) return undefined;
  const inFunction = (l: number) => facts.functions.some((fn) => l >= fn.start && l <= fn.end);
  const inFresher = (l: number) => fresher.some((fn) => l >= fn.start && l <= fn.end);
  if ([...fresh].some((l) => inFunction(l) && !inFresher(l))) return undefined;
  // Only the outermost new functions: a nested helper is tested through the function that holds it.
  const outer = fresher.filter((fn) => !fresher.some((o) => o !== fn && o.start <= fn.start && o.end >= fn.end));
  const names = outer.map((fn) => fn.name);
  // A package's tests name many functions: only telling names say a test there is this one's.
  const hits = testedAlready(names, named) ?? (pkg.length > 0 && names.every(tellingName) ? testedAlready(names, [...named, ...pkg]) : undefined);
  if (hits) {
    const files = [...new Set(hits.map((h) => h.test))];
    return `${namedList(files.map((t) => `\`${t}\``))}, whose tests of ${namedList(hits.map((h) => `\`${h.fn}\``))} were there before the change`;
  }
  return f.status === "added" ? apiCalledAlready(f, outer, facts, [...named, ...pkg], found) : undefined;
}

/** The existing tests that already call every public function of a new file (see calledAlready), in words for the summary. */
function apiCalledAlready(
  f: ChangedFile,
  outer: FunctionFact[],
  facts: { language: LanguageId; functions: FunctionFact[] },
  tests: Array<{ path: string; text: string }>,
  found: Lookups,
): string | undefined {
  const lines = fileView(f, found).textLines ?? [];
  const api = outer.filter((fn) => isPublic(fn, facts.language, lines, facts.functions)).map((fn) => fn.name);
  const calls = calledAlready(api, tests);
  if (!calls) return undefined;
  const files = [...new Set(calls.map((h) => h.test))];
  return `${namedList(files.map((t) => `\`${t}\``))}, which called ${namedList(calls.map((h) => `\`${h.fn}\``))} before the change added the file`;
}

/** The texts of the test files laterNeeds read, in order. */
export function readTests(paths: string[], found: Lookups): Array<{ path: string; text: string }> {
  return paths.flatMap((path) => {
    const text = found.fileContents.get(path);
    return text === undefined ? [] : [{ path, text }];
  });
}
