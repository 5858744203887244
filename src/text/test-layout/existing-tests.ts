import { extensionOf } from "../languages.js";
import { sourceStems, testCovers, projectRoot, testStem, classifyBuiltIn } from "../test-conventions.js";
import { namesSameUnit } from "../test-near-names.js";
import { sameLanguageFamily } from "./language-families.js";
import { type RepoLayout, dirname, filesIn } from "./layout.js";
import { unitNames, endsWithItsName, commonPrefix, anotherClassesTest } from "./namesakes.js";
import { mirrorDepth, mirrorNeeded, aboutName, GENERIC_FOLDERS, mirrorName } from "./new-tests.js";
import { packageRootOf, testsProject, testProjectNamedFor, nestedTestProject, projectFileNamedFor } from "./projects.js";

// The tests a repository already has for a source: named for it, nearly for it, its package's, its namesake's.

/**
 * The shared suite a test only configures: `FtpAdapterTestCase.php` beside `FtpAdapterTest.php`,
 * which subclasses it to give a connection. Tests of the adapter's behaviour go in the suite.
 */
export function sharedSuite(testPath: string, layout: RepoLayout): string | undefined {
  const suite = testPath.replace(/Test(\.\w+)$/, "TestCase$1");
  return suite !== testPath && layout.files.has(suite) ? suite : undefined;
}

/**
 * Tests the repository already has for a source file, by name, wherever they are in its project
 * (`test/sources/git-remote.test.ts` for `src/sources/git/git-remote.ts`, `GsonTypesTest.java` for
 * `$Gson$Types.java`): the nearest folders first, at most two.
 */
export function existingTestsNamedFor(sourcePath: string, layout: RepoLayout): string[] {
  const found = sourceStems(sourcePath)
    .flatMap((stem) => layout.testsByStem.get(stem) ?? [])
    .filter((t) => sameLanguageFamily(t, sourcePath) && testCovers(t, sourcePath));
  const shared = (t: string) => {
    const a = t.split("/");
    const b = sourcePath.split("/");
    let i = 0;
    while (i < a.length - 1 && i < b.length - 1 && a[i] === b[i]) i++;
    return i;
  };
  const unique = [...new Set(found)];
  // A name several tests share (`test_tutorial004.py` in every tutorial folder) says nothing by
  // itself: only a test whose folders mirror the source's is named.
  const mirrored = unique.length > 1 ? unique.filter((t) => mirrorDepth(sourcePath, dirname(t)) >= mirrorNeeded(sourcePath)) : unique;
  // Then the test named for the source alone before those named for one of its parts (mongoose's `test/query.test.js`
  // for `lib/query.js`, not `test/helpers/query.castUpdate.test.js`, set 29), and the shallower first.
  const parts = (t: string) => t.slice(t.lastIndexOf("/") + 1).split(".").length;
  const depth = (t: string) => t.split("/").length;
  return mirrored.sort((x, y) => shared(y) - shared(x) || parts(x) - parts(y) || depth(x) - depth(y) || x.localeCompare(y)).slice(0, 2);
}

/** The existing tests named for the source (see existingTestsNamedFor) whose folder repeats the source's own innermost folder, a specific one. */
export function mirroredNamedTests(sourcePath: string, layout: RepoLayout): string[] {
  if (mirrorNeeded(sourcePath) === 0) return [];
  const named = sourceStems(sourcePath)
    .flatMap((stem) => layout.testsByStem.get(stem) ?? [])
    .filter((t) => sameLanguageFamily(t, sourcePath) && testCovers(t, sourcePath));
  // One test of the name is existingTestsNamedFor's to find; this settles between several.
  if (new Set(named).size < 2) return [];
  const depth = (t: string) => mirrorDepth(sourcePath, dirname(t));
  // The mirror starts at a test root (`test/` + `backend/`): `tests/test_tutorial/test_arguments/test_prompt/`
  // repeats `prompt` under a folder the source is not in, another unit's tests.
  const fromRoot = (t: string) => /(^|\/)(tests?|specs?|__tests__|testing)$/.test(dirname(t).split("/").slice(0, -depth(t)).join("/"));
  const best = Math.max(0, ...named.map(depth));
  const mirrored = named.filter((t) => depth(t) === best && fromRoot(t));
  return best === 0 ? [] : [...new Set(mirrored.map((t) => sharedSuite(t, layout) ?? t))].sort().slice(0, 2);
}

