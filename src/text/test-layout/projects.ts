import { type RepoLayout, nearestRoot, filesIn } from "./layout.js";

// The project a file belongs to (its nearest package manifest), and which test projects test it.

/** The project a file belongs to: its nearest package root, or the repository root. */
export function packageRootOf(path: string, layout: RepoLayout | undefined): string {
  return layout ? nearestRoot(path, layout.packageRoots) : "";
}

/**
 * Whether a test of the project `testRoot` belongs to the project `root`: the same, one that holds
 * it, or a test project named for it (.NET keeps tests in projects of their own:
 * `test/RestSharp.Tests.Integrated/` tests `src/RestSharp/`).
 */
export function sameOrEnclosingProject(testRoot: string, root: string): boolean {
  return testRoot === "" || testRoot === root || root.startsWith(`${testRoot}/`) || testProjectNamedFor(testRoot, root) || nestedTestProject(testRoot, root);
}

/**
 * A test project named for the source's: `Polly.Specs` and `Polly.Core.Tests` for `Polly` and
 * `Polly.Core`, `RestSharp.Tests.Integrated` for `RestSharp`, and one with the word inside
 * (`AutofacContrib.Tests.AggregateService` for `AutofacContrib.AggregateService`).
 */
export function testProjectNamedFor(testRoot: string, root: string): boolean {
  const name = root.slice(root.lastIndexOf("/") + 1);
  const test = testRoot.slice(testRoot.lastIndexOf("/") + 1);
  if (name === "") return false;
  // With or without the dot, and with more after it (`DapperTests NET35` for `Dapper`, early Dapper's).
  if (test.startsWith(name) && /^\.?(Unit|Integration|Functional|Acceptance)?(Tests?|Specs?)([. ]|$)/.test(test.slice(name.length))) return true;
  const words = test.split(".");
  const rest = words.filter((w) => !TEST_PROJECT_WORD.test(w));
  return rest.length < words.length && rest.length > 1 && rest.join(".") === name;
}

const TEST_PROJECT_WORD = /^(Unit|Integration|Functional|Acceptance)?(Tests?|Specs?)$/;

/**
 * A test module inside the source's project: Maven's integration tests (`value/src/it/functional/`
 * with a pom of its own, testing `value/`), a `tests/integration` crate. Only a folder named as
 * tests are: a sibling product nested in the project is not its test.
 */
export function nestedTestProject(testRoot: string, root: string): boolean {
  if (!testRoot.startsWith(root === "" ? "" : `${root}/`)) return false;
  const below = testRoot.slice(root === "" ? 0 : root.length + 1).split("/");
  return below.some(
    (d) => /^(it|tests?|specs?|testing|e2e|integration[-_]?tests?|functional[-_]?tests?)$|[-_.](tests?|specs?)$/i.test(d) || /[a-z]Tests?$/.test(d),
  );
}

/**
 * Whether the source's project has any test file at head (its own or an enclosing project's). A
 * project without tests has no convention to follow: a prototype, or tooling nobody tests.
 */
export function projectHasTests(sourcePath: string, layout: RepoLayout): boolean {
  const root = packageRootOf(sourcePath, layout);
  for (const [r, n] of layout.testsPerProject) if (n > 0 && testsProject(r, root, layout)) return true;
  return false;
}

/** Whether the tests of the project `testRoot` belong to the project `root`: sameOrEnclosingProject, or by its project file's name. */
export function testsProject(testRoot: string, root: string, layout: RepoLayout | undefined): boolean {
  return sameOrEnclosingProject(testRoot, root) || (layout !== undefined && projectFileNamedFor(testRoot, root, layout));
}

/**
 * A .NET test project whose project file is named for the source's project, whatever its folder:
 * early Dapper's `Tests/DapperTests.csproj` tests `Dapper/`.
 */
export function projectFileNamedFor(testRoot: string, root: string, layout: RepoLayout): boolean {
  if (testRoot === "" || root === "") return false;
  return filesIn(testRoot, layout).some((f) => f.endsWith(".csproj") && testProjectNamedFor(f.slice(0, -".csproj".length), root));
}
