import { titledEdits, type Edit } from "../helpers/edits.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

/**
 * Session 15 (#11): "asserts nothing" on tests that assert. A Kotlin call-style case (kotest's
 * `test("adds") { … }`) has a lambda body, so `test("1", ONE)` calling a local `fun test(…)` is the
 * helper's call, not a case (kotlinx.serialization's BigDecimalTest); a generic call with one
 * argument (`assertNamed<Holder>("Custom")`, which the grammar reads as comparisons) is a call; and
 * a helper named for checking, or one that throws, asserts for the tests that call it. A skip
 * whose reason the change's own words link (jotai's "skip some tests https://…") is tracked. A .NET
 * test project is the source project's when its `.csproj` or folder is named for it without the dot
 * (early Dapper's `Tests/DapperTests.csproj`, `DapperTests NET35/`): the project has tests to add to.
 */

const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

// Beside a case that asserts (directly, through a helper named for checking, or one that raises), an empty case.
const kotest = ["class SumTest : FunSpec({", '    test("adds") {', "        sum(1, 1) shouldBe 2", "    }", '    test("subtracts") {', "    }", "})"];
const junitCase = (name: string, body: string[]) => ["    @Test", `    fun ${name}() {`, ...body, "    }"];
const junit = ["class DiffTest {", ...junitCase("diff", ["        assertEquals(0, diff(1, 1))"]), ...junitCase("todo", []), "}"];
const namedChecker = [
  "function assertParsed(text) {",
  "  parse(text);",
  "}",
  'it("parses", () => {',
  '  assertParsed("a");',
  "});",
  'it("later", () => {',
  "});",
];
const throwingChecker = [
  "def check(text):",
  "    if parse(text) is None:",
  "        raise ValueError(text)",
  "",
  "def test_parses():",
  '    check("a")',
  "",
  "def test_later():",
  "    pass",
];
const at = (path: string, line: number) => ({ messageId: "noAssertion", path, line });

// A test added skipped with a reason of its own: xUnit's `Skip =` (MediatR 1c070ed35f) and JUnit 5's `@Disabled("…")`.
const xunitSkipped = (reason: string) => [
  "public class PipelineTests {",
  `    [Fact(Skip = "${reason}")]`,
  "    public async Task Should_handle_concrete_and_open_generics() {",
  "        Assert.Equal(1, await Run());",
  "    }",
  "}",
];
const junitSkipped = (reason: string) => [
  "class RecordTest {",
  `    @Disabled("${reason}")`,
  ...junitCase("records", ["        assertEquals(1, read())"]),
  "}",
];
const skippedWith = (reason: string) =>
  change([added("test/MediatR.Tests/PipelineTests.cs", xunitSkipped(reason)), added("src/test/java/a/RecordTest.java", junitSkipped(reason))]);

// A C# bug fix in `Dapper/` (a0b36c470f); the repository's tests live in a project named for it, or for another.
const sqlMapperBase = ["public static class SqlMapper {", "  public static void AddDynamicParams(object param) {", "    templates.Add(param);", "  }", "}"];
const sqlMapperHead = [
  "public static class SqlMapper {",
  "  public static void AddDynamicParams(object param) {",
  "    var sub = param as DynamicParameters;",
  "    if (sub == null) {",
  "      templates.Add(param);",
  "    } else {",
  "      foreach (var kvp in sub.parameters) parameters.Add(kvp.Key, kvp.Value);",
  "    }",
  "  }",
  "}",
];
const dapper = (tests: string[], withTest = false) =>
  titledEdits(
    ["Dapper/Dapper.csproj", "Dapper/SqlMapper.cs", ...tests],
    "Fix a bug with chaining dynamic parameters",
    ["Dapper/SqlMapper.cs", sqlMapperBase, sqlMapperHead],
    ...(withTest
      ? [["Tests/Tests.cs", ["class Tests {", "}"], ["class Tests {", "  public void TestChain() { Assert.IsEqualTo(1, Run()); }", "}"]] as Edit]
      : []),
  );

// An existing test switched to skipped (jotai 3b1e3a4c61) and a new one added skipped, under a commit message.
const jsTest = (skip: string) => [`it${skip}('does not warn in prod', () => {`, "  expect(warn).not.toHaveBeenCalled()", "})"];
const pyTest = (added: string[]) => ["def test_prod_quiet():", "    assert not warned()", ...added];
const skipping = (message: string) =>
  titledEdits(
    ["package.json", "src/devtools.ts", "tests/devtools.test.ts", "tests/test_devtools.py"],
    message,
    ["tests/devtools.test.ts", jsTest(""), jsTest(".skip")],
    ["tests/test_devtools.py", pyTest([]), pyTest(["", "", "@pytest.mark.skip", "def test_dev_warns():", "    assert warned()"])],
  );