/**
 * Existing tests of the same language and project named for the same unit without its exact name
 * (`RomanNumeralTests.cs` for `RomanNumeralExtensions.cs`, `testsuite/bytecode_cache.py` for
 * `bccache.py`): a new file beside them would duplicate them. The nearest folders first, at most two.
 */
export function testsNamedNearly(sourcePath: string, layout: RepoLayout): string[] {
  const ext = extensionOf(sourcePath);
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const name = base.includes(".") ? base.slice(0, base.indexOf(".")) : base;
  const project = projectRoot(sourcePath);
  const sameProject = (t: string) => {
    const p = projectRoot(t);
    return p === project || p === "" || project === "" || p.startsWith(`${project}/`) || project.startsWith(`${p}/`);
  };
  const unit = unitNames(sourcePath);
  const found = [...layout.testsByStem.values()].flat().filter((t) => {
    if (extensionOf(t) !== ext || !sameProject(t) || EXAMPLE_NAME.test(t)) return false;
    const about = aboutName(t.slice(t.lastIndexOf("/") + 1));
    return namesSameUnit(name, about) || unit.includes(about.toLowerCase()) || endsWithItsName(name, about, sourcePath, t);
  });
  const shared = (t: string) => commonPrefix(t, sourcePath);
  return [...new Set(found)].sort((x, y) => shared(y) - shared(x) || x.localeCompare(y));
}

/**
 * Examples and demos kept among the tests (commons-cli's `HelpFormatterExamples.java`, a `main()`
 * that prints): no test to add a case to, though named for the unit.
 */
const EXAMPLE_NAME = /(Examples?|Demos?|Samples?|_examples?|_demos?)\.\w+$/;

/** More tests named nearly for a source than this are a family of tests, not its test. */
export const MAX_NEAR_TESTS = 2;

/** The folder that holds a family of tests named nearly for the source (more than MAX_NEAR_TESTS), when they share one. */
export function nearTestsFolder(sourcePath: string, layout: RepoLayout): string | undefined {
  const near = testsNamedNearly(sourcePath, layout).filter((t) => !anotherClassesTest(sourcePath, t, layout));
  if (near.length <= MAX_NEAR_TESTS) return undefined;
  const folders = new Set(near.map(dirname));
  return folders.size === 1 ? [...folders][0] : undefined;
}

/** Benchmarks and examples are not tests that pin behaviour. */
const NOT_A_PINNING_TEST = /(^|[/_.-])(examples?|bench(mark)?s?|jmh)([/_.-]|$)/i;

/**
 * The existing tests of a source's package or folder, nearest first, whatever they are named:
 * a Go package's `_test.go` files; the tests in the folder that mirrors the source's own
 * (`src/test/java/org/apache/commons/io/` for `src/main/java/org/apache/commons/io/IOUtils.java`,
 * `src/commonTest/kotlin/app/cash/turbine/` for `src/commonMain/…`); else the tests of the same
 * project, those whose folders and names are closest to the source's first. Where a refactor's
 * behaviour is pinned when its tests are not named for the file (`IOUtils` in `IOCaseTest`).
 */
export function packageTestsOf(sourcePath: string, layout: RepoLayout, limit: number): string[] {
  const ext = extensionOf(sourcePath);
  const dir = dirname(sourcePath);
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const stem = (base.includes(".") ? base.slice(0, base.indexOf(".")) : base).toLowerCase().replace(/[-_.$]/g, "");
  const root = packageRootOf(sourcePath, layout);
  const candidates = [...layout.testsByStem.values()]
    .flat()
    .filter((t) => t !== sourcePath && sameLanguageFamily(sourcePath, t) && !NOT_A_PINNING_TEST.test(t.slice(root.length)))
    .filter((t) => (ext === "go" ? dirname(t) === dir : testsProject(packageRootOf(t, layout), root, layout)));
  // The source's own project (or a test project named for it: `Acme.Tests` for `Acme`) before an enclosing one.
  const own = (t: string) => {
    const r = packageRootOf(t, layout);
    return r !== "" && (r === root || testProjectNamedFor(r, root) || nestedTestProject(r, root) || projectFileNamedFor(r, root, layout)) ? 1 : 0;
  };
  const score = (t: string) => [
    own(t),
    mirrorDepth(sourcePath, dirname(t)),
    commonPrefix(dirname(t), dir),
    commonPrefix(testStem(t), stem),
    -t.split("/").length,
  ];
  const scored = [...new Set(candidates)].map((t) => ({ t, s: score(t) }));
  scored.sort((a, b) => a.s.reduce((d, _, i) => d || b.s[i] - a.s[i], 0) || a.t.localeCompare(b.t));
  return scored.slice(0, limit).map(({ t }) => t);
}

