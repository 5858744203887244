import { layoutOf } from "../../src/text/test-layout.js";
import { mainSourceNamedLikeTest, unsuffixedHelper } from "../../src/text/test-layout/not-a-test.js";

// Set 39 (#11): files a test tree's naming makes look like tests, offered as where a source's tests go.
describe("unsuffixedHelper: a C# or JVM test folder's file named without a test suffix, beside ones that have it", () => {
  const scrutor = layoutOf([
    "src/Scrutor/ServiceCollectionExtensions.Decoration.cs",
    "test/Scrutor.Tests/ScanningTests.cs",
    "test/Scrutor.Tests/ServiceCollectionExtensions.cs",
    "test/Scrutor.Tests/TestScanning.cs",
    "test/Other.Tests/Helpers.cs",
  ]);
  it.each([
    ["test/Scrutor.Tests/ServiceCollectionExtensions.cs", true],
    ["test/Scrutor.Tests/ScanningTests.cs", false],
    // A JUnit class named with the prefix (javalin's `TestCustomHttpMethods.kt` among `ContentTypeTest.kt`) is a test.
    ["test/Scrutor.Tests/TestScanning.cs", false],
    // Alone in its folder: nothing shows how the folder names its tests.
    ["test/Other.Tests/Helpers.cs", false],
  ])("%s: %s", (path, helper) => expect(unsuffixedHelper(path, scrutor)).toBe(helper));

  it("leaves other languages alone (a pytest module carries no suffix)", () => {
    const py = layoutOf(["tests/test_a.py", "tests/helpers.py", "tests/ATest.java"]);
    expect(unsuffixedHelper("tests/helpers.py", py)).toBe(false);
  });
});

describe("mainSourceNamedLikeTest: a JVM class named like a test in a module's main sources, its tests kept apart", () => {
  const knit = layoutOf([
    "src/Knit.kt",
    "test/CaptureVerifyTest.kt",
    "kotlinx-knit-test/src/KnitTest.kt",
    "kotlinx-knit-test/test/DiffTest.kt",
    "lib/src/main/kotlin/a/ParserTest.kt",
    "other/src/FooTest.kt",
  ]);
  it.each([
    ["kotlinx-knit-test/src/KnitTest.kt", true],
    ["kotlinx-knit-test/test/DiffTest.kt", false],
    // No test folder beside the module's sources: the name is all there is, and it says test.
    ["other/src/FooTest.kt", false],
    ["lib/src/main/kotlin/a/ParserTest.kt", false],
  ])("%s: %s", (path, library) => expect(mainSourceNamedLikeTest(path, knit)).toBe(library));

  it("never a test folder's file under src/ (`src/pkg/tests/`)", () => {
    const layout = layoutOf(["src/pkg/tests/AppTest.java", "test/OtherTest.java"]);
    expect(mainSourceNamedLikeTest("src/pkg/tests/AppTest.java", layout)).toBe(false);
  });
});
