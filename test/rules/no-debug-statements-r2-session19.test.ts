import { addedFile, change } from "../helpers/make-change.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { asSourceMarks } from "../helpers/source-marks.js";

// Session 19, round 2 (#11): prints set 19's judges found deliberate (judged wrong).
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
/** An invalid case: one new file whose print on `line` is said. */
const said = (name: string, path: string, lines: string[], line: number): InvalidCase => ({
  name,
  change: one(path, lines),
  findings: [{ messageId: "debug", line }],
});

// ---- 1. A test function that is the child program another test starts ----
// go-plugin fd638d0f24 plugin_test.go: TestHelperProcess returns unless GO_WANT_HELPER_PROCESS is set, then plays
// the plugin and exits; its `fmt.Printf("%s|tcp|:1234\n", APIVersion)` is the handshake line the client parses.
const helper = (gate: string[], exit: string[]) => [
  "package plugin",
  "",
  "func TestHelperProcess(*testing.T) {",
  ...gate,
  ...exit,
  "\tcmd := os.Args[len(os.Args)-1]",
  "\tswitch cmd {",
  '\tcase "mock":',
  '\t\tfmt.Printf("%s|tcp|:1234\\n", APIVersion)',
  "\t\t<-make(chan int)",
  "\t}",
  "}",
];
const GATE = ['\tif os.Getenv("GO_WANT_HELPER_PROCESS") != "1" {', "\t\treturn", "\t}", ""];
valid.push(
  { name: "Go: the helper process's handshake print (go-plugin fd638d0f24)", change: one("plugin_test.go", helper(GATE, ["\tdefer os.Exit(0)", ""])) },
  {
    name: "Go: the same with the gate on one line and an empty-string test",
    change: one("exec_test.go", helper(['\tif os.Getenv("BE_CHILD") == "" { return }', ""], ["\tdefer os.Exit(0)"])),
  },
);
invalid.push(
  {
    name: "Go: a gated test that does not end the process is a test: its print is said",
    change: one("plugin_test.go", helper(GATE, [])),
    findings: [{ messageId: "debug", line: 11 }],
  },
  {
    name: "Go: an ordinary test's fmt.Printf is said",
    change: one("plugin_test.go", helper([], ["\tdefer os.Exit(0)"])),
    findings: [{ messageId: "debug", line: 8 }],
  },
);

// ---- 2. A print whose own comment says what it is for ----
// ktor 77b095467a TerminalTest.kt: `println("Test passes") // To observe System.out`, after asserting the stream.
valid.push(
  {
    name: "Kotlin: println with `// To observe System.out` (ktor 77b095467a)",
    change: one("jvm/test/io/ktor/TerminalTest.kt", [
      "    @Test",
      "    fun verifyOutAndErrStreams() {",
      "        assertIsNot<AnsiPrintStream>(System.out)",
      '        println("Test passes") // To observe System.out',
      "    }",
    ]),
  },
  {
    name: "Python: a print marked as intentional",
    change: one("pkg/seed.py", [
      "def seed():",
      "    value = random.randrange(1000)",
      "    print(value)  # intentionally printed: the seed reproduces a run",
      "    return value",
    ]),
  },
  {
    name: "JavaScript: a print whose comment says who it is for",
    change: one("src/start.js", ["function start(version) {", "  console.log(version); // so that users see which build runs", "  run();", "}"]),
  },
);
invalid.push(
  said(
    "Kotlin: a comment that calls the print a debug aid says the opposite",
    "src/main/kotlin/Parser.kt",
    ["fun parse(s: String): Int {", "    val n = s.toInt()", "    println(n) // debug, to check the value", "    return n", "}"],
    3,
  ),
  said(
    "JavaScript: a comment naming the value is no purpose",
    "src/parse.js",
    ["function parse(s) {", "  const n = Number(s);", "  console.log(n); // the parsed number", "  return n;", "}"],
    3,
  ),
);