/**
 * Whether any test in the repository is named for the source file or for its folder
 * (`tests/test_debug.py` for `werkzeug/debug/tbtools.py`): a component with none has no harness
 * a new test would join.
 */
export function componentHasTests(sourcePath: string, layout: RepoLayout): boolean {
  const folder = dirname(sourcePath);
  const names = [...sourceStems(sourcePath), folder.slice(folder.lastIndexOf("/") + 1)].filter((n) => n !== "" && !GENERIC_FOLDERS.has(n));
  return names.some(
    (n) => layout.testStems.has(n) || [...layout.dirs].some((d) => classifyBuiltIn(`${d}/x`) === "test" && mirrorName(d.slice(d.lastIndexOf("/") + 1)) === n),
  );
}

/**
 * The tests the repository already has for a source file by name: named for it exactly
 * (`JsonValueFormatterTests.cs`) or for the same unit (`RomanNumeralTests.cs` for
 * `RomanNumeralExtensions.cs`). What pins its behaviour before the change.
 */
export function existingTestsOf(sourcePath: string, layout: RepoLayout): string[] {
  const named = existingTestsNamedFor(sourcePath, layout);
  if (named.length > 0) return named;
  const mirrored = mirroredNamedTests(sourcePath, layout);
  return mirrored.length > 0 ? mirrored : testsNamedNearly(sourcePath, layout).slice(0, MAX_NEAR_TESTS);
}

/**
 * Whether the repository has tests at the source's address, whatever they are named: tests named
 * for it (or nearly), a Go package's `_test.go` files, or tests in a folder that mirrors the
 * source's own (`src/test/java/org/jsoup/select/` for `src/main/java/org/jsoup/select/…`,
 * `tests/functional/Extension/TableOfContents/` for `src/Extension/TableOfContents/…`). Where
 * existing tests already exercise a file, a change that keeps its behaviour is theirs to catch.
 */
export function hasTestsAtItsAddress(sourcePath: string, layout: RepoLayout): boolean {
  if (existingTestsOf(sourcePath, layout).length > 0) return true;
  const ext = extensionOf(sourcePath);
  const dir = dirname(sourcePath);
  if (ext === "go") return filesIn(dir, layout).some((f) => f.endsWith("_test.go"));
  const needed = Math.max(1, mirrorNeeded(sourcePath));
  return [...layout.testsByStem.values()].some((tests) =>
    tests.some((t) => sameLanguageFamily(t, sourcePath) && t !== sourcePath && mirrorDepth(sourcePath, dirname(t)) >= needed),
  );
}

/**
 * A file named as its namesakes in sibling folders are (devise's `active_record/devise_generator.rb`
 * beside `devise/` and `mongoid/devise_generator.rb`) is tested under its folder's name:
 * `test/generators/active_record_generator_test.rb`, not the `devise_generator_test.rb` of another.
 */
export function namesakeTest(sourcePath: string, layout: RepoLayout): string | undefined {
  const base = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  const dir = dirname(sourcePath);
  const folder = dir.slice(dir.lastIndexOf("/") + 1);
  const parent = dirname(dir);
  if (!folder || GENERIC_FOLDERS.has(folder)) return undefined;
  const namesakes = [...layout.files].filter(
    (f) => f !== sourcePath && f.endsWith(`/${base}`) && dirname(dirname(f)) === parent && classifyBuiltIn(f) === "source",
  );
  if (namesakes.length === 0) return undefined;
  const ext = extensionOf(sourcePath);
  const stem = base.slice(0, base.length - ext.length - 1);
  const kind = /[_-]([a-z]+)$/.exec(stem)?.[1];
  for (const name of [kind ? `${folder}_${kind}` : undefined, folder]) {
    const found = name ? (layout.testsByStem.get(name.toLowerCase().replace(/[-_.$]/g, "")) ?? []).filter((t) => extensionOf(t) === ext) : [];
    if (found.length > 0) return found.sort((a, b) => commonPrefix(b, sourcePath) - commonPrefix(a, sourcePath))[0];
  }
  return undefined;
}
