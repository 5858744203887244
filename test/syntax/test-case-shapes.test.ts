import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { parseFacts } from "../../src/syntax/parse-file.js";
import type { TestCaseFact } from "../../src/syntax/facts.js";

beforeAll(() => loadAllGrammars());

function tests(path: string, lines: string[]): TestCaseFact[] {
  const facts = parseFacts(path, lines.join("\n"));
  if (!facts || "notAnalysed" in facts) throw new Error(`no facts for ${path}`);
  return facts.tests;
}

// Shapes the rule tests-required met in real repositories (#11), one row per shape.
describe("test-case shapes", () => {
  it.each([
    [
      "Kotlin: assertFailsWith<X> { } (read by the grammar as comparisons) expects a failure",
      "ATest.kt",
      ["class ATest {", "  @Test fun b() { assertFailsWith<X> { f() } }", "}"],
      { expectsFailureOrSnapshot: true },
    ],
    [
      "Kotlin: a comparison is not a call",
      "ATest.kt",
      ["class ATest {", "  @Test fun b() { val x = a < b }", "}"],
      { calls: [], expectsFailureOrSnapshot: false },
    ],
    [
      "Kotlin: a kotest case is one case, named by its string, whose own name is not a call it makes",
      "SumTest.kt",
      ["class SumTest : FunSpec({", '  test("adds") {', "    assertEquals(2, sum(1, 1))", "  }", "})"],
      { name: "adds", calls: ["assertEquals", "sum"], assertions: 1 },
    ],
    [
      // hoplite 61ff729984's KebabCaseTest (set 32): a StringSpec's case is its string called with the body.
      "Kotlin: a kotest StringSpec case is named by its string, with its assertion",
      "KebabCaseTest.kt",
      ["class KebabCaseTest : StringSpec({", '  "should support trailing numbers" {', '    load("my-server-1: a") shouldBe Foo("a")', "  }", "})"],
      { name: "should support trailing numbers", skip: "none", assertions: 1 },
    ],
    [
      "Kotlin: a StringSpec case whose name opens with `!` is disabled",
      "KebabCaseTest.kt",
      ["class KebabCaseTest : StringSpec({", '  "!should support trailing numbers" {', '    load("my-server-1: a") shouldBe Foo("a")', "  }", "})"],
      { skip: "unconditional" },
    ],
    [
      "Kotlin: a generic call with one argument, read by the grammar as comparisons, is a call",
      "ATest.kt",
      ["class ATest {", '  @Test fun b() { assertNamed<Holder>("Custom") }', "}"],
      { calls: ["assertNamed"], assertions: 1 },
    ],
    ["Python: a data fixture passed on is not the handle", "test_a.py", ["def test_a(tmp_path):", "    write(tmp_path)"], { passesHandle: false }],
    [
      "Python: self passed to a helper is the handle",
      "test_a.py",
      ["class T(unittest.TestCase):", "    def test_a(self):", "        check_all(self, 1)"],
      { passesHandle: true },
    ],
  ] as const)("%s", (_name, path, lines, expected) => {
    expect(tests(path, [...lines])[0]).toMatchObject(expected);
  });
});
