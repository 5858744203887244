import { extensionOf } from "./languages.js";
import { benchmarkCode } from "./benchmark-paths.js";
import { testStem, expectedTests } from "./test-conventions.js";
import { prefixNamedDouble } from "./test-double-name.js";
import {
  nearTestsFolder,
  mirroredNamedTests,
  namesakeTest,
  sharedSuite,
  existingTestsNamedFor,
  testsNamedNearly,
  MAX_NEAR_TESTS,
} from "./test-layout/existing-tests.js";
import { type RepoLayout, dirname, filesIn } from "./test-layout/layout.js";
import { commonPrefix, nearerNamesake, anotherClassesTest } from "./test-layout/namesakes.js";
import {
  helperBesideItsTests,
  testFolderNamedFor,
  namesTestsPerFile,
  siblingTestMirror,
  alternatives,
  binaryCrateTests,
  mirroredNewTest,
  newTestPlace,
} from "./test-layout/new-tests.js";
import { kotlinSourceSet, sourceSetTests } from "./test-layout/source-sets.js";
import { mainSourceNamedLikeTest, unsuffixedHelper } from "./test-layout/not-a-test.js";
import { nameWords, namesSameUnit } from "./test-near-names.js";

export { type RepoLayout, layoutOf, filesIn } from "./test-layout/layout.js";
export { packageRootOf, sameOrEnclosingProject, projectHasTests, testsProject } from "./test-layout/projects.js";
export { platformWithoutTests, siteWithoutTests, maintainerScript, translationTable } from "./test-layout/untested-places.js";
export { sameLanguageFamily, familyOf } from "./test-layout/language-families.js";
export { existingTestsOf, hasTestsAtItsAddress, componentHasTests, packageTestsOf } from "./test-layout/existing-tests.js";
export { testsNamedForFeatures } from "./test-layout/new-tests.js";

// Where a repository keeps its tests, and which test a finding names for a source file. The layout, its projects
// and the tests it has are read in ./test-layout/; the names are re-exported here, the one door tests-required uses.

/** A Go package's tests are any `_test.go` of its folder: name one that exists before inventing one. */
function goPackageTests(sourcePath: string, layout: RepoLayout, conventional: string[]): string[] {
  const dir = dirname(sourcePath);
  const stem = sourcePath.slice(sourcePath.lastIndexOf("/") + 1, -".go".length);
  const inPackage = filesIn(dir, layout).filter((f) => f.endsWith("_test.go"));
  // The best-named first: `yaml_command_test.go` for `yaml_file_loader.go`, not `flag_test.go`.
  const score = (t: string) => commonPrefix(t.slice(t.lastIndexOf("/") + 1), stem);
  // Only a test that names the same thing first: `realip_test.go` is no test of `recoverer.go`, nor
  // `nil_renderer_test.go` of `standard_renderer.go` (a shared kind names another unit).
  const [first] = nameWords(stem);
  const related = inPackage.filter((t) => {
    const name = t.slice(t.lastIndexOf("/") + 1, -"_test.go".length);
    return (first !== undefined && first.length >= 3 && nameWords(name)[0] === first) || namesSameUnit(stem, name);
  });
  related.sort((a, b) => score(b) - score(a) || a.localeCompare(b));
  if (related.length > 0) return related.slice(0, 1);
  // A package that keeps its tests in one file (validator's `validator_test.go` beside fourteen
  // sources) gets them there, not in a new `baked_in_test.go`.
  const tests = inPackage.filter((t) => !/(^|_)(example|bench(mark)?s?)_test\.go$/.test(t));
  const sources = filesIn(dir, layout).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"));
  return tests.length === 1 && sources.length >= 4 ? tests : conventional;
}

/**
 * What to ask for, in words for a finding: the existing test file(s) by path; else the folder
 * that holds its tests (`tests/models/` for `_models.py`); else a new file, named and placed as
 * the repository's tests are, with an existing test it follows. Never a path that does not exist
 * without saying it is new. Without the file tree the conventional paths are all there is.
 */
export function describeSuggestedTests(sourcePath: string, layout: RepoLayout | undefined): string {
  return suggestion(sourcePath, layout).text;
}

