import { addedFile, change } from "../helpers/make-change.js";
import { type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 17 (#11): uncaught-exception handlers, stress tests' progress, leak tests' captures and unreached prints,
// pytest fixtures, a test run's host banner. Each kept shape has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const kept = (name: string, path: string, lines: string[]): ValidCase => ({ name, change: one(path, lines) });
const said = (name: string, path: string, lines: string[], line: number, messageId = "debug"): InvalidCase => ({
  name,
  change: one(path, lines),
  findings: [{ messageId, line }],
});
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a print in an uncaught-exception handler reports the error ----
// kotlinx.coroutines c22a1c748e LockFreeMPSCQueueStressTest.kt:97, 4ddfc91b43 CoroutineExceptionHandlerImpl.kt:11 (judged wrong).
valid.push(
  kept("Kotlin: a thread's uncaught-exception handler prints the failure", "src/test/kotlin/QueueTest.kt", [
    "class QueueTest {",
    "    @Test",
    "    fun testQueue() {",
    "        threads.forEach {",
    "            it.setUncaughtExceptionHandler { t, e ->",
    '                System.err.println("Thread $t failed: $e")',
    "                error(e)",
    "            }",
    "        }",
    "    }",
    "}",
  ]),
  kept("Kotlin: the platform's coroutine exception handler prints the exception", "native/src/CoroutineExceptionHandlerImpl.kt", [
    "internal actual fun handleCoroutineExceptionImpl(context: CoroutineContext, exception: Throwable) {",
    "    // log exception",
    "    println(exception)",
    "}",
  ]),
  kept("Java: Thread.setDefaultUncaughtExceptionHandler prints the throwable", "src/main/java/App.java", [
    "class App {",
    "  static void install() {",
    "    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {",
    "      System.out.println(e);",
    "    });",
    "  }",
    "}",
  ]),
  kept("JS: process.on('uncaughtException') logs the error", "src/server.js", [
    "process.on('uncaughtException', (err) => {",
    "  console.log(err);",
    "  process.exitCode = 1;",
    "});",
  ]),
  kept("Python: a sys.excepthook prints what nobody caught", "lib/hooks.py", [
    "def install():",
    "    def hook(kind, value, tb):",
    "        print(kind, value)",
    "    sys.excepthook = hook",
    "",
  ]),
);
invalid.push(
  said(
    "Kotlin: the same print in an ordinary function is a leftover",
    "native/src/CopyOnWriteList.kt",
    ["internal fun add(element: Any) {", "    println(element)", "    array += element", "}"],
    2,
  ),
  said("JS: a stream's own 'error' event is no uncaught-error handler", "src/client.js", ["self.on('error', (err) => {", "  console.log(err);", "});"], 2),
  said("JS: process.on('exit') is no error handler", "src/server.js", ["process.on('exit', (code) => {", "  console.log(code);", "});"], 2),
);

// ---- 2. a stress test's labelled progress lines ----
// kotlinx.coroutines c05de8807e ConcurrentWeakMapOperationStressTest.kt:65 (not worth saying), d718970149 PublisherRequestStressTest.kt:120.
const STRESS = (print: string) => [
  "class MapStressTest {",
  "    @Test",
  "    fun testOperations() {",
  "        for (sec in 1..nSeconds) {",
  "            Thread.sleep(1000)",
  "            val count = count.value",
  `            ${print}`,
  "            assertTrue(count > lastCount)",
  "        }",
  "    }",
  "}",
];
valid.push(
  kept("Kotlin: once-a-second progress in a *StressTest", "jvm/test/internal/MapStressTest.kt", STRESS('println("$sec: done $count batches")')),
  kept("Go: progress of a test under stress/", "stress/queue_test.go", [
    "func TestQueue(t *testing.T) {",
    "\tfor i := 0; i < n; i++ {",
    '\t\tfmt.Printf("round %d: %d items\\n", i, q.Len())',
    "\t}",
    "}",
  ]),
  kept("Python: a soak test's status line", "tests/test_soak.py", [
    "def run():",
    "    for i in range(100):",
    '        print("round", i, "ok")',
    "        step()",
    "",
  ]),
);
invalid.push(
  said("Kotlin: a bare value in a stress test is still someone looking at it", "jvm/test/internal/MapStressTest.kt", STRESS("println(count)"), 7),
  said("Kotlin: the labelled line in an ordinary test is still said", "jvm/test/internal/MapTest.kt", STRESS('println("$sec: done $count")'), 7),
);

// ---- 3. a leak test's closure prints the object it must capture; a print after a call that never returns ----
const CLOSURE = (test: string, printed: string) => [
  "class DebugTest {",
  "    @Test",
  `    fun ${test}() {`,
  "        val captured = Captured()",
  "        GlobalScope.launch {",
  "            work()",
  `            println(${printed})`,
  "        }",
  "    }",
  "}",
];
// kotlinx.coroutines c05de8807e DebugLeaksStressTest.kt:50 (judged wrong) and DebugLeaksTest.kt:47.
valid.push(
  kept("Kotlin: println(bytes) after suspendForever() is never reached", "debug/test/DebugLeaksStressTest.kt", [
    "class DebugLeaksStressTest {",
    "    @Test",
    "    fun testAbandonedGlobalCoroutineLeak() {",
    "        repeat(nRepeat) {",
    "            val bytes = ByteArray(nBytes)",
    "            GlobalScope.launch {",
    "                suspendForever()",
    "                println(bytes)",
    "            }",
    "        }",
    "    }",
    "}",
  ]),
  kept("Kotlin: a leak test's lazy coroutine prints the captured object", "debug/test/DebugLeaksTest.kt", [
    "class DebugLeaksTest {",
    "    @Test",
    "    fun testLazyGlobalCoroutineLeak() {",
    "        val captured = Captured()",
    "        GlobalScope.launch(start = CoroutineStart.LAZY) { println(captured) }",
    "        assertNoCapturedReference()",
    "    }",
    "}",
  ]),
  kept("Kotlin: a leak test's closure holds on to its object by printing it", "debug/test/DebugTest.kt", CLOSURE("testCapturedLeak", "captured")),
  kept("Go: a print after select {} never runs", "server/wait.go", ["package server", "", "func wait(x int) {", "\tselect {}", "\tfmt.Println(x)", "}"]),
  kept("JS: a print after await awaitForever() never runs", "src/hang.js", ["async function hang(x) {", "  await waitForever();", "  console.log(x);", "}"]),
);
invalid.push(
  said("Kotlin: a closure's print in an ordinary test is a leftover", "debug/test/DebugTest.kt", CLOSURE("testLazy", "captured"), 7),
  said("Kotlin: a leak test's closure printing a computed value is still said", "debug/test/DebugTest.kt", CLOSURE("testCapturedLeak", "captured.size"), 7),
  said(
    "Kotlin: a leak test's print of a computed value outside a closure is still said",
    "debug/test/DebugLeaksTest.kt",
    [
      "class DebugLeaksTest {",
      "    @Test",
      "    fun testLeak() {",
      "        val captured = Captured()",
      "        println(captured.size)",
      "        assertNoCapturedReference()",
      "    }",
      "}",
    ],
    5,
  ),
  said("Go: a print before select {} runs", "server/wait.go", ["package server", "", "func wait(x int) {", "\tfmt.Println(x)", "\tselect {}", "}"], 4),
);

// ---- 4. a pytest fixture named like a test prints at set-up; conftest.py anywhere ----
// urllib3 1812eac711 test/contrib/emscripten/conftest.py:39 (judged not worth saying).
const FIXTURE = (decorator: string) => [
  "import pytest",
  "",
  decorator,
  "def testserver_http(request):",
  "    server = DummyServer()",
  "    server.setup_class()",
  '    print(f"Server:{server.http_host}:{server.http_port}")',
  "    yield server",
  '    print("Server teardown")',
  "    server.teardown_class()",
];
valid.push(
  kept("Python: a module fixture in test/…/conftest.py", "test/contrib/emscripten/conftest.py", FIXTURE('@pytest.fixture(scope="module")')),
  kept("Python: a fixture in a root conftest.py", "conftest.py", FIXTURE("@pytest.fixture")),
);
const RUN = (decorator: string[]) => [...decorator, "def test_run(cli):", "    result = cli.invoke(dotenv_cli, ['--version'])", "    print(vars(result))"];
valid.push(kept("Python: a fixture named test_… prints what it set up", "tests/test_cli.py", RUN(["@pytest.fixture"])));
invalid.push({
  name: "Python: undecorated, it is a test that asserts nothing: still said",
  change: one("tests/test_cli.py", RUN([])),
  findings: [{ messageId: "debug", line: 3 }],
});

// ---- 5. a test run's host banner ----
// chalk 18f2e7c122 test.js:7 "add host information output" (judged wrong).
const BANNER = [
  "const chalk = require('.');",
  "",
  "console.log('host TERM=', process.env.TERM || '[none]');",
  "console.log('host platform=', process.platform);",
  "console.log('host support=', chalk.supportsColor);",
  "",
  "it('works', () => {});",
];
valid.push(
  kept("JS: labelled host prints at a test file's top level", "test.js", BANNER),
  kept("Python: the interpreter's version and platform over a test module", "tests/test_env.py", [
    'print("python", sys.version)',
    'print("platform", sys.platform)',
    "",
    "def test_x():",
    "    assert x",
  ]),
);
invalid.push(
  said(
    "JS: a lone top-level print of a value is a leftover",
    "test.js",
    ["const chalk = require('.');", "console.log('support', chalk.supportsColor);", "", "it('works', () => {});"],
    2,
  ),
  said(
    "JS: the same prints inside a test are said",
    "test.js",
    ["it('works', () => {", "  console.log('host TERM=', process.env.TERM);", "  console.log('host platform=', process.platform);", "});"],
    2,
    "debugMany",
  ),
);

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });
