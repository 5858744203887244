import type { FunctionFact, Span, TestCaseFact } from "../syntax/facts.js";
import { COMMON_ASSERTION } from "../syntax/language-spec.js";

// The callee a statement starts with: `expect(…)`, `assert_eq!(…)`, `Assert.True(…)`, `self.assertEqual(…)`.
const CALLEE = /^\s*((?:[\w$]{1,80}\s*(?:\.|::|->)\s*){0,4}[\w$]{1,80}!?)\s*\(/;
// A statement assertion (Python's `assert x == y`), a Go test's failure (`t.Fatal(…)`), or testify's checks on a
// handle of any name (`is.Equal(…)`, `require.NoError(…)`).
const ASSERT_STATEMENT = /^\s*assert\b/;
const GO_FAILS = /^(?:t|b|tb|f)\.(?:Error|Errorf|Fatal|Fatalf|Fail|FailNow)$/;
const TESTIFY =
  /^[a-z]\w{0,12}\.(?:Equal\w*|NotEqual\w*|True|False|Nil|NotNil|Len|Contains|NotContains|Empty|NotEmpty|NoError|Error\w*|ElementsMatch|Same|Panics\w*)$/;

// A test harness's own failure report, a function of the suite's (minio-go's mint tests end each check in
// `logError(testName, function, args, startTime, "", "checksum mismatch", err)`; set 29): commented out, the check passes.
const HARNESS_FAILS = /^(?:log|report|record)(?:Error|Failure|Fail)\w*$/;

/** Whether a line of code is an assertion: a check the test makes. */
export function isAssertion(code: string): boolean {
  if (ASSERT_STATEMENT.test(code)) return true;
  const callee = CALLEE.exec(code)?.[1].replace(/\s+/g, "");
  return callee !== undefined && (COMMON_ASSERTION.test(callee) || GO_FAILS.test(callee) || TESTIFY.test(callee) || HARNESS_FAILS.test(callee));
}

/** Whether a line is inside a test case: a framework's case, a test callback, a function named for a test (`test_x`, Ruby's `define_method "test …"`), a Rust `#[test]`. */
function inTestCase(line: number, tests: TestCaseFact[], functions: FunctionFact[], rustTests: Span[]): boolean {
  const holds = (s: Span) => s.start <= line && line <= s.end;
  return tests.some(holds) || rustTests.some(holds) || functions.some((f) => holds(f) && (f.testCallback || /\btest/i.test(f.name)));
}

/**
 * Whether one commented-out line of test code is too small to raise (set 15: a disabled trace in a new test-server
 * helper, a commented `Printf` in a test-script helper, `// t.Parallel()`, an `//Assert.True(false, …)` in a
 * fixture's teardown; 15 of the 17 lone lines judged in test code of sets 11–15 were not worth saying). A test's
 * switches, traces and setup calls are kept at hand while working on it. A parked assertion inside a test case is
 * still said (jotai 88362ed746: `// expect(storageData.count).toBe('11')` closing a new test): the test now
 * checks less than it looks.
 */
export function minorTestLine(code: string, line: number, tests: TestCaseFact[], functions: FunctionFact[], rustTests: Span[]): boolean {
  return !(isAssertion(code) && inTestCase(line, tests, functions, rustTests));
}
