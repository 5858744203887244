/**
 * A JUnit 3 method the runner never calls (#11, session 15). A JUnit 3 test class (`extends TestCase`, no `@Test`)
 * runs its public methods whose names start with `test`, and `setUp`/`tearDown` around them. A method named otherwise
 * (`Xtest()`, `smoke()`), which nothing in the file calls, is a test switched off by its name, as `@Ignore` switches
 * one off: its prints never clutter a run (slf4j's `ProjectConverterTest.Xtest`, `ProfilerTest.smoke`, judged not
 * worth saying on set 14).
 */
const JUNIT3_CLASS = /\bclass\s+\w+\s+extends\s+(?:junit\.framework\.)?TestCase\b/;
const JUNIT4_MARK = /^\s*@(?:org\.junit\.(?:jupiter\.api\.)?)?(?:Test|ParameterizedTest|RepeatedTest|TestFactory)\b/;
// The methods the runner calls by name besides the tests.
const RUNNER_CALLS = /^(?:test\w*|setUp|tearDown|suite|runTest|runBare|setUpClass|tearDownClass)$/;
const MAX_LINES = 5000;

// Per file text: whether it is a JUnit 3 test class, read once however many prints it holds.
const junit3ByHead = new WeakMap<readonly string[], boolean>();
function isJUnit3(head: readonly string[]): boolean {
  let known = junit3ByHead.get(head);
  if (known === undefined) {
    const lines = head.slice(0, MAX_LINES);
    known = lines.some((l) => JUNIT3_CLASS.test(l)) && !lines.some((l) => JUNIT4_MARK.test(l));
    junit3ByHead.set(head, known);
  }
  return known;
}

/** Whether `name` (a method of the file, declared at `start`, 1-based) is a JUnit 3 method no run reaches. */
export function unrunJUnit3Method(head: readonly string[], name: string, start: number): boolean {
  if (RUNNER_CALLS.test(name) || !/^\w{1,80}$/.test(name) || !isJUnit3(head)) return false;
  const lines = head.slice(0, MAX_LINES);
  // A public method with no parameter is what the runner would call, had it the name; it is declared where its span starts.
  const declaration = new RegExp(`^\\s*public\\s+void\\s+${name}\\s*\\(\\s*\\)`);
  if (!lines.slice(Math.max(0, start - 1), start + 2).some((l) => declaration.test(l))) return false;
  // Nothing else names it: no call (`smoke()`), no reference (`this::smoke`, a suite built by name).
  const named = new RegExp(`\\b${name}\\b`);
  return lines.filter((l) => named.test(l)).length === 1;
}