// ---- 3. Output only in a batch, headless or CI run ----
// ZLogger 2f1630f967 UnitTestRunner.cs and 1491411ece PackageExporter.cs: `if (Application.isBatchMode) { Console.WriteLine(msg); }`.
valid.push(
  {
    name: "C#: Console.WriteLine under Application.isBatchMode (ZLogger 2f1630f967)",
    change: one("src/Unity/Assets/RuntimeUnitTestToolkit/UnitTestRunner.cs", [
      "    static void WriteToConsole(string msg)",
      "    {",
      "        if (Application.isBatchMode)",
      "        {",
      "            Console.WriteLine(msg);",
      "        }",
      "    }",
    ]),
  },
  {
    name: "JavaScript: a summary printed in a headless run",
    change: one("src/lib/report.js", ["function report(summary, options) {", "  if (options.headless) {", "    console.log(summary);", "  }", "}"]),
  },
  {
    name: "Python: a result printed in batch mode",
    change: one("pkg/bench.py", ["def finish(result):", "    if is_batch_mode():", "        print(result)", "    return result"]),
  },
);
invalid.push(
  said(
    "C#: Console.WriteLine under an ordinary condition is said",
    "src/Lib/Writer.cs",
    ["    static void Write(int count)", "    {", "        if (count > 0)", "        {", "            Console.WriteLine(count);", "        }", "    }"],
    5,
  ),
  said(
    "JavaScript: a word like `circle` in the condition is no CI check",
    "src/draw.js",
    ["function draw(shape) {", "  if (shape.isCircle) {", "    console.log(shape);", "  }", "}"],
    3,
  ),
);

// ---- 4. A mirror of a file deeper in the tree, edited with its original ----
// ZLogger 4ab776e2fc: the same `Console.WriteLine("SLEEP:" + sleepTime)` in src/ZLogger/… and in the Unity package's
// copy src/ZLogger.Unity/Assets/Scripts/ZLogger/…; the original's finding was agreed, the mirror's not worth saying.
const SLEEP = ["    async Task Flush()", "    {", '        Console.WriteLine("SLEEP:" + sleepTime);', "        await Task.Delay(sleepTime);", "    }"];
const ORIGINAL = "src/ZLogger/AsyncStreamLineMessageWriter.cs";
// Too few lines for two edited files of one name to be alike by more than nature: only the paths say mirror.
const COME_HERE = ["    // debugging...", '    Console.WriteLine("come here? " + messageId);', "    return buffer.Slice(0, written);"];
const MIRROR = "src/ZLogger.Unity/Assets/Scripts/ZLogger/AsyncStreamLineMessageWriter.cs";
const mirrored = (original: string[], mirror: string[], [o, m] = [ORIGINAL, MIRROR]) => ({
  // The source marks the mirror's lines (mirrored-copies.ts), as the git source and the App do before any rule runs.
  change: asSourceMarks(change([addedFile(o, original), addedFile(m, mirror)])),
  lookups: {
    issues: new Map(),
    fileContents: new Map([
      [o, original.join("\n")],
      [m, mirror.join("\n")],
    ]),
  },
});
invalid.push(
  {
    name: "C#: the print added to a file and to its Unity package's mirror is said once, on the original",
    ...mirrored(SLEEP, SLEEP),
    findings: [{ messageId: "debug", path: ORIGINAL, line: 3 }],
  },
  {
    name: "TypeScript: the same for a package's copy under vendor/ of a deeper folder",
    ...mirrored(
      ["export function flush(rows: Row[]) {", '  console.log("flushing rows: " + rows.length);', "}"],
      ["export function flush(rows: Row[]) {", '  console.log("flushing rows: " + rows.length);', "}"],
      ["src/core/flush.ts", "src/site/public/lib/core/flush.ts"],
    ),
    findings: [{ messageId: "debug", path: "src/core/flush.ts", line: 2 }],
  },
  {
    // Set 48: MessagePipe 9863b1787f, a Unity package's copy under `Runtime/`, the same two prints in both.
    name: "C#: the same for a Unity package's copy kept under Runtime/",
    ...mirrored(COME_HERE, COME_HERE, [
      "src/MessagePipe.Interprocess/MessageBuilder.cs",
      "src/MessagePipe.Unity/Assets/Plugins/MessagePipe.Interprocess/Runtime/MessageBuilder.cs",
    ]),
    findings: [{ messageId: "debug", path: "src/MessagePipe.Interprocess/MessageBuilder.cs", line: 2 }],
  },
  {
    name: "C#: a print only the mirror adds is said on the mirror",
    ...mirrored(["    async Task Flush()", "    {", "        await Task.Delay(sleepTime);", "    }"], SLEEP),
    findings: [{ messageId: "debug", path: MIRROR, line: 3 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
