import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 16 (#10): what a reviewer would not say (set 15): one parked line in test code, a line a lint suppression
// on its function names, a test's debug switches; and one finding per file. Each kept case has a twin still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. one parked line in test code: too small to raise, unless it is an assertion of a test case ----
// StackExchange.Redis bcf41c29c1 (a trace in a test server), fsnotify 5fba4218fa (`//fmt.Printf` in a test-script
// helper), a804031763 (`//Assert.True(false, …)` in a fixture's teardown): not worth saying. jotai 88362ed746
// (`// expect(storageData.count).toBe('11')` closing a new test) and chrono d79c460fc4 (`//assert_eq!(rhs + lhs, sum);`
// in a #[test]): agree.
const minor: Array<[string, string, string[]]> = [
  [
    "C#",
    "tests/Redis.Tests/InProcessTestServer.cs",
    [
      "class InProcessTestServer {",
      "    EndPoint Create(EndPoint endpoint) {",
      '        // server._log?.WriteLine($"Disabling {endpoint}");',
      "        return default;",
      "    }",
      "}",
    ],
  ],
  [
    "Go",
    "helpers_test.go",
    ["func run(cmds []cmd) {", "\tfor _, c := range cmds {", '\t\t//fmt.Printf("line %d\\n", c.line)', "\t\tswitch c.cmd {", "\t\t}", "\t}", "}"],
  ],
  [
    "C#",
    "tests/Redis.Tests/SharedConnectionFixture.cs",
    [
      "class SharedConnectionFixture {",
      "    public void Dispose() {",
      '        //Assert.True(false, $"There were {count} exceptions.");',
      "        Log(output);",
      "    }",
      "}",
    ],
  ],
  ["Python", "tests/test_setup.py", ["def test_connect(client):", "    # client.reset_pool()", "    assert client.connect()"]],
  [
    "TS",
    "tests/basic.test.tsx",
    ["it('counts', async () => {", "  setCount(1)", "  // requestAnimationFrame(() => setCount(2))", "  await findByText('1')", "})"],
  ],
];
for (const [lang, path, lines] of minor) valid.push({ name: `${lang}: one parked line in test code (${path})`, change: one(path, lines) });
const said: Array<[string, string, string[], number]> = [
  [
    "TS",
    "tests/atomWithStorage.test.tsx",
    ["it('stores', async () => {", "  await findByText('count: 12')", "  // expect(storageData.count).toBe('11')", "})"],
    3,
  ],
  ["Rust", "src/time.rs", ["#[cfg(test)]", "mod tests {", "    #[test]", "    fn add() {", "        //assert_eq!(rhs + lhs, sum);", "    }", "}"], 5],
  ["Java", "src/test/java/ATest.java", ["class ATest {", "  @Test", "  void reads() {", "    // assertEquals(1, read());", "    read();", "  }", "}"], 4],
  ["Go", "a_test.go", ["package a", "", "func TestA(t *testing.T) {", '\t// t.Fatal("no event")', "\trun()", "}"], 4],
  ["Python", "tests/test_a.py", ["def test_a():", "    # self.assertEqual(read(), 1)", "    read()"], 2],
  // The same trace in library code is a leftover.
  [
    "C#",
    "src/Redis/InProcessServer.cs",
    [
      "class InProcessServer {",
      "    EndPoint Create(EndPoint endpoint) {",
      '        // server._log?.WriteLine($"x {endpoint}");',
      "        return default;",
      "    }",
      "}",
    ],
    3,
  ],
];
for (const [lang, path, lines, at] of said)
  invalid.push({
    name: `${lang}: a parked assertion of a test, or a line outside tests (${path})`,
    change: one(path, lines),
    findings: [{ messageId: "commentedOutLine", line: at }],
  });
// A block of two lines in a test is said as anywhere (samber/lo 0fb185c15c: four assertions on `children[4]`, agree).
invalid.push({
  name: "Go: a block of parked lines in a test is still said",
  change: one("channel_test.go", ["func TestDispatch(t *testing.T) {", "\t// msg4, ok4 := <-children[4]", "\t// is.Equal(ok4, false)", "\trun()", "}"]),
  findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
});

// ---- 2. a line a lint suppression on its function names ----
// samber/lo 380e1a0ae2: `func TestFanIn(t *testing.T) { //nolint:paralleltest` over `// t.Parallel()`.
const SUPPRESSED = (header: string, body: string) => ["package lo", "", header, body, "\trun()", "}"];
valid.push(
  {
    name: "Go: `// t.Parallel()` under `//nolint:paralleltest` on the function",
    change: one("channel.go", SUPPRESSED("func FanIn(t *testing.T) { //nolint:paralleltest", "\t// t.Parallel()")),
  },
  {
    name: "Go: `//nolint:paralleltest,gocritic` names it among others",
    change: one("channel.go", SUPPRESSED("func FanIn(t *testing.T) { //nolint:gocritic,paralleltest", "\t// t.Parallel()")),
  },
  {
    name: "Python: `# pylint: disable=consider-using-with` on the def over the commented call",
    change: one("lib/io.py", ["def read(path):  # pylint: disable=consider-using-with", "    # with open(path) as f: pass", "    return open(path)"]),
  },
);
invalid.push(
  {
    name: "Go: a suppression that names another rule",
    change: one("channel.go", SUPPRESSED("func FanIn(t *testing.T) { //nolint:gocritic", "\t// t.Parallel()")),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  },
  {
    // The directive alone on its line silenced the line under it when it was live: a leftover with it.
    name: "TS: `// eslint-disable-next-line no-console` over a commented console.log",
    change: one("src/a.ts", ["export function a(x: number) {", "  // eslint-disable-next-line no-console", "  // console.log(x);", "  return x;", "}"]),
    findings: [{ messageId: "commentedOutPrint", line: 3 }],
  },
  {
    name: "JS: a rule that forbids the call, on the function's line",
    change: one("src/a.js", ["function a(x) { // eslint-disable-line no-console", "  // console.log(x);", "  return x;", "}"]),
    findings: [{ messageId: "commentedOutPrint", line: 2 }],
  },
);

// ---- 3. a test's debug switches: `setDebug()` calls, an `#if DEBUG` tail of prints ----
// pyparsing 8339b04540 unitTests.py; StackExchange.Redis c002a00e19 MigratedBookSleeveTestSuite/Program.cs.
valid.push(
  {
    name: "Python: three commented `setDebug()` toggles in a unit test",
    change: one("unitTests.py", [
      "def testWhitespace(self):",
      "    expression = literal | identifier",
      '    # expression.setName("expression").setDebug()',
      "    # pp.pyparsing_common.number.setDebug()",
      "    # pp.pyparsing_common.integer.setDebug()",
      "    self.assertTrue(expression)",
    ]),
  },
  {
    name: "C#: a test runner's `#if DEBUG` tail of prints, one wrapped",
    change: one("MigratedBookSleeveTestSuite/Program.cs", [
      "static void Main() {",
      '    Console.WriteLine("Passed: {0}", pass);',
      "//#if DEBUG",
      "//    Console.WriteLine();",
      '//    Console.WriteLine("Callbacks: {0} sync, {1} async",',
      "//        Connection.AllSyncCallbacks, Connection.AllAsyncCallbacks);",
      "//#endif",
      "}",
    ]),
  },
);
invalid.push(
  {
    name: "Python: the same toggles in library code",
    change: one("pyparsing.py", [
      "def whitespace(self):",
      "    expression = literal | identifier",
      '    # expression.setName("expression").setDebug()',
      "    # pp.pyparsing_common.number.setDebug()",
      "    return expression",
    ]),
    findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
  },
  {
    name: "Python: a test's debug toggle with a step of real logic among them",
    change: one("tests/test_a.py", ["def test_a(self):", "    # expr.setDebug()", "    # expr.parse_all(data)", "    self.assertTrue(expr)"]),
    findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
  },
);

// ---- 4. one finding per file: a scratch file's mirroring calls join its other commented-out code ----
// jimfs ab0f5129c5 Testing.java: "These 2 commented-out lines (also on lines 34, 166 and 233)" and a second finding
// on line 45 asking for a TODO, judged wrong (a repeat).
invalid.push({
  name: "Java: a new scratch main's commented calls and its mirroring call are one finding",
  change: one("src/main/java/a/Testing.java", [
    "public class Testing {",
    "  public static void main(String[] args) {",
    "    // testUsingTree();",
    "    // testUsingApi();",
    "",
    '    Path working = Paths.get("/tmp/working");',
    '    Files.createDirectory(fs.getPath("foo"));',
    '    //Files.move(fs.getPath("foo"), fs.getPath("bar"));',
    '    Files.delete(fs.getPath("baz"));',
    "  }",
    "}",
  ]),
  findings: [{ messageId: "commentedOutAlso", line: 3, data: { count: 2, also: " (also on line 8)" } }],
});

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });
