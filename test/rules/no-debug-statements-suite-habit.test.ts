import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { rules } from "../../rules/index.js";
import type { Lookups } from "../../src/engine/rule.js";

// Set 41 (#11): a test's print where its suite prints by habit (ktorm: 18 of 25 test files `println` what a query
// returned) is the suite's way, not a leftover; where the suite does not print (junit-pioneer: 3 of 65), it still is.
const DIR = "core/src/test/kotlin/org/ktorm/";
const NEW_TEST = [
  "class AggregationTest : BaseTest() {",
  "    @Test",
  "    fun testAvg() {",
  "        val avg = Employees.averageBy { it.salary }",
  "        println(avg)",
  "        assert(avg > 0)",
  "    }",
  "}",
];

/** A sibling test file of the suite, printing what it checked or not. */
const sibling = (i: number, prints: boolean) =>
  [
    `class Sibling${i}Test : BaseTest() {`,
    "    @Test",
    `    fun testCount${i}() {`,
    `        val count = Employees.count { it.id gt ${i} }`,
    ...(prints ? ["        println(count)"] : []),
    "        assert(count >= 0)",
    "    }",
    "}",
  ].join("\n");

/** The new test beside `printing` siblings that print and `quiet` that do not, every one untouched and in the tree. */
function suite(printing: number, quiet: number, path = `${DIR}AggregationTest.kt`, siblingDir = DIR): { change: ReturnType<typeof change>; lookups: Lookups } {
  const around = new Map<string, string>();
  for (let i = 0; i < printing + quiet; i++) around.set(`${siblingDir}Sibling${i}Test.kt`, sibling(i, i < printing));
  return {
    change: change([addedFile(path, NEW_TEST)]),
    lookups: {
      issues: new Map(),
      fileContents: new Map([[path, NEW_TEST.join("\n")], ...around]),
      baseContents: new Map(),
      fileTree: [path, ...around.keys(), "core/src/main/kotlin/org/ktorm/Query.kt"],
    },
  };
}

testRule("no-debug-statements", {
  valid: [
    { name: "Kotlin: the suite prints by habit, 6 of 8 nearest tests (ktorm cddf76b02d)", ...suite(6, 2) },
    { name: "Kotlin: half of the nearest tests print", ...suite(4, 4) },
    // A new module's tests are read against the project's other tests (ktorm b2c78af6ed's `ktorm-global/`).
    { name: "Kotlin: a new module's test, beside the project's printing tests", ...suite(5, 1, "global/src/test/kotlin/org/ktorm/global/GlobalTest.kt") },
  ],
  invalid: [
    { name: "Kotlin: the suite does not print (junit-pioneer: 3 of 65)", ...suite(1, 7), findings: [{ messageId: "debug", line: 5 }] },
    { name: "Kotlin: two printing tests are not a habit", ...suite(2, 0), findings: [{ messageId: "debug", line: 5 }] },
    { name: "Kotlin: without the tree, no habit is known", change: suite(6, 2).change, findings: [{ messageId: "debug", line: 5 }] },
    {
      name: "Kotlin: the change's own printing tests are not its suite",
      ...(() => {
        const s = suite(6, 2);
        const own = [...s.lookups.fileTree!].filter((p) => p.includes("Sibling"));
        return { change: change([...s.change.files, ...own.map((p) => addedFile(p, s.lookups.fileContents.get(p)!.split("\n")))]), lookups: s.lookups };
      })(),
      findings: [
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
        { messageId: "debug", line: 5 },
      ],
    },
    {
      name: "Kotlin: report_in_printing_files reports it too",
      ...suite(6, 2),
      options: { report_in_printing_files: true },
      findings: [{ messageId: "debug", line: 5 }],
    },
    {
      name: "Kotlin: product code is not a test, whatever the suite does",
      ...(() => {
        const s = suite(6, 2, "core/src/main/kotlin/org/ktorm/Aggregation.kt");
        return s;
      })(),
      findings: [{ messageId: "debug", line: 5 }],
    },
  ],
});

describe("no-debug-statements: the suite's sample", () => {
  it("asks for the tree and the nearest untouched tests only for a test that may print", () => {
    const rule = rules["no-debug-statements"];
    const s = suite(6, 2);
    const opts = { allow_output_in: [], report_captured_test_output: false, report_in_printing_files: false };
    expect(rule.needs!(s.change, opts).fileTree).toBe(true);
    const later = rule.laterNeeds!(s.change, opts, s.lookups);
    expect(later.sort()).toEqual([...s.lookups.fileTree!].filter((p) => p.includes("Sibling")).sort());
    const product = suite(6, 2, "core/src/main/kotlin/org/ktorm/Aggregation.kt");
    expect(rule.needs!(product.change, opts).fileTree).toBeUndefined();
  });
});
