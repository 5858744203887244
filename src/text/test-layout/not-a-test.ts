import { type RepoLayout, dirname, filesIn } from "./layout.js";

// Files a test tree's naming makes look like tests that are not: a helper among suffixed test classes, a library's class
// named `…Test` in a module whose tests live apart. Neither is where a source's tests go.

const SUFFIXED_LANGUAGE = /\.(?:cs|java|kt|groovy|scala)$/;
// A test class by its name: suffixed (`ScanningTests.cs`), or prefixed as JUnit's old convention has it (javalin's
// `TestCustomHttpMethods.kt` among `ContentTypeTest.kt`: a test, not a helper).
const SUFFIXED_TEST = /(?:Tests?|Specs?|Fixture|IT)\.(?:cs|java|kt|groovy|scala)$|(?:^|\/)Tests?[A-Z]\w*\.(?:cs|java|kt|groovy|scala)$/;

/**
 * A file of a C# or JVM test folder named without a test suffix, beside files that have one: a helper the tests share
 * (Scrutor's `test/Scrutor.Tests/ServiceCollectionExtensions.cs` among `ScanningTests.cs`, offered as the test of
 * `src/Scrutor/ServiceCollectionExtensions.Decoration.cs`; set 39).
 */
export function unsuffixedHelper(path: string, layout: RepoLayout): boolean {
  if (!SUFFIXED_LANGUAGE.test(path) || SUFFIXED_TEST.test(path)) return false;
  return filesIn(dirname(path), layout).some((f) => f !== path && SUFFIXED_TEST.test(f));
}

// A module's main source root: `src/` itself or `src/main/…`, not `src/test/` nor a Gradle test source set (`src/jvmTest/`).
const MAIN_SOURCE = /^(.*?\/)?src\/(?!test\/|\w*Test\/)/;

/**
 * A class named like a test in a module's main sources, where the module keeps its tests in a folder of their own:
 * kotlinx-knit's `kotlinx-knit-test/src/KnitTest.kt`, the library its users' tests call, beside `kotlinx-knit-test/test/`
 * (offered as the test of `src/Knit.kt`; set 39).
 */
export function mainSourceNamedLikeTest(path: string, layout: RepoLayout): boolean {
  // Only a JVM class that is a test by its name alone: a test folder under `src/` (`src/pkg/tests/test_x.py`) is a test.
  if (!/(?:Tests?|Specs?|IT)\.(?:java|kt|groovy|scala)$/.test(path) || /\/(?:tests?|specs?)\//.test(path.slice(path.indexOf("src/")))) return false;
  const root = MAIN_SOURCE.exec(path)?.[1] ?? (path.startsWith("src/") ? "" : undefined);
  if (root === undefined) return false;
  return layout.dirs.has(`${root}test`) || layout.dirs.has(`${root}src/test`) || layout.dirs.has(`${root}tests`);
}
