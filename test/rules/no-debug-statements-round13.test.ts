import { changed } from "../helpers/base-head.js";
import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 11, round 2 (#11): output that is the code's purpose (a benchmark script, a probe script, a dump helper), a
// test's print before an assertion that cannot pass, and a test file whose tests dump values by convention. Each kept
// case has a twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a benchmark script by its name ----
// p-queue 44a340b0ae bench.js: `suite.add(…).on('cycle', e => console.log(String(e.target)))`.
const BENCH_JS = [
  "const Benchmark = require('benchmark');",
  "const suite = new Benchmark.Suite();",
  "suite",
  "  .add('baseline', () => run())",
  "  .on('cycle', event => {",
  "    console.log(String(event.target));",
  "  })",
  "  .run();",
];
valid.push(
  { name: "JavaScript: a root bench.js reports its figures", change: one("bench.js", BENCH_JS) },
  {
    name: "Python: a bench-named script prints its timings",
    change: one("tools/bench_parse.py", ["import timeit", "", "def run():", "    print(timeit.timeit('parse(x)', number=1000))", "", "run()"]),
  },
  {
    name: "Ruby: a perf script prints its timings",
    change: one("perf.rb", ["require 'benchmark'", "def run", "  puts Benchmark.measure { parse }", "end", "run"]),
  },
);
invalid.push(
  {
    name: "JavaScript: the same print in a library module is a leftover",
    change: one("lib/suite.js", [...BENCH_JS, "module.exports = suite;"]),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "JavaScript: a bench-named test file declares tests: its prints clutter the run",
    change: one("test/bench.test.js", ["test('adds', () => {", "  console.log(add(1, 2));", "  expect(add(1, 2)).toBe(3);", "});"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
);

// ---- 2. a probe script run by hand ----
// Bogus 71c1c838df Source/Builder/test.js: sets a locale, reads one value, prints it.
const PROBE = ["var faker = require('../fakerjs');", "", 'faker.setLocale("az");', "var val = faker.address.state();", "", "console.log(val);"];
valid.push(
  { name: "JavaScript: a test.js probe beside a builder prints the value it looks at", change: one("Source/Builder/test.js", PROBE) },
  // A file named test.js is a folder's tests (date-fns' src/clamp/test.ts; judged set 16): a print beside its assertion is the test's output.
  { name: "JavaScript: a test.js that asserts is a test", change: one("Source/Builder/test.js", [...PROBE, "assert.equal(val, 'Baku');"]) },
  { name: "Python: a try.py probe in a folder", change: one("tools/try.py", ["import lib", "x = lib.parse('a')", "print(x)"]) },
  { name: "Ruby: a scratch.rb probe in a folder", change: one("lib/scratch.rb", ["require 'uri'", "u = URI.parse('http://a')", "p u.host"]) },
);
invalid.push(
  {
    name: "JavaScript: a probe-shaped file of another name is a module's code",
    change: one("Source/Builder/locale.js", PROBE),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Python: a test.py with a test function is collected: its print is a leftover",
    change: one("tools/test.py", ["import lib", "def test_parse():", "    x = lib.parse('a')", "    print(x)", "    assert x"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
);

// ---- 3. a dump helper whose body is the print ----
// Bogus 61245f42e2 ExtensionsForTesting.cs: `public static void Dump(this object obj) { Console.WriteLine(obj.DumpString()); }`.
const DUMP_CS = (name: string) => [
  "public static class ExtensionsForTesting",
  "{",
  `    public static void ${name}(this object obj)`,
  "    {",
  "        Console.WriteLine(obj.DumpString());",
  "    }",
  "}",
];
valid.push(
  { name: "C#: a Dump() extension's body is its print", change: one("Source/Faker.Tests/ExtensionsForTesting.cs", DUMP_CS("Dump")) },
  { name: "Ruby: a pp_tree helper's body is its print", change: one("lib/tree.rb", ["class Tree", "  def pp_tree", "    pp @root", "  end", "end"]) },
  { name: "Python: a dump helper's body is its print", change: one("pkg/state.py", ["class State:", "    def dump(self):", "        print(self.items)"]) },
  {
    name: "Java: a dumpTokens helper's body is its prints",
    change: one("src/main/java/a/Lexer.java", ["class Lexer {", "  void dumpTokens() {", "    System.out.println(tokens);", "  }", "}"]),
  },
);
invalid.push(
  {
    name: "C#: the same print in a method of another name is a leftover",
    change: one("Source/Faker.Tests/ExtensionsForTesting.cs", DUMP_CS("Check")),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    // werkzeug: `dumpThis()` posts a paste; its console.log was a leftover.
    name: "JavaScript: a dump-named function that does more than print keeps its print a leftover",
    change: one("static/debugger.js", [
      "function dumpThis() {",
      "  var data = collect();",
      "  console.log(data);",
      "  post('/paste', data);",
      "}",
      "module.exports = dumpThis;",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 4. a test's print right before an assertion that cannot pass ----
// commons-csv 02b21463e6 CSVPrinterTest: `if (!equals(lines, res)) { System.out.println("Printer output :" + …); assertTrue(false); }`.
const FAILS_AFTER = (assertion: string) => [
  "public class PrinterTest extends TestCase {",
  "  public void testRandom() {",
  "    String[][] res = parse(out);",
  "    if (!equals(lines, res)) {",
  "      System.out.println(printable(out));",
  `      ${assertion}`,
  "    }",
  "  }",
  "}",
];
valid.push(
  { name: "Java: a print before assertTrue(false) is the failure's diagnostic", change: one("src/test/PrinterTest.java", FAILS_AFTER("assertTrue(false);")) },
  { name: "Java: a print before assertFalse(true)", change: one("src/test/PrinterTest.java", FAILS_AFTER("assertFalse(true);")) },
  {
    name: "Python: a print before assert False",
    change: one("tests/test_printer.py", ["def test_random():", "    res = parse(out)", "    if res != lines:", "        print(res)", "        assert False"]),
  },
  {
    name: "C#: a print before Assert.True(false)",
    change: one("Tests/PrinterTests.cs", [
      "public class PrinterTests",
      "{",
      "    [Fact]",
      "    public void Random()",
      "    {",
      "        if (!Same(lines, res))",
      "        {",
      "            Console.WriteLine(res);",
      "            Assert.True(false);",
      "        }",
      "    }",
      "}",
    ]),
  },
);
invalid.push(
  {
    name: "Java: a print before an assertion that can pass is a leftover",
    change: one("src/test/PrinterTest.java", FAILS_AFTER("assertTrue(res.length > 0);")),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "Python: a print before assert False == res can pass: a leftover",
    change: one("tests/test_printer.py", ["def test_random():", "    res = parse(out)", "    print(res)", "    assert False == parse(out)"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 5. a test file whose tests dump values through a helper ----
// Bogus 32a52160f5 GitHubIssues.cs and 1809cb8d0b FluentTests.cs: their tests call `.Dump()` on what they generate.
const ISSUES = (dumps: boolean, added: boolean) => [
  "public class GitHubIssues",
  "{",
  "    [Test]",
  "    public void issue_10()",
  "    {",
  "        var bar = faker.Generate();",
  dumps ? "        bar.Dump();" : "        bar.Check();",
  "        bar.Name.Should().NotBeNullOrEmpty();",
  "    }",
  ...(added
    ? [
        "    [Test]",
        "    public void issue_12()",
        "    {",
        "        var barId = Run();",
        "        Console.WriteLine(barId);",
        "        barId.Should().Be(60);",
        "    }",
      ]
    : []),
  "}",
];
valid.push({
  name: "C#: a test file that dumps its values at base prints a new value the same way",
  ...changed("Source/Bogus.Tests/GitHubIssues.cs", ISSUES(true, false).join("\n"), ISSUES(true, true).join("\n")),
});
invalid.push({
  name: "C#: a test file that never printed at base: the new print is a leftover",
  ...changed("Source/Bogus.Tests/GitHubIssues.cs", ISSUES(false, false).join("\n"), ISSUES(false, true).join("\n")),
  findings: [{ messageId: "debug", line: 14 }],
});

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });
