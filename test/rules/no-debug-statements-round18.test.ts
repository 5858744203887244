import { rules } from "../../rules/index.js";
import type { Lookups } from "../../src/engine/rule.js";
import type { Change, ChangedFile } from "../../src/model/change.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { addedFile, change } from "../helpers/make-change.js";
import { changed as changedTexts } from "../helpers/base-head.js";
import { type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { BEFORE_CALIBRATION, testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 15 (#11): the rule reads what it asked for, so its verdict is the same run alone and with every rule.
const rule = rules["no-debug-statements"];
const options = rule.options.parse(BEFORE_CALIBRATION["no-debug-statements"]);

/** The rule run alone: the source fetches only the base texts its own `needs` names, out of the repository's `base`. */
function runAlone(c: Change, base: Record<string, string>) {
  const asked = rule.needs!(c, options).baseContents ?? [];
  const found: Lookups = { issues: new Map(), fileContents: new Map(), baseContents: new Map(asked.filter((p) => p in base).map((p) => [p, base[p]])) };
  return rule.check(c, options, found).filter((f) => !f.info);
}

const removed = (path: string, deletions: number): ChangedFile => ({ ...addedFile(path, []), status: "removed", additions: 0, deletions });
const TEAMCITY_GROOVY = [
  "if (project.hasProperty('teamcity')) {",
  "    def postfix = ''",
  "    println(\"##teamcity[buildNumber '${project.version}${postfix}']\")",
  "}",
].join("\n");
const TEAMCITY_KTS = (print: string) => ['if (hasProperty("teamcity")) {', '    val postfix = ""', `    ${print}`, "}"];

describe("no-debug-statements, run alone", () => {
  beforeAll(() => loadAllGrammars());
  it("asks for the text of a deleted file the syntax layer does not parse (a Groovy build script)", () => {
    const c = change([
      addedFile("buildSrc/teamcity-conventions.main.kts", TEAMCITY_KTS("println(x)"), 1, { status: "added" }),
      removed("gradle/teamcity.gradle", 4),
    ]);
    expect(rule.needs!(c, options).baseContents).toContain("gradle/teamcity.gradle");
  });
  it("a print moved out of a deleted Groovy script into its Kotlin rewrite is not new", () => {
    const kts = TEAMCITY_KTS("println(\"##teamcity[buildNumber '${project.version}${postfix}']\")");
    const c = change([addedFile("buildSrc/teamcity-conventions.main.kts", kts, 1, { status: "added" }), removed("gradle/teamcity.gradle", 4)]);
    expect(runAlone(c, { "gradle/teamcity.gradle": TEAMCITY_GROOVY })).toEqual([]);
  });
  it("a new print beside the moved code is still said", () => {
    const kts = TEAMCITY_KTS("println(postfix)");
    const c = change([addedFile("buildSrc/teamcity-conventions.main.kts", kts, 1, { status: "added" }), removed("gradle/teamcity.gradle", 4)]);
    expect(runAlone(c, { "gradle/teamcity.gradle": TEAMCITY_GROOVY }).map((f) => f.line)).toEqual([3]);
  });
  it("asks for nothing of a binary file", () => {
    const c = change([addedFile("src/a.kt", ["fun f() {", "    println(x)", "}"], 1, { status: "added" }), { ...removed("img/logo.png", 3), binary: true }]);
    expect(rule.needs!(c, options).baseContents).not.toContain("img/logo.png");
  });
});

// Set 14's wrong and not-worth-saying findings that still fired, each with a twin still said: a print under a flag that
// asks for output, a timing report, a child process's handshake line, and a JUnit 3 method the runner never calls.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
/** A shape left alone with `quiet` and said on `line` with `loud`, in the same file. */
function twins(path: string, make: (v: string) => string[], quiet: [name: string, v: string], loud: [name: string, v: string], line: number) {
  valid.push({ name: quiet[0], change: one(path, make(quiet[1])) });
  invalid.push({ name: loud[0], change: one(path, make(loud[1])), findings: [{ messageId: "debug", line }] });
}

// ---- 1. a flag that asks for output (kotlinx.serialization 123a323c4d TestingFramework.kt) ----
twins(
  "runtime/commonTest/src/kotlinx/serialization/test/TestingFramework.kt",
  (cond) => [
    "fun <T> assertRestored(original: T, format: BinaryFormat, printResult: Boolean = false) {",
    "    val hexString = format.dumpHex(original)",
    `    if (${cond}) {`,
    '        println("[Serialized form] $hexString")',
    "    }",
    "    assertEquals(original, format.load(hexString))",
    "}",
  ],
  ["Kotlin: a print under `if (printResult)`, a flag the caller sets, is output asked for", "printResult"],
  ["Kotlin: a print under a computed condition is still said", "hexString.length > 2"],
  4,
);
twins(
  "pkg/tree.py",
  (cond) => ["def render(tree, print_tree=False):", "    out = layout(tree)", `    if ${cond}:`, "        print(out)", "    return out"],
  ["Python: `if print_tree:` asks for the print", "print_tree"],
  ["Python: `if printer:` names a printer, not a wish to print", "printer"],
  4,
);
// BurntSushi/toml 293f9ba056 (judged set 16): `testf` prints only when the `-out` flag (`flagOut`) is set.
twins(
  "out.go",
  (cond) => ["package toml", "", "func testf(format string, v ...interface{}) {", `\tif ${cond} {`, "\t\tfmt.Printf(format, v...)", "\t}", "}"],
  ["Go: `if flagOut` is the -out flag's switch", "flagOut"],
  ["Go: `if outer` names no output", "outer"],
  5,
);
twins(
  "src/report.js",
  (cond) => ["function render(tree, opts) {", "  const out = layout(tree);", `  if (${cond}) {`, "    console.log(out);", "  }", "  return out;", "}"],
  ["JavaScript: `if (opts.showOutput)` is the caller's switch", "opts.showOutput"],
  ["JavaScript: `if (opts.show(out))` is a call, not a flag", "opts.show(out)"],
  4,
);

// ---- 2. a timing report (Dapper 10c51f427f DapperTests NET45/Tests.cs) ----
twins(
  "Tests/Tests.cs",
  (print) => [
    "public void RunSequentialVersusParallel()",
    "{",
    "    var watch = Stopwatch.StartNew();",
    "    connection.ExecuteAsync(cmd).Wait();",
    "    watch.Stop();",
    `    ${print}`,
    "}",
  ],
  ["C#: a labelled figure read off a stopwatch is what the test ran to measure", 'Console.WriteLine("No pipeline: {0}ms", watch.ElapsedMilliseconds);'],
  ["C#: the bare figure, unlabelled, is still a value looked at", "Console.WriteLine(watch.ElapsedMilliseconds);"],
  6,
);
twins(
  "tests/test_parse.py",
  (print) => ["def test_parse_many():", "    t0 = time.perf_counter()", "    rows = parse(DATA)", `    ${print}`, "    assert len(rows) == 3"],
  ["Python: `print('parse took', time.perf_counter() - t0)` reports a timing", 'print("parse took", time.perf_counter() - t0)'],
  ["Python: the bare start time, printed and never checked, is still said", "print(t0)"],
  4,
);
twins(
  "decoder/decode.go",
  (print) => ["package decoder", "", "func Decode(b []byte) Value {", "\tstart := time.Now()", "\tv := decode(b)", `\t${print}`, "\treturn v", "}"],
  ['Go: `fmt.Println("decoded in", time.Since(start))` is a timing', 'fmt.Println("decoded in", time.Since(start))'],
  ['Go: `fmt.Println("decoded", v)` is a value looked at', 'fmt.Println("decoded", v)'],
  6,
);

invalid.push({
  name: 'Python: the word `elapsed` in a label is no measured time: `print("elapsed:", rows)` is said',
  change: one("tests/test_parse.py", ["def test_parse_many():", "    rows = parse(DATA)", '    print("elapsed:", rows)', "    assert len(parse(DATA)) == 3"]),
  findings: [{ messageId: "debug", line: 3 }],
});

// ---- 3. a child process's handshake (command-line-api 9ebcd90a3e CancelOnProcessTerminationTests.cs) ----
const HANDSHAKE_CS = (compare: string) => [
  "public class CancelOnProcessTerminationTests",
  "{",
  '    private const string ChildProcessWaiting = "Waiting for the command to be cancelled";',
  "    private static int Program(string[] args)",
  "    {",
  "        Console.WriteLine(ChildProcessWaiting);",
  "        return 0;",
  "    }",
  "    public async Task CancellableHandler_is_cancelled_on_process_termination()",
  "    {",
  "        var process = Process.Start(new ProcessStartInfo { RedirectStandardOutput = true });",
  "        string childState = await process.StandardOutput.ReadLineAsync();",
  `        ${compare}`,
  "    }",
  "}",
];
twins(
  "src/System.CommandLine.Tests/Invocation/CancelOnProcessTerminationTests.cs",
  HANDSHAKE_CS,
  ["C#: the child's line that the parent test reads from its stdout and compares is the handshake", "childState.Should().Be(ChildProcessWaiting);"],
  ["C#: a constant nothing compares is still a print to look at", "childState.Should().NotBeNull();"],
  6,
);
const HANDSHAKE_PY = (popen: string) => [
  'READY = "ready"',
  "",
  "def child():",
  "    print(READY, flush=True)",
  "    serve()",
  "",
  "def test_child_signals_ready():",
  `    proc = ${popen}`,
  "    line = proc.stdout.readline().decode().strip()",
  "    assert line == READY",
];
// Outside the tests' folder: pytest would hold back a test module's print whatever it is.
twins(
  "pkg/child_protocol.py",
  HANDSHAKE_PY,
  ["Python: a child prints READY, the test reads proc.stdout and compares it", "subprocess.Popen([sys.executable, __file__], stdout=subprocess.PIPE)"],
  ["Python: without a child process started, printing READY is a look at a value", "start_child()"],
  4,
);

// ---- 4. a JUnit 3 method the runner never calls (slf4j 29628f5e62 ProjectConverterTest.Xtest, eb84d13d23 ProfilerTest.smoke) ----
const JUNIT3 = (name: string, extra: string[] = []) => [
  "import junit.framework.TestCase;",
  "",
  "public class ProfilerTest extends TestCase {",
  `  public void ${name}() {`,
  '    Profiler profiler = new Profiler("SMOKE");',
  "    System.out.println(profiler);",
  "    profiler.stop();",
  "  }",
  ...extra,
  "}",
];
valid.push(
  { name: "Java: JUnit 3 runs `test…` methods only: `smoke()` never runs", change: one("src/test/java/org/slf4j/profiler/ProfilerTest.java", JUNIT3("smoke")) },
  { name: "Java: nor does `Xtest()`, a test renamed off", change: one("src/test/java/org/slf4j/converter/ProjectConverterTest.java", JUNIT3("Xtest")) },
);
invalid.push(
  {
    name: "Java: a JUnit 3 `testSmoke()` runs: its print is said",
    change: one("src/test/java/org/slf4j/profiler/ProfilerTest.java", JUNIT3("testSmoke")),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Java: a helper a test calls runs too",
    change: one("src/test/java/org/slf4j/profiler/ProfilerTest.java", JUNIT3("smoke", ["  public void testAll() {", "    smoke();", "  }"])),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Java: under JUnit 4 (`@Test` in the file) a method is run by its annotation, not its name",
    change: one("src/test/java/org/slf4j/profiler/ProfilerTest.java", JUNIT3("smoke", ["  @Test", "  public void other() {", "  }"])),
    findings: [{ messageId: "debug", line: 6 }],
  },
);

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });

// ---- 5. a label the file's prints already carry (Exposed 765940b0ca src/kotlin/sql/Session.kt) ----
const labelled = (path: string, base: string[], head: string[]) => changedTexts(path, base.join("\n"), head.join("\n"));
/** A Session method that echoes its statement, then runs it. */
const echoing = (name: string, arg: string, print = `println("SQL: " + ${arg})`) => [
  `    fun ${name}(${arg}: String) {`,
  `        ${print}`,
  `        connection.run(${arg})`,
  "    }",
];
const SESSION_BASE = ["class Session(val connection: Connection) {", ...echoing("exec", "sql"), ...echoing("create", "ddl"), "}"];
const SESSION_HEAD = (print: string) => [...SESSION_BASE.slice(0, -1), ...echoing("createKeys", "fk", print), "}"];
const SESSION_PY_BASE = ["def run(sql):", '    print("SQL:", sql)', "    db.run(sql)", "", "def ddl(sql):", '    print("SQL:", sql)', "    db.run(sql)"];
const SESSION_PY_HEAD = (print: string) => [...SESSION_PY_BASE, "", "def keys(sql):", `    ${print}`, "    db.run(sql)"];
testRuleBeforeCalibration("no-debug-statements", {
  valid: [
    {
      name: 'Kotlin: a third `println("SQL: " + …)` joins the SQL echo the file already had',
      ...labelled("src/kotlin/sql/Session.kt", SESSION_BASE, SESSION_HEAD('println("SQL: " + fk)')),
    },
    { name: 'Python: so does a third `print("SQL:", sql)`', ...labelled("db/session.py", SESSION_PY_BASE, SESSION_PY_HEAD('print("SQL:", sql)')) },
  ],
  invalid: [
    {
      name: "Kotlin: a print with a label of its own is still said",
      ...labelled("src/kotlin/sql/Session.kt", SESSION_BASE, SESSION_HEAD('println("fk: " + fk)')),
      findings: [{ messageId: "debug", line: 11 }],
    },
    {
      name: "Python: a bare value beside the echo is still said",
      ...labelled("db/session.py", SESSION_PY_BASE, SESSION_PY_HEAD("print(sql)")),
      findings: [{ messageId: "debug", line: 10 }],
    },
    {
      name: "Python: in a test file a label used twice at base is no channel: a new look at a value is said",
      ...labelled(
        "tests/test_threads.py",
        ["def test_a():", '    print("count:", a)', "    assert a", "", "def test_b():", '    print("count:", b)', "    assert b"],
        [
          "def test_a():",
          '    print("count:", a)',
          "    assert a",
          "",
          "def test_b():",
          '    print("count:", b)',
          "    assert b",
          "",
          "def test_c():",
          "    c = run()",
          '    print("count:", c)',
          "    assert run() == 3",
        ],
      ),
      findings: [{ messageId: "debug", line: 11 }],
    },
  ],
});
