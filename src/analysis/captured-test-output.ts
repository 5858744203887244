import type { FileFacts, TestCaseFact } from "../syntax/facts.js";

/**
 * Prints in a test whose runner holds its output back. pytest, NUnit and `go test` capture what a test
 * prints and show it only when the test fails (or under `-s`/`-v`): there a print beside working
 * assertions is the failure's context, harmless when the test passes. The judges of sets 11–15
 * agreed with 2 of 13 such Python prints (pyparsing's `print(observed)` before `assert observed ==
 * expected`: "captured output that only shows on failure"). A print in a test that asserts
 * nothing is the test's only look at the value (samber/lo's `println(msg)` in a test with no
 * check), and a value the test computes only to print it is someone looking at it (loguru's
 * `output = writer.read()`, printed, never asserted): both are still leftovers.
 * Line-based, 1-based line numbers; each scan is bounded by the test's span.
 */

/**
 * Languages whose usual test runner captures a test's output and whose tests the judges let print: pytest (and unittest run
 * by it). Not Rust: though libtest captures too, judges agreed with bare `dbg!` and `println!` in tests (axum, regex,
 * ripgrep), and sets 11–17's unworthy ones are a file's habit (rustls's io.rs had four `dbg!` at base).
 */
const CAPTURING = new Set(["python"]);
// C# tests under NUnit or MSTest, which attach what a test writes to the console to that test's result (scriban, StackExchange.Redis:
// four judged prints, none worth saying). Not xUnit, which drops it (command-line-api's `Console.WriteLine` under `[Fact]`: agreed),
// nor Go's and JUnit's runners, whose test prints the judges agreed with.
const CAPTURING_FRAMEWORK = /^\s*using\s+(?:NUnit\.Framework|Microsoft\.VisualStudio\.TestTools\.UnitTesting)\s*;/m;
/** Lines at a file's top read for its test framework's `using`. */
const USINGS = 60;

/** Whether the file's test runner holds its tests' output back. */
function capturing(facts: FileFacts, head: string[]): boolean {
  if (CAPTURING.has(facts.language)) return true;
  return facts.language === "csharp" && CAPTURING_FRAMEWORK.test(head.slice(0, USINGS).join("\n"));
}

/** Lines of a test read for the uses of a printed name: a huge generated test is not scanned whole. */
const MAX_TEST_LINES = 400;

/** The test case a line sits in, the innermost when cases nest. */
function testAt(facts: FileFacts, line: number): TestCaseFact | undefined {
  let best: TestCaseFact | undefined;
  for (const t of facts.tests) if (t.start <= line && t.end >= line && (!best || t.start >= best.start)) best = t;
  return best;
}

/**
 * Whether a print in a test file is output its runner captures: the language's runner holds it
 * back, and the print is no stand-in for an assertion (see above). Outside any test case (a helper
 * the tests call, a fixture) it is captured too.
 */
export function capturedTestPrint(facts: FileFacts, head: string[], line: number, printed: string, isPrint: (l: string) => boolean): boolean {
  if (!capturing(facts, head)) return false;
  const test = testAt(facts, line);
  if (test === undefined || isFixture(head, test.start)) return true;
  if (test.assertions === 0 && !test.expectsFailureOrSnapshot && !test.passesHandle) return false;
  return !boundOnlyToPrint(head, test, line, printed, isPrint);
}

// A pytest fixture's decorator (`@pytest.fixture(scope="module")`, `@fixture`, `@pytest_asyncio.fixture`).
const FIXTURE_DECORATOR = /^\s*@(?:[\w.]*\.)?fixture\b/;
/** Decorator lines read over a function. */
const DECORATORS_ABOVE = 4;

/**
 * Whether the "test" starting at this line is a pytest fixture named like a test (urllib3 1812eac711's
 * `testserver_http`, in a conftest.py): it sets a test up, and pytest captures its prints as a test's (set 16's
 * server host and ports printed at set-up, "Server teardown" after its `yield`: judged not worth saying).
 */
function isFixture(head: string[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 1 - DECORATORS_ABOVE; i--) {
    const l = head[i] ?? "";
    if (FIXTURE_DECORATOR.test(l)) return true;
    if (i < start - 1 && !/^\s*@/.test(l) && l.trim() !== "") return false;
  }
  return false;
}

// The name a printed expression starts from, past a label: `output` of `output.encode("utf8")`, `rows` of `"rows:", rows`.
const LEADING_NAME = /^[\s(,]*([A-Za-z_]\w*)\b(?!\s*\()/;
const STRINGS = /[a-zA-Z]{0,2}(["'])(?:\\.|(?!\1)[^\\]){0,400}\1/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether the printed value's name is bound in the test only to be printed: assigned once, and read
 * by prints alone (loguru 26169425bd: `output = writer.read()`, `print(output.encode("utf8"))`, then
 * `assert writer.read() == expected`). Nothing checks it; the print is how its author looked at it.
 */
function boundOnlyToPrint(head: string[], test: TestCaseFact, line: number, printed: string, isPrint: (l: string) => boolean): boolean {
  const name = LEADING_NAME.exec(printed.replace(STRINGS, ""))?.[1];
  if (name === undefined) return false;
  const uses = new RegExp(String.raw`(?<![\w.])${escape(name)}\b`);
  const binds = new RegExp(String.raw`^\s*${escape(name)}\s*=[^=]`);
  let bound = false;
  for (let i = test.start; i <= test.end && i <= head.length && i < test.start + MAX_TEST_LINES; i++) {
    const l = head[i - 1];
    if (i === line || !uses.test(l)) continue;
    if (binds.test(l) && i < line) bound = true;
    else if (!isPrint(l)) return false;
  }
  return bound;
}

/**
 * Languages whose standard test runner captures everything a test prints and shows it only for a failing test: pytest
 * (the runner of Python tests, `unittest` ones included) and Rust's libtest (`cargo test`). The calibration of session 18
 * (sets 11–17) found 17 judged prints (and `dbg!`) in such tests, 2 agreed: in a passing run they clutter nothing, and
 * the judges said so ("pytest captures it", "cargo shows the output only on failure"). Go's, JUnit's and Gradle's runners
 * are left out: the judges agreed with most of their tests' prints (gofiber, go-toml, clikt, Exposed). Sets 1–10 held a
 * few agreed Rust ones (axum, regex), so this is an option of no-debug-statements, on by default.
 */
const RUNNER_CAPTURES = new Set(["python", "rust"]);

/** Whether a test in this language prints only into its runner's capture (see above). */
export function runnerCapturesTestOutput(language: string): boolean {
  return RUNNER_CAPTURES.has(language);
}