/**
 * What a finding asks for, in words, and whether it names a test file of the source to update: one
 * the file tree has, or, without the tree, the one the conventions name. Rules that decide by it read
 * this flag, never the wording (which changes with each new way of naming a place for the tests).
 */
export function suggestedTests(sourcePath: string, layout: RepoLayout | undefined): { text: string; namesTestFile: boolean; place: TestPlace } {
  const { text, testFile, place } = suggestion(sourcePath, layout);
  return { text, namesTestFile: testFile, place };
}

/**
 * Where a finding asks for the tests: in test files it names (that exist, or, without the file tree,
 * that the conventions name), in the source's own `#[cfg(test)]` module, or in a new test.
 */
export type TestPlace = "test-file" | "in-file-module" | "new-test";

/**
 * The folders a finding for the source names (the folder of each test file it names, or the folder
 * it says its tests are in); none when it names no place. A test the change edits there is where
 * the author already did what the finding would ask (mockk's `common/src/test/kotlin/io/mockk/`).
 */
export function suggestedTestFolders(sourcePath: string, layout: RepoLayout): string[] {
  return [...new Set(suggestion(sourcePath, layout).named.map((p) => (p.endsWith("/") ? p.slice(0, -1) : dirname(p))))].filter((d) => d !== "");
}

/** What a finding asks for, in words, the paths it names (a folder ends with `/`), and where the tests would go. */
function suggestion(sourcePath: string, layout: RepoLayout | undefined): { text: string; named: string[]; testFile: boolean; place: TestPlace } {
  // Not a benchmark project's file, though it sits under `test/` (Nerdbank.GitVersioning f3a939a646: `src/nbgv/Program.cs`
  // sent to `test/Nerdbank.GitVersioning.Benchmarks/Program.cs`, judged wrong on set 33): it measures, it asserts nothing.
  const suggested = suggestTests(sourcePath, layout).filter((p) => !benchmarkCode(p));
  const inModule = (p: string) => p.startsWith("a #[cfg(test)]");
  const quote = (p: string) => (inModule(p) ? p : `\`${p}\``);
  const say = (text: string, named: string[] = [], place: TestPlace = "new-test") => ({ text, named, testFile: place === "test-file", place });
  // Without the tree the conventional name is all there is: it is named as the test to update.
  if (!layout) {
    const place = suggested.length === 0 ? "new-test" : inModule(suggested[0]) ? "in-file-module" : "test-file";
    return say(suggested.map(quote).join(" or "), [], place);
  }
  // Not a helper, nor a double named `TestFoo` among `FooTest`s (see prefixNamedDouble): neither is a test to add cases to.
  const existing = suggested.filter(
    (p) =>
      layout.files.has(p) &&
      !helperBesideItsTests(p, layout) &&
      !prefixNamedDouble(p, filesIn(dirname(p), layout)) &&
      !unsuffixedHelper(p, layout) &&
      !mainSourceNamedLikeTest(p, layout),
  );
  if (existing.length > 0) return say(existing.map(quote).join(" or "), existing, "test-file");
  const inFile = suggested.find(inModule);
  if (inFile) return say(inFile, [], "in-file-module");
  const first = suggested[0];
  if (!first) return say("a test");
  const folder = testFolderNamedFor(sourcePath, layout) ?? nearTestsFolder(sourcePath, layout);
  if (folder) return say(`a test in \`${folder}/\`, where its tests are`, [`${folder}/`]);
  // A new file only where a sibling source's test shows exactly where and how it is named; a guess
  // that ignores the repository's layout (`test/types.test.ts` where tests are `test/cancel.ts`) misleads.
  const sibling = namesTestsPerFile(sourcePath, layout) ? siblingTestMirror(sourcePath, layout) : undefined;
  if (sibling) return say(`a test in a new file \`${sibling.path}\` following \`${sibling.example}\``, [sibling.path]);
  // Go's toolchain fixes where a package's tests go (`x_test.go` beside `x.go`), a multiplatform
  // build which test source set runs the code: the path is known, not guessed.
  if ((extensionOf(sourcePath) === "go" && first.endsWith("_test.go")) || kotlinSourceSet(sourcePath)) {
    // The same test in another source set of the module (`androidUnitTest/…/EngineInterceptorTest.kt`) is the one to follow.
    const module = /^(.*\/)?src\//.exec(first)?.[0];
    const name = first.slice(first.lastIndexOf("/") + 1);
    const twin = module ? (layout.testsByStem.get(testStem(first)) ?? []).find((t) => t.startsWith(module) && t.endsWith(`/${name}`)) : undefined;
    const example = twin ?? [...layout.testsByStem.values()].flat().find((t) => dirname(t) === dirname(first) && !/_example_test\.go$/.test(t));
    return say(example ? `a test in a new file \`${first}\` following \`${example}\`` : `a test in a new file \`${first}\``, [first]);
  }
  return say("a test that covers it");
}

