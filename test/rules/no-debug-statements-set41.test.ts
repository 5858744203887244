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

// Set 43: go-flags' shell completion prints its candidates for the shell to read (2df0face9f, judged *wrong*), and
// cheggaaa/pb's pool redraws its bars by printing a frame built with cursor-up and carriage-return codes (9ba607ec4b).
const COMPLETE = [
  "func (c *completion) Execute(args []string) error {",
  "\tret := c.complete(args)",
  "\tfor _, v := range ret {",
  "\t\tfmt.Println(v)",
  "\t}",
  "\treturn nil",
  "}",
];
const frame = (built: string) => [
  "func (p *Pool) writer() {",
  "\tvar out string",
  "\tfor {",
  `\t\t${built}`,
  "\t\tfor _, bar := range p.bars {",
  '\t\t\tout += bar.String() + "\\n"',
  "\t\t}",
  "\t\tfmt.Print(out)",
  "\t\ttime.Sleep(p.RefreshRate)",
  "\t}",
  "}",
];

testRule("no-debug-statements", {
  valid: [
    { name: "Go: a completion command's candidates (go-flags 2df0face9f)", change: one("completion.go", COMPLETE) },
    {
      name: "Go: a frame built with a cursor-up code, printed whole (pb 9ba607ec4b)",
      change: one("pool.go", frame('out = fmt.Sprintf("\\033[%dA", len(p.bars))')),
    },
    { name: "Go: a frame that returns the carriage", change: one("pool.go", frame('out = "\\r"')) },
  ],
  invalid: [
    { name: "Go: the same print in another file", change: one("parser.go", COMPLETE), findings: [{ messageId: "debug", line: 4 }] },
    { name: "Go: a frame built without control codes", change: one("pool.go", frame('out = ""')), findings: [{ messageId: "debug", line: 8 }] },
    {
      name: "TypeScript: a web UI's autocompletion logs for a developer",
      change: one("src/ui/autocompletion.ts", ["export function complete(items: string[]) {", "  console.log(items);", "  return items;", "}"]),
      findings: [{ messageId: "debug", line: 2 }],
    },
  ],
});
