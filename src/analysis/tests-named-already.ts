import { extensionOf } from "../text/languages.js";
import { existingTestsOf, filesIn, packageTestsOf, type RepoLayout } from "../text/test-layout.js";
import { tellingName, wordPattern } from "./tests-used-already.js";

/**
 * Tests written before the code they test: a function the change writes whose test case is in the
 * repository already (go-playground/validator's `skipUnless`, re-added after a churn commit, with
 * `TestSkipUnless` in `validator_test.go` since an earlier commit of the same series; judged set 4).
 * A pull request is reviewed with all its commits at once: the test is there, and a reviewer asks
 * for nothing more.
 */

/** At most this many test files are read per review: the nearest ones name what they test. */
const MAX_TEST_FILES = 12;
/** A Go package's test files read per source: its tests may be in any `_test.go` of the folder. */
const GO_PACKAGE_TESTS = 4;

const dirname = (p: string) => p.slice(0, Math.max(0, p.lastIndexOf("/")));

/** The existing test files that may name the functions of the changed sources: named for them, or their Go package's. */
export function testsToRead(sources: string[], layout: RepoLayout): string[] {
  const out = new Set<string>();
  for (const src of sources) {
    for (const t of existingTestsOf(src, layout)) out.add(t);
    if (extensionOf(src) !== "go") continue;
    const dir = dirname(src);
    const stem = src.slice(src.lastIndexOf("/") + 1, -".go".length);
    filesIn(dir, layout)
      .filter((f) => f.endsWith("_test.go") && !/(^|\/|_)(example|bench(mark)?s?)_test\.go$/.test(f))
      // The package's main test file first (`validator_test.go` in package validator), then the closest-named.
      .sort((a, b) => rank(b, dir, stem) - rank(a, dir, stem) || a.localeCompare(b))
      .slice(0, GO_PACKAGE_TESTS)
      .forEach((t) => out.add(t));
  }
  return [...out].slice(0, MAX_TEST_FILES);
}

/** At most this many tests of the rewritten sources' packages are read per review, beyond those named for them. */
export const MAX_PACKAGE_TESTS = 12;

/**
 * The existing tests of the packages of sources a change rewrites (see packageTestsOf), each
 * source's nearest first, in turns, at most MAX_PACKAGE_TESTS in all: where a refactor's tests are
 * when they are not named for the file. Tests named for a source are read anyway (testsToRead).
 */
export function packageTestsToRead(rewritten: string[], layout: RepoLayout): string[] {
  const named = new Set(testsToRead(rewritten, layout));
  const lists = rewritten.map((src) => packageTestsOf(src, layout, MAX_PACKAGE_TESTS + named.size).filter((t) => !named.has(t)));
  const out = new Set<string>();
  for (let i = 0; out.size < MAX_PACKAGE_TESTS && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && out.size < MAX_PACKAGE_TESTS) out.add(l[i]);
  }
  return [...out];
}

function rank(test: string, dir: string, stem: string): number {
  const name = test.slice(test.lastIndexOf("/") + 1, -"_test.go".length);
  const folder = dir.slice(dir.lastIndexOf("/") + 1);
  if (name === stem) return 1000;
  if (name === folder) return 500;
  let i = 0;
  while (i < name.length && i < stem.length && name[i] === stem[i]) i++;
  return i;
}

/** A name as test names spell it: `skip_unless`, `SkipUnless` and `skipUnless` are one name. */
const norm = (name: string) => name.replace(/_/g, "").toLowerCase();

/** Shorter names (`is`, `get`) are in too many test names to say which function a test is for. */
const MIN_NAME = 4;

/**
 * The names a test file's cases are about: `TestSkipUnless` and `TestSkipUnless_Nested` (Go),
 * `test_skip_unless` (pytest), `testSkipUnless` (JUnit 4), `describe("skipUnless", …)` (Jest, Mocha).
 */
export function namesTestedIn(testText: string): Set<string> {
  const out = new Set<string>();
  for (const m of testText.matchAll(/\b(?:func|def|void|fn|function|public|async)\s+(?:\([^)]*\)\s*)?[Tt]est_?([A-Za-z0-9]\w*)\s*\(/g)) {
    out.add(norm(m[1]));
    // A Go or pytest case per situation: `TestSkipUnless_Nested`, `test_skip_unless__nested`.
    const head = /^([A-Za-z0-9]+?)(?:__|_[A-Z])/.exec(m[1]);
    if (head) out.add(norm(head[1]));
  }
  for (const m of testText.matchAll(/\b(?:describe|context)\s*\(\s*["'`]#?\.?([A-Za-z_$][\w$]*)/g)) out.add(norm(m[1]));
  return out;
}

/**
 * The test (path and case) that already names each of `functions`, or undefined when one has none.
 * `tests` are the texts of the test files read for the source.
 */
export function testedAlready(functions: string[], tests: Array<{ path: string; text: string }>): Array<{ fn: string; test: string }> | undefined {
  if (functions.length === 0) return undefined;
  const named = tests.map((t) => ({ path: t.path, names: namesTestedIn(t.text) }));
  const out: Array<{ fn: string; test: string }> = [];
  for (const fn of functions) {
    const n = norm(fn);
    const hit = n.length >= MIN_NAME ? named.find((t) => t.names.has(n)) : undefined;
    if (!hit) return undefined;
    out.push({ fn, test: hit.path });
  }
  return out;
}

/**
 * A new file whose API the repository's tests already call (go-yaml's `yaml.go`, committed after
 * the import that forgot it, whose `Unmarshal` and `Marshal` `decode_test.go` and `encode_test.go`
 * call; judged set 8): the test that existed before the code, per public function with a telling
 * name, or undefined when one has none or there is no such function. Names every type has
 * (`String`, `Error`) are a protocol's, tested through the functions that use them.
 */
export function calledAlready(publicFunctions: string[], tests: Array<{ path: string; text: string }>): Array<{ fn: string; test: string }> | undefined {
  const telling = [...new Set(publicFunctions.filter(tellingName))];
  if (telling.length === 0) return undefined;
  const out: Array<{ fn: string; test: string }> = [];
  for (const fn of telling) {
    const word = wordPattern(fn);
    const hit = tests.find((t) => word.test(t.text));
    if (!hit) return undefined;
    out.push({ fn, test: hit.path });
  }
  return out;
}