/**
 * The test file(s) to name in a finding, following the repository's own layout when its file tree
 * is known: an existing test first, then a path in a test folder the repository has. Never a
 * folder it does not have (no `spec/` in a repository whose tests live in `test/`).
 */
export function suggestTests(sourcePath: string, layout: RepoLayout | undefined): string[] {
  const conventional = expectedTests(sourcePath);
  if (!layout) return conventional;
  const files = [...conventional, ...alternatives(sourcePath)].filter((p) => p.startsWith("a #[cfg(test)]") || !p.includes("#"));
  const paths = files.filter((p) => !p.startsWith("a "));
  const inFileTests = conventional.filter((p) => p.startsWith("a "));
  const existing = paths.filter((p) => layout.files.has(p));
  // A multiplatform file's test must be in a source set that can run its code.
  const kmp = kotlinSourceSet(sourcePath);
  if (kmp) return sourceSetTests(kmp, layout);
  // Go's tests live in the package's folder, whatever the rest of the repository does.
  if (extensionOf(sourcePath) === "go") return existing.length > 0 ? existing : goPackageTests(sourcePath, layout, conventional);
  // A Rust binary is tested by running it, from its crate's `tests/` (see binaryCrateTests).
  const binary = binaryCrateTests(sourcePath, layout);
  if (binary.length > 0) return binary;
  // A test of the source's own name in the folder that mirrors its own (i18n's `test/backend/fallbacks_test.rb`
  // for `lib/i18n/backend/fallbacks.rb`) is its test, whatever sibling folders hold a namesake.
  const mirrored = mirroredNamedTests(sourcePath, layout);
  if (mirrored.length > 0) return mirrored;
  const namesake = namesakeTest(sourcePath, layout);
  if (namesake) return [namesake];
  if (existing.length > 0) return [...new Set(existing.map((p) => sharedSuite(p, layout) ?? p))];
  // Not a test whose folders name another source of the same file name (Bogus's `DataSetTests/DatabaseTests.cs` is
  // `DataSets/Database.cs`'s, not `Database.cs`'s): a new file named for the source is better advice.
  const named = existingTestsNamedFor(sourcePath, layout).filter((t) => !nearerNamesake(t, sourcePath, layout));
  if (named.length > 0) return [...new Set(named.map((p) => sharedSuite(p, layout) ?? p))];
  // Many tests named nearly alike (`copy-sync-dir.test.js`, `copy-sync-file.test.js`…) say where its tests are, not which one.
  // Where each class has its own test, a longer name only starting with the source's is another class's
  // (`ResultIteratorTest.kt` for `Result.kt`): a new `ResultTest.kt` is the one to ask for.
  const near = testsNamedNearly(sourcePath, layout).filter((t) => !anotherClassesTest(sourcePath, t, layout));
  if (near.length > 0 && near.length <= MAX_NEAR_TESTS) return near;
  const mirror = mirroredNewTest(sourcePath, layout);
  if (mirror) return [mirror];
  // Rust unit tests live in the file's own `#[cfg(test)]` module: no `tests/<file>.rs` to invent.
  if (extensionOf(sourcePath) === "rs" && inFileTests.length > 0) return inFileTests;
  return newTestPlace(sourcePath, layout, paths, inFileTests, conventional);
}
