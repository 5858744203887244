import { addedFile, change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 41 (#11): junit-pioneer 7f56ffeac2 traces which thread ran each step of a test of parallel execution, to read the
// interleaving when it fails (judged not worth saying); a bare value printed in the same test is still a leftover.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const TEST = "src/test/java/org/junitpioneer/jupiter/resource/ResourcesParallelismTests.java";
const trace = (print: string) => [
  "class ResourcesParallelismTests {",
  "  private static void failIfExecutedInParallel(String testName) throws InterruptedException {",
  `    ${print}`,
  "    boolean wasZero = COUNTER.compareAndSet(0, 1);",
  "    assertThat(wasZero).isTrue();",
  "    Thread.sleep(TIMEOUT_MILLIS);",
  "  }",
  "}",
];

testRule("no-debug-statements", {
  valid: [
    {
      name: "Java: a test's print naming the thread it runs on (junit-pioneer 7f56ffeac2)",
      change: one(TEST, trace('System.out.println(Thread.currentThread() + ": " + testName + ": COUNTER = " + COUNTER);')),
    },
    {
      name: "C#: the managed thread's id",
      change: one("tests/Pool.Tests/PoolTests.cs", trace('Console.WriteLine($"{Environment.CurrentManagedThreadId}: {testName}");')),
    },
    {
      name: "Python: threading.current_thread()",
      change: one("tests/test_pool.py", ["def test_pool():", "    print(threading.current_thread(), counter)", "    assert counter"]),
    },
  ],
  invalid: [
    { name: "Java: the counter alone", change: one(TEST, trace("System.out.println(COUNTER);")), findings: [{ messageId: "debug", line: 3 }] },
    {
      name: "Java: the thread named in product code",
      change: one("src/main/java/org/junitpioneer/jupiter/resource/Pool.java", trace("System.out.println(Thread.currentThread() + testName);")),
      findings: [{ messageId: "debug", line: 3 }],
    },
  ],
});

// Set 42: zod-to-json-schema 9991411da5 replaces Jest with its own runner, whose `suite()` prints each suite's result and
// sets `process.exitCode = 1` on a failure (judged *wrong*): the function reports the run.
const runner = (status: string) => [
  "export function suite(suiteName: string, suiteContext: SuiteContext): void {",
  "  let tests = 0",
  "  let passedTests = 0",
  "  suiteContext(test)",
  "  if (tests === passedTests) {",
  "    console.log(`${suiteName}: ${tests} tests passed`)",
  "  } else {",
  `    ${status}`,
  "  }",
  "}",
];

testRule("no-debug-statements", {
  valid: [
    {
      name: "TypeScript: a test runner's suite sets the exit status (zod-to-json-schema 9991411da5)",
      change: one("test/suite.ts", runner("process.exitCode = 1")),
    },
  ],
  invalid: [
    {
      name: "TypeScript: a comparison of the exit code is no status set",
      change: one("test/suite.ts", runner("if (process.exitCode === 1) return")),
      findings: [{ messageId: "debug", line: 6 }],
    },
  ],
});

// Set 42: hoc081098/FlowExt c56d1fc414's root build script echoes the flag CI sets (judged not worth saying).
const FLAG = ["kotlin {", '  val kmpWasmEnabled = System.getProperty("kwasm", "true").toBoolean().also { println(">>> kmpWasmEnabled=$it") }', "}"];

testRule("no-debug-statements", {
  valid: [
    { name: "Kotlin: a Gradle build script's message (FlowExt c56d1fc414)", change: one("build.gradle.kts", FLAG) },
    { name: "Groovy: a module's build.gradle", change: one("core/build.gradle", ["task hello {", "  doLast { println 'Hello' }", "}"]) },
  ],
  invalid: [{ name: "Kotlin: the same print in product code", change: one("src/main/kotlin/Flags.kt", FLAG), findings: [{ messageId: "debug", line: 2 }] }],
});
