import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { BEFORE_CALIBRATION } from "../helpers/pre-calibration.js";

const f = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);

// Session 18 calibration: reviewers agreed with 1 of 15 asserts-nothing and only-skipped verdicts on sets 11-17
// (fixtures whose method is named test, smoke tests that run code, skips whose reason lives elsewhere), and with
// every focused-test verdict. The default reports only focused tests; `test_checks` turns the others back on.
const assertsNothing = [
  f("test/a.test.ts", ["it('totals', () => {", "  const total = 1;", "});", "it('checks', () => {", "  expect(run()).toBe(1);", "});"]),
  f("tests/test_a.py", ["def test_runs():", "    pass"], { status: "added" }),
];
const onlySkipped = [
  f("test/b.test.ts", ["it.skip('later', () => {", "  expect(1).toBe(1);", "});"]),
  f("tests/test_b.py", ["@pytest.mark.skip(reason='flaky')", "def test_b():", "    assert x"], { status: "added" }),
  f("c_test.go", ["func TestC(t *testing.T) {", '\tt.Skip("todo")', "}"]),
  f("src/test/java/shop/CartTest.java", ["@Disabled", "@Test", "void sums() {", "  assertEquals(3, 3);", "}"]),
];

const MESSAGE = { asserts_nothing: "noAssertion", only_skipped: "onlySkipped" } as const;
/** A case with one check turned back on: the verdicts it reports, at these paths and lines. */
const turnedOn = (check: keyof typeof MESSAGE, at: Array<[string, number]>) => ({
  name: `${check} turned back on (TypeScript, Python${at.length > 2 ? ", Go, Java" : ""})`,
  options: { test_checks: [check] },
  change: change([...assertsNothing, ...onlySkipped]),
  findings: at.map(([path, line]) => ({ messageId: MESSAGE[check], path, line })),
});

testRule("tests-required", {
  valid: [
    { name: "default: a test that asserts nothing (TypeScript, Python) is not reported", change: change(assertsNothing) },
    { name: "default: tests added only as skipped (TypeScript, Python, Go, Java) are not reported", change: change(onlySkipped) },
    {
      name: "judge_tests off turns off focused too",
      options: { judge_tests: false },
      change: change([f("test/a.test.ts", ["it.only('x', () => {", "  expect(1).toBe(1);", "});"])]),
    },
    {
      name: "no checks listed: nothing is judged",
      options: { test_checks: [] },
      change: change([f("spec/a_spec.rb", ['fit "x" do', "  expect(1).to eq(1)", "end"])]),
    },
  ],
  invalid: [
    {
      name: "default: focused tests are still reported (TypeScript, Ruby)",
      change: change([
        f("test/a.test.ts", ["it.only('x', () => {", "  expect(1).toBe(1);", "});"]),
        f("spec/a_spec.rb", ['fit "x" do', "  expect(1).to eq(1)", "end"]),
        ...assertsNothing,
        ...onlySkipped,
      ]),
      findings: [
        { messageId: "focused", path: "test/a.test.ts", line: 1 },
        { messageId: "focused", path: "spec/a_spec.rb", line: 1 },
      ],
    },
    // Each check turned back on alone reports its own verdicts, and only those, on the same change.
    turnedOn("asserts_nothing", [
      ["test/a.test.ts", 1],
      ["tests/test_a.py", 1],
    ]),
    turnedOn("only_skipped", [
      ["test/b.test.ts", 1],
      ["tests/test_b.py", 2],
      ["c_test.go", 1],
      ["src/test/java/shop/CartTest.java", 1],
    ]),
    {
      name: "every check on (the tables written before session 18)",
      options: BEFORE_CALIBRATION["tests-required"],
      change: change([f("test/a.test.ts", ["it('totals', () => {", "  const total = 1;", "});"])]),
      findings: [{ messageId: "noAssertion", path: "test/a.test.ts", line: 1 }],
    },
  ],
});
