import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 17 (#11): uncaught-exception handlers, stress tests' progress, leak tests' captures and unreached prints,
// pytest fixtures, a test run's host banner. Each kept shape has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a print in an uncaught-exception handler reports the error ----
// kotlinx.coroutines c22a1c748e LockFreeMPSCQueueStressTest.kt:97, 4ddfc91b43 CoroutineExceptionHandlerImpl.kt:11 (judged wrong).
valid.push(
  {
    name: "Kotlin: a thread's uncaught-exception handler prints the failure",
    change: one("src/test/kotlin/QueueTest.kt", [
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
  },
  {
    name: "Kotlin: the platform's coroutine exception handler prints the exception",
    change: one("native/src/CoroutineExceptionHandlerImpl.kt", [
      "internal actual fun handleCoroutineExceptionImpl(context: CoroutineContext, exception: Throwable) {",
      "    // log exception",
      "    println(exception)",
      "}",
    ]),
  },
  {
    name: "Java: Thread.setDefaultUncaughtExceptionHandler prints the throwable",
    change: one("src/main/java/App.java", [
      "class App {",
      "  static void install() {",
      "    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {",
      "      System.out.println(e);",
      "    });",
      "  }",
      "}",
    ]),
  },
  {
    name: "JS: process.on('uncaughtException') logs the error",
    change: one("src/server.js", ["process.on('uncaughtException', (err) => {", "  console.log(err);", "  process.exitCode = 1;", "});"]),
  },
  {
    name: "Python: a sys.excepthook prints what nobody caught",
    change: one("lib/hooks.py", ["def install():", "    def hook(kind, value, tb):", "        print(kind, value)", "    sys.excepthook = hook", ""]),
  },
);
invalid.push(
  {
    name: "Kotlin: the same print in an ordinary function is a leftover",
    change: one("native/src/CopyOnWriteList.kt", ["internal fun add(element: Any) {", "    println(element)", "    array += element", "}"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "JS: process.on('exit') is no error handler",
    change: one("src/server.js", ["process.on('exit', (code) => {", "  console.log(code);", "});"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
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
  {
    name: "Kotlin: once-a-second progress in a *StressTest",
    change: one("jvm/test/internal/MapStressTest.kt", STRESS('println("$sec: done $count batches")')),
  },
  {
    name: "Go: progress of a test under stress/",
    change: one("stress/queue_test.go", [
      "func TestQueue(t *testing.T) {",
      "\tfor i := 0; i < n; i++ {",
      '\t\tfmt.Printf("round %d: %d items\\n", i, q.Len())',
      "\t}",
      "}",
    ]),
  },
  {
    name: "Python: a soak test's status line",
    change: one("tests/test_soak.py", ["def run():", "    for i in range(100):", '        print("round", i, "ok")', "        step()", ""]),
  },
);
invalid.push(
  {
    name: "Kotlin: a bare value in a stress test is still someone looking at it",
    change: one("jvm/test/internal/MapStressTest.kt", STRESS("println(count)")),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "Kotlin: the labelled line in an ordinary test is still said",
    change: one("jvm/test/internal/MapTest.kt", STRESS('println("$sec: done $count")')),
    findings: [{ messageId: "debug", line: 7 }],
  },
);

// ---- 3. a leak test's closure prints the object it must capture; a print after a call that never returns ----
// kotlinx.coroutines c05de8807e DebugLeaksStressTest.kt:50 (judged wrong) and DebugLeaksTest.kt:47.
valid.push(
  {
    name: "Kotlin: println(bytes) after suspendForever() is never reached",
    change: one("debug/test/DebugLeaksStressTest.kt", [
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
  },
  {
    name: "Kotlin: a leak test's lazy coroutine prints the captured object",
    change: one("debug/test/DebugLeaksTest.kt", [
      "class DebugLeaksTest {",
      "    @Test",
      "    fun testLazyGlobalCoroutineLeak() {",
      "        val captured = Captured()",
      "        GlobalScope.launch(start = CoroutineStart.LAZY) { println(captured) }",
      "        assertNoCapturedReference()",
      "    }",
      "}",
    ]),
  },
  {
    name: "Kotlin: a leak test's closure holds on to its object by printing it",
    change: one("debug/test/DebugTest.kt", [
      "class DebugTest {",
      "    @Test",
      "    fun testCapturedLeak() {",
      "        val captured = Captured()",
      "        GlobalScope.launch {",
      "            work()",
      "            println(captured)",
      "        }",
      "    }",
      "}",
    ]),
  },
  {
    name: "Go: a print after select {} never runs",
    change: one("server/wait.go", ["package server", "", "func wait(x int) {", "\tselect {}", "\tfmt.Println(x)", "}"]),
  },
  {
    name: "JS: a print after await awaitForever() never runs",
    change: one("src/hang.js", ["async function hang(x) {", "  await waitForever();", "  console.log(x);", "}"]),
  },
);
invalid.push(
  {
    name: "Kotlin: a closure's print in an ordinary test is a leftover",
    change: one("debug/test/DebugTest.kt", [
      "class DebugTest {",
      "    @Test",
      "    fun testLazy() {",
      "        val captured = Captured()",
      "        GlobalScope.launch {",
      "            work()",
      "            println(captured)",
      "        }",
      "        assertTrue(done)",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "Kotlin: a leak test's closure printing a computed value is still said",
    change: one("debug/test/DebugTest.kt", [
      "class DebugTest {",
      "    @Test",
      "    fun testCapturedLeak() {",
      "        val captured = Captured()",
      "        GlobalScope.launch {",
      "            work()",
      "            println(captured.size)",
      "        }",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "Kotlin: a leak test's print of a computed value outside a closure is still said",
    change: one("debug/test/DebugLeaksTest.kt", [
      "class DebugLeaksTest {",
      "    @Test",
      "    fun testLeak() {",
      "        val captured = Captured()",
      "        println(captured.size)",
      "        assertNoCapturedReference()",
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "Go: a print before select {} runs",
    change: one("server/wait.go", ["package server", "", "func wait(x int) {", "\tfmt.Println(x)", "\tselect {}", "}"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
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
  { name: "Python: a module fixture in test/…/conftest.py", change: one("test/contrib/emscripten/conftest.py", FIXTURE('@pytest.fixture(scope="module")')) },
  { name: "Python: a fixture in a root conftest.py", change: one("conftest.py", FIXTURE("@pytest.fixture")) },
);
const RUN = (decorator: string[]) => [...decorator, "def test_run(cli):", "    result = cli.invoke(dotenv_cli, ['--version'])", "    print(vars(result))"];
valid.push({ name: "Python: a fixture named test_… prints what it set up", change: one("tests/test_cli.py", RUN(["@pytest.fixture"])) });
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
  { name: "JS: labelled host prints at a test file's top level", change: one("test.js", BANNER) },
  {
    name: "Python: the interpreter's version and platform over a test module",
    change: one("tests/test_env.py", ['print("python", sys.version)', 'print("platform", sys.platform)', "", "def test_x():", "    assert x"]),
  },
);
invalid.push(
  {
    name: "JS: a lone top-level print of a value is a leftover",
    change: one("test.js", ["const chalk = require('.');", "console.log('support', chalk.supportsColor);", "", "it('works', () => {});"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "JS: the same prints inside a test are said",
    change: one("test.js", [
      "it('works', () => {",
      "  console.log('host TERM=', process.env.TERM);",
      "  console.log('host platform=', process.platform);",
      "});",
    ]),
    findings: [{ messageId: "debugMany", line: 2 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
