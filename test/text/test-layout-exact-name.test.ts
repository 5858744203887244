import { describeSuggestedTests, layoutOf } from "../../src/text/test-layout.js";

// Set 10 (#11): the suggested test was chosen by name similarity and was wrong. The exact base-name
// match is the source's test; else a new file named for the source, not a longer name that merely
// contains it, nor a namesake's test.
describe("describeSuggestedTests prefers the source's own name", () => {
  it.each([
    [
      "Kotlin: ResultIteratorTest is not Result.kt's test",
      "src/main/kotlin/com/x/result/Result.kt",
      [
        "src/main/kotlin/com/x/result/ResultIterator.kt",
        "src/test/kotlin/com/x/result/ResultIteratorTest.kt",
        "src/test/kotlin/com/x/result/AndTest.kt",
        "src/main/kotlin/com/x/result/And.kt",
      ],
      "a test in a new file `src/test/kotlin/com/x/result/ResultTest.kt` following",
    ],
    [
      "Java: ParserConfigTest is not Parser.java's test",
      "src/main/java/org/x/Parser.java",
      [
        "src/main/java/org/x/ParserConfig.java",
        "src/test/java/org/x/ParserConfigTest.java",
        "src/main/java/org/x/Lexer.java",
        "src/test/java/org/x/LexerTest.java",
      ],
      "a test in a new file `src/test/java/org/x/ParserTest.java` following",
    ],
    [
      "C#: DataSetTests/DatabaseTests tests DataSets/Database.cs, not the root Database.cs",
      "Source/Lib/Database.cs",
      [
        "Source/Lib/DataSets/Database.cs",
        "Source/Lib.Tests/DataSetTests/DatabaseTests.cs",
        "Source/Lib/Person.cs",
        "Source/Lib.Tests/PersonTest.cs",
        "Source/Lib.Tests/FakerTest.cs",
      ],
      "a test in a new file `Source/Lib.Tests/DatabaseTest.cs` following `Source/Lib.Tests/PersonTest.cs`",
    ],
  ])("%s", (_what, source, tree, expected) => {
    expect(describeSuggestedTests(source, layoutOf([source, ...tree]))).toContain(expected);
  });

  it("keeps the namesake's test for the source it mirrors", () => {
    const tree = ["Source/Lib/Database.cs", "Source/Lib/DataSets/Database.cs", "Source/Lib.Tests/DataSetTests/DatabaseTests.cs"];
    expect(describeSuggestedTests("Source/Lib/DataSets/Database.cs", layoutOf(tree))).toBe("`Source/Lib.Tests/DataSetTests/DatabaseTests.cs`");
  });

  it("keeps an exact-name test and a shorter name of the same unit", () => {
    const exact = ["src/main/kotlin/a/Result.kt", "src/test/kotlin/a/ResultTest.kt", "src/test/kotlin/a/ResultIteratorTest.kt"];
    expect(describeSuggestedTests("src/main/kotlin/a/Result.kt", layoutOf(exact))).toBe("`src/test/kotlin/a/ResultTest.kt`");
    const shorter = ["src/Lib/RomanNumeralExtensions.cs", "test/Lib.Tests/RomanNumeralTests.cs"];
    expect(describeSuggestedTests("src/Lib/RomanNumeralExtensions.cs", layoutOf(shorter))).toContain("RomanNumeralTests.cs");
  });

  // Set 13: oauth2-server's grants are tested as `AuthCodeGrantTest.php`; no `AuthCodeGrant` class exists, so that test is `AuthCode.php`'s.
  it.each([
    [
      "PHP: AuthCodeGrantTest is Grant/AuthCode.php's test when no AuthCodeGrant class exists",
      "src/OAuth2/Grant/AuthCode.php",
      [
        "src/OAuth2/Grant/Password.php",
        "tests/authorization/AuthCodeGrantTest.php",
        "tests/authorization/PasswordGrantTest.php",
        "tests/authorization/RefreshTokenTest.php",
      ],
      "`tests/authorization/AuthCodeGrantTest.php`",
    ],
    [
      "Java: ParserConfigTest is Parser.java's test when no ParserConfig class exists",
      "src/main/java/org/x/Parser.java",
      ["src/main/java/org/x/Lexer.java", "src/test/java/org/x/ParserConfigTest.java", "src/test/java/org/x/LexerTest.java"],
      "`src/test/java/org/x/ParserConfigTest.java`",
    ],
    [
      "Java: HandlebarsViewTest is HandlebarsView.java's; the resolver's test under a fuller name is its own",
      "springmvc/src/main/java/a/HandlebarsViewResolver.java",
      [
        "springmvc/src/main/java/a/HandlebarsView.java",
        "springmvc/src/test/java/a/HandlebarsViewTest.java",
        "springmvc/src/test/java/a/HandlebarsViewResolverIntegrationTest.java",
      ],
      "`springmvc/src/test/java/a/HandlebarsViewResolverIntegrationTest.java`",
    ],
    [
      "Kotlin: DatabaseTestsBase is the tests' harness, not Database.kt's test",
      "src/kotlin/sql/Database.kt",
      ["src/kotlin/sql/Table.kt", "tests/kotlin/sql/tests/h2/DatabaseTestsBase.kt", "tests/kotlin/sql/tests/h2/TableTest.kt"],
      "a test in a new file `tests/kotlin/sql/tests/h2/DatabaseTest.kt` following `tests/kotlin/sql/tests/h2/TableTest.kt`",
    ],
    [
      "C#: ClientOptionsTests is Client.cs's test when no ClientOptions class exists",
      "src/Lib/Client.cs",
      ["src/Lib/Server.cs", "test/Lib.Tests/ClientOptionsTests.cs", "test/Lib.Tests/ServerTests.cs"],
      "`test/Lib.Tests/ClientOptionsTests.cs`",
    ],
  ])("%s", (_what, source, tree, expected) => {
    expect(describeSuggestedTests(source, layoutOf([source, ...tree]))).toBe(expected);
  });

  it("Python: a project whose tests are one root tests.py gets tests.py", () => {
    expect(describeSuggestedTests("itsdangerous.py", layoutOf(["itsdangerous.py", "tests.py", "README"]))).toBe("`tests.py`");
    // A tests/ folder with a test of the module's name wins.
    expect(describeSuggestedTests("pkg/core.py", layoutOf(["pkg/core.py", "tests/test_core.py", "tests.py"]))).toBe("`tests/test_core.py`");
  });
});
