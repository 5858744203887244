import type { Change, ChangedFile } from "../model/change.js";
import { findIssueRefs } from "../text/issue-refs.js";
import { extensionOf, isCodeFile } from "../text/languages.js";
import { classifyBuiltIn, sourceStems, testCovers, testStem } from "../text/test-conventions.js";
import { packageRootOf, sameLanguageFamily, sameOrEnclosingProject, suggestedTestFolders, type RepoLayout } from "../text/test-layout.js";

/**
 * Tests the change edits outside the source's project that still cover it: a reviewer who sees
 * them in the same change does not say the source changed "without a change to its tests" (judged
 * set 7: Autofac's `contrib/Test/…/ContainerBuilderExtensionsFixture.cs` beside
 * `contrib/Source/…/ContainerBuilderExtensions.cs`; mockk's tests in the very folder the finding
 * named; `Issue119Test` added by the commit that fixes #119). Read only when nothing nearer covers
 * the source.
 */
export function testsChangedElsewhere(
  tests: ChangedFile[],
  change: Change,
  mode: "auto" | "paired",
  layout: RepoLayout | undefined,
): (src: ChangedFile) => ChangedFile[] {
  if (tests.length === 0) return () => [];
  const issues = mode === "auto" ? issueTests(tests, change) : [];
  const families = familiesOf(tests);
  const inputs = inputsByStem(tests);
  return (src) => {
    const input = namedInputs(src.path, inputs);
    if (input.length > 0) return input;
    const family = families.find((f) => sameLanguageFamily(f.tests[0].path, src.path));
    if (!family) return [];
    const [stem] = sourceStems(src.path);
    const named = (family.byStem.get(stem ?? "") ?? []).filter((t) => namedForIt(t.path, src.path, layout));
    if (named.length > 0 || mode === "paired") return named;
    const folders = layout ? suggestedTestFolders(src.path, layout) : [];
    const inFolder = family.tests.filter((t) => folders.some((d) => inFolderOf(t.path, d, src.path)));
    return inFolder.length > 0 ? inFolder : issues.filter((t) => family.tests.includes(t));
  };
}

/**
 * The change's test inputs that are no code (`minijinja/tests/inputs/filters.txt`, a case file a suite runs), by the
 * name they are for. Once per change.
 */
function inputsByStem(tests: ChangedFile[]): Map<string, ChangedFile[]> {
  const out = new Map<string, ChangedFile[]>();
  for (const t of tests) {
    if (isCodeFile(t.path)) continue;
    const stem = testStem(t.path);
    out.set(stem, [...(out.get(stem) ?? []), t]);
  }
  return out;
}

/**
 * The test inputs the change edits that are named for the source, in any project (minijinja 24891e10c2: `filters.go` of
 * its Go port changed beside new cases in `minijinja/tests/inputs/filters.txt`, the inputs both ports' suites run; asked
 * for `filters_test.go` and judged *wrong* on set 36). A name too short or too common to say which file it is about
 * (`index`, `data`) says nothing.
 */
function namedInputs(sourcePath: string, inputs: Map<string, ChangedFile[]>): ChangedFile[] {
  if (inputs.size === 0) return [];
  const [stem] = sourceStems(sourcePath);
  return stem === undefined || stem.length < 5 || GENERIC_STEMS.has(stem) || GENERIC_INPUTS.has(stem) ? [] : (inputs.get(stem) ?? []);
}

/** Names of test inputs too common to pair with a source of the same name. */
const GENERIC_INPUTS = new Set(["input", "inputs", "output", "expected", "config", "settings", "sample", "example", "readme", "fixture"]);

/**
 * The tests by language family, each family's by the name they test, in the change's order: every
 * source of a large change asked each test for its family and name (3,000 files: a million checks).
 */
function familiesOf(tests: ChangedFile[]): Array<{ tests: ChangedFile[]; byStem: Map<string, ChangedFile[]> }> {
  const families: Array<{ tests: ChangedFile[]; byStem: Map<string, ChangedFile[]> }> = [];
  for (const t of tests) {
    let family = families.find((f) => sameLanguageFamily(f.tests[0].path, t.path));
    if (!family) families.push((family = { tests: [], byStem: new Map() }));
    family.tests.push(t);
    const stem = testStem(t.path);
    const named = family.byStem.get(stem);
    if (named) named.push(t);
    else family.byStem.set(stem, [t]);
  }
  return families;
}

/** A project that only holds tests, by its folder's name: `e2e`, `integration-tests`, `Acme.Tests`, `CoreTests`. */
const TEST_PROJECT_WORD = /(^|[-_.])(tests?|specs?|e2e|it|integration|testing)([-_.]|$)/i;
const TEST_PROJECT_CAMEL = /[a-z](Tests?|Specs?)$/;

export function testProject(name: string): boolean {
  return TEST_PROJECT_WORD.test(name) || TEST_PROJECT_CAMEL.test(name);
}