testRule("tests-required", {
  valid: [
    {
      name: "Kotlin: calls of a local `fun test(…)` that asserts are no test cases of their own",
      change: change([
        added("src/test/kotlin/a/BigDecimalTest.kt", [
          "class BigDecimalTest {",
          "    @Test",
          "    fun bigDecimal() {",
          "        fun test(expected: String, actual: BigDecimal) =",
          "            assertJsonFormAndRestored(expected, actual)",
          "",
          '        test("0", BigDecimal.ZERO)',
          "        test(bdExpected1, bdActual1)",
          "    }",
          "}",
        ]),
      ]),
    },
    {
      name: "Kotlin: a generic helper called with one argument is a call (R8Tests' assertSerializerWithNamedCompanion)",
      change: change([
        added("src/test/kotlin/a/R8Tests.kt", [
          "class R8Tests {",
          "    @Test",
          "    fun testNamedCompanions() {",
          '        assertSerializerWithNamedCompanion<SerializableWithNamedCompanion>("CustomName")',
          "    }",
          "",
          "    private inline fun <reified T> assertSerializerWithNamedCompanion(name: String) {",
          "        T::class.java.getDeclaredField(name)",
          "    }",
          "}",
        ]),
      ]),
    },
    {
      name: 'Kotlin: a kotest case with a body that asserts is one case, not also an empty `test("…")`',
      change: change([
        added("src/test/kotlin/a/SumTest.kt", ["class SumTest : FunSpec({", '    test("adds") {', "        sum(1, 1) shouldBe 2", "    }", "})"]),
      ]),
    },
    {
      name: "TS and Python: the commit message links why the tests are skipped",
      ...skipping("feat(devtools): move to peer dependency\n\n* skip some tests https://github.com/o/devtools/pull/5#issuecomment-1374703859"),
    },
    {
      name: "C#: the change edits the tests of a project named for the source's by its .csproj (`Tests/DapperTests.csproj`)",
      ...dapper(["Tests/DapperTests.csproj", "Tests/Tests.cs"], true),
    },
    {
      name: "C#: the only test project is named for another project: `Dapper/` has no tests to add to",
      ...dapper(["Tests/ToolsTests.csproj", "Tests/Tests.cs"]),
    },
    { name: "TS and Python: a description line that disables them for an issue", ...skipping("chore: disable the devtools tests until #1680 is fixed") },
    {
      name: "C# and Java: a skip whose own reason says why it cannot run (a dependency's limitation)",
      change: skippedWith("StructureMap does not mix concrete and open generics. Use constraints instead."),
    },
  ],
  invalid: [
    {
      name: "C# and Java: a reason that is work left, or too short to explain, is still said",
      change: change([
        added("test/MediatR.Tests/PipelineTests.cs", xunitSkipped("This fails since the upgrade, look later")),
        added("src/test/java/a/RecordTest.java", junitSkipped("not now")),
      ]),
      findings: [
        { messageId: "onlySkipped", path: "test/MediatR.Tests/PipelineTests.cs", line: 2 },
        { messageId: "onlySkipped", path: "src/test/java/a/RecordTest.java", line: 2 },
      ],
    },
    {
      name: "C#: a bug fix in `Dapper/`, whose tests are in `Tests/DapperTests.csproj`, asks for a test",
      ...dapper(["Tests/DapperTests.csproj", "Tests/Tests.cs"]),
      findings: [{ messageId: "missingTests", path: "Dapper/SqlMapper.cs", line: 3 }],
    },
    {
      name: "C#: a test project folder named for the source's without the dot, with more after it (`DapperTests NET35/`)",
      ...dapper(["DapperTests NET35/DapperTests NET35.csproj", "DapperTests NET35/Tests.cs"]),
      findings: [{ messageId: "missingTests", path: "Dapper/SqlMapper.cs", line: 3 }],
    },
    {
      name: "TS and Python: a message that links something else, or gives no link, does not track the skips",
      ...skipping("feat(devtools): move to peer dependency (#1672)\n\n* skip some tests"),
      findings: [
        { messageId: "onlySkipped", path: "tests/devtools.test.ts", line: 1 },
        { messageId: "onlySkipped", path: "tests/test_devtools.py", line: 6 },
      ],
    },
    {
      name: "Kotlin: an empty kotest case and an empty @Test still assert nothing",
      change: change([added("src/test/kotlin/a/SumTest.kt", kotest), added("src/test/kotlin/a/DiffTest.kt", junit)]),
      findings: [at("src/test/kotlin/a/SumTest.kt", 5), at("src/test/kotlin/a/DiffTest.kt", 6)],
    },
    {
      name: "TS and Python: tests that call a helper named for checking, or one that throws, assert, so an empty one beside them is flagged",
      change: change([added("test/parse.test.ts", namedChecker), added("tests/test_parse.py", throwingChecker)]),
      findings: [at("test/parse.test.ts", 7), at("tests/test_parse.py", 8)],
    },
  ],
});