/** Names too common to say which file a test is about (`index.test.ts`, `test_utils.py`). */
const GENERIC_STEMS = new Set(["index", "init", "main", "mod", "lib", "app", "utils", "util", "helpers", "helper", "types", "common", "core", "base"]);

/**
 * A test named for the source's file (`ContainerBuilderExtensionsFixture.cs` for
 * `ContainerBuilderExtensions.cs`) in the source's project, in a test project named for it
 * (`AutofacContrib.Tests.AggregateService`), or in a project that only holds tests
 * (`packages/e2e/`, `integration-tests/`): it tests it unless another source of that name is the
 * one it sits with. Another product's package tests its own files (`packages/web/test/client.test.ts`
 * is no test of `packages/api/src/client.ts`), and Go's tests test their own package's files only.
 */
function namedForIt(testPath: string, sourcePath: string, layout: RepoLayout | undefined): boolean {
  const [stem] = sourceStems(sourcePath);
  if (stem === undefined || stem.length < 5 || GENERIC_STEMS.has(stem) || testStem(testPath) !== stem) return false;
  if (testCovers(testPath, sourcePath)) return true;
  if (extensionOf(sourcePath) === "go" || !layout) return false;
  const testRoot = packageRootOf(testPath, layout);
  const root = packageRootOf(sourcePath, layout);
  if (!sameOrEnclosingProject(testRoot, root) && !(testProject(testRoot.slice(testRoot.lastIndexOf("/") + 1)) && !testsAnotherProject(testRoot, root, layout)))
    return false;
  const name = sourcePath.slice(sourcePath.lastIndexOf("/") + 1);
  for (const f of layout.files)
    if (f !== sourcePath && f.endsWith(`/${name}`) && classifyBuiltIn(f) === "source" && (testCovers(testPath, f) || testsProjectOf(testRoot, f, layout)))
      return false;
  return true;
}

/** A test project named for another project than the source's (`Autofac.Tests.Integration.Mvc` for `Autofac.Integration.Mvc`, not WebApi). */
function testsAnotherProject(testRoot: string, root: string, layout: RepoLayout): boolean {
  return [...layout.packageRoots].some((r) => r !== root && r !== "" && r !== testRoot && !r.startsWith(`${testRoot}/`) && sameOrEnclosingProject(testRoot, r));
}

/** Whether the test project is the one of the file's project (named for it, or enclosing it). */
function testsProjectOf(testRoot: string, path: string, layout: RepoLayout): boolean {
  const root = packageRootOf(path, layout);
  return testRoot !== "" && root !== "" && sameOrEnclosingProject(testRoot, root);
}

/** A test in the folder a finding would name, or below it; for Go, in the package's folder itself. */
export function inFolderOf(testPath: string, folder: string, sourcePath: string): boolean {
  const dir = jvmRoot(testPath.slice(0, Math.max(0, testPath.lastIndexOf("/"))));
  const within = jvmRoot(folder);
  return dir === within || (extensionOf(sourcePath) !== "go" && dir.startsWith(`${within}/`));
}

/**
 * A JVM source set's folder with its language root made one: `src/test/kotlin/org/x/` and `src/test/java/org/x/` hold the
 * same package's tests (ApprovalTests.Java 7a919dc65c edits `src/test/kotlin/org/approvaltests/inline/KotlinInlineApprovalsTest.kt`
 * for `InlineOptions.java`, and was told to add one in `src/test/java/org/approvaltests/inline/`; set 37, judged *wrong*).
 */
function jvmRoot(folder: string): string {
  return folder.replace(/(^|\/)src\/(\w+)\/(?:java|kotlin|groovy|scala)(?=\/|$)/, "$1src/$2/jvm");
}

/**
 * A test file named for an issue (`Issue119Test.kt`, `TestBarIssue119.java`, `test_issue_119.py`,
 * `gh-119.test.ts`, `Bug119Test.java`): the word starts a word of the name, never ends one (`weigh2`).
 */
const ISSUE_TEST_NAME = /(?:(?<![a-z])(?:issue|gh|github|bug|regression)|(?:Issue|GH|Gh|GitHub|Github|Bug|Regression))[-_]?0*(\d{1,9})(?!\d)/g;

/** The changed tests named for an issue the change's title, description or commits cite: its regression tests. */
function issueTests(tests: ChangedFile[], change: Change): ChangedFile[] {
  const cited = citedIssues(change);
  if (cited.size === 0) return [];
  return tests.filter((t) => {
    const base = t.path.slice(t.path.lastIndexOf("/") + 1);
    return [...base.matchAll(ISSUE_TEST_NAME)].some((m) => cited.has(Number(m[1])));
  });
}

/** The issue numbers the change's title, description and commit messages cite. */
export function citedIssues(change: Change): Set<number> {
  const text = [change.title, change.body, ...change.commits.map((c) => c.message)].join("\n");
  return new Set(findIssueRefs(text, {}, { hosts: ["github.com"], trackers: [] }).flatMap((r) => (r.number === undefined ? [] : [r.number])));
}
