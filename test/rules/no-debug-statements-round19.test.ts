import { addedFile, change } from "../helpers/make-change.js";
import { changed } from "../helpers/base-head.js";
import { type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 16 (#11): prints a test runner holds back, failures that point at the log, scripts kept in a test folder.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. pytest shows a test's output only when it fails ----
// pyparsing faffe68d95 tests/test_testing.py:108, python-dotenv 69735cf037 tests/test_cli.py:225 and 137bc3dc0b
// tests/test_zip_imports.py:33 (all judged not worth saying): captured, shown only on failure. Sets 11–15: 2 of 13 agreed.
valid.push(
  {
    name: "Python: print(observed) before assert observed == expected in a pytest test",
    change: one("tests/test_testing.py", [
      "def test_with_line_numbers(source, options, expected):",
      "    observed = ppt.with_line_numbers(source, **options)",
      "    print()",
      "    print(observed)",
      "    assert observed == expected",
    ]),
  },
  {
    name: "Python: print(vars(result)) in a test that asserts on the result",
    change: one("tests/test_cli.py", [
      "def test_run_with_version(cli):",
      "    result = cli.invoke(dotenv_cli, ['--version'])",
      "    print(vars(result))",
      "    assert result.exit_code == 0",
    ]),
  },
  {
    name: "Python: a print in a test module's helper, outside any test",
    change: one("tests/test_zip_imports.py", [
      "def setup_zipfile(path, files):",
      "    for f in files:",
      '        print(os.path.join(f, "__init__.py"))',
      "        zip.writestr(data=f.content, zinfo_or_arcname=f.path)",
    ]),
  },
  {
    name: "Python: a unittest method's print before its assertion",
    change: one("tests/test_parse.py", [
      "class ParseTest(unittest.TestCase):",
      "    def test_upcase(self):",
      "        ret = kw.parseString('mykey')",
      "        print(ret.rname)",
      "        self.assertEqual(ret.rname, 'MYKEY')",
    ]),
  },
);
invalid.push(
  {
    // The print is the test's only look at the value: it checks nothing.
    name: "Python: a print in a test that asserts nothing is still said",
    change: one("tests/test_cli.py", ["def test_run(cli):", "    result = cli.invoke(dotenv_cli, ['--version'])", "    print(vars(result))"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    // loguru 26169425bd tests/test_opt.py:446 (agreed): `output` is read only to be printed.
    name: "Python: a value the test binds only to print it is still said",
    change: one("tests/test_opt.py", ["def test_ansi(writer):", "    output = writer.read()", "    print(output)", "    assert writer.read() == expected"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Python: breakpoint() in a pytest test is still said",
    change: one("tests/test_a.py", ["def test_a():", "    got = run()", "    breakpoint()", "    assert got == 1"]),
    findings: [{ messageId: "stops", line: 3 }],
  },
  {
    // Other runners keep the rule: `go test -v` and JUnit show the output, and the judges agreed on such prints.
    name: "Go: a print before the assertion in a Go test is still said",
    change: one("a_test.go", [
      "package a",
      "func TestA(t *testing.T) {",
      "\tgot := run()",
      "\tfmt.Println(got)",
      "\tif got != 1 {",
      '\t\tt.Fatal("bad")',
      "\t}",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Kotlin: a print before the assertion in a JUnit test is still said",
    change: one("src/test/kotlin/ATest.kt", [
      "class ATest {",
      "  @Test fun a() {",
      "    val got = run()",
      "    println(got)",
      "    assertEquals(1, got)",
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 4 }],
  },
);

// ---- 2. a failure that points the reader at what was printed ----
// kotlinx-io 32d3135b2a ChannelsTest.kt:86 (judged wrong): a caret under the bad byte, then `fail("…, see log")`.
valid.push(
  {
    name: 'Kotlin: the buffer printed with a caret, then fail("Verification failed, see log")',
    change: one("jvm/test/kotlinx/io/tests/ChannelsTest.kt", [
      "class ChannelsTest {",
      "    private fun verificationFailed(buffer: Buffer, errorIndex: Int): Nothing {",
      "        buffer.read { memory, start, endExclusive ->",
      "            print(buildString(endExclusive - start + errorIndex + 3) {",
      "                append(memory.text())",
      '                append("^\\n")',
      "            })",
      "            0",
      "        }",
      '        fail("Verification failed, see log")',
      "    }",
      "}",
    ]),
  },
  {
    name: 'Java: the mismatching rows printed, then fail("rows differ, see output above")',
    change: one("src/test/java/a/RowsTest.java", [
      "class RowsTest {",
      "  void check(List<Row> got) {",
      "    if (!got.equals(expected)) {",
      "      System.out.println(got);",
      '      fail("rows differ, see output above");',
      "    }",
      "  }",
      "}",
    ]),
  },
  {
    name: 'Go: the diff printed, then t.Fatal("mismatch, see log")',
    change: one("a_test.go", [
      "package a",
      "func TestA(t *testing.T) {",
      "\tif got != want {",
      "\t\tfmt.Println(diff(got, want))",
      '\t\tt.Fatal("mismatch, see log")',
      "\t}",
      "}",
    ]),
  },
);
invalid.push(
  {
    // jimfs ee5f5a369c PathSubject.java:374 (agreed): the hex belongs in the failure message, which already carries one of them.
    name: 'Java: hex dumps before fail("contains bytes", hex) are still said',
    change: one("src/test/java/a/PathSubject.java", [
      "class PathSubject {",
      "  void containsBytes(byte[] bytes) {",
      "    if (!Arrays.equals(bytes, actual)) {",
      "      System.out.println(hex(actual));",
      "      System.out.println(hex(bytes));",
      '      fail("contains bytes", hex(bytes));',
      "    }",
      "  }",
      "}",
    ]),
    // The second is followed by the failure itself and is excused as its diagnostic (session 11); the first is said.
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Kotlin: a failure that points nowhere does not excuse the print",
    change: one("src/test/kotlin/ATest.kt", [
      "class ATest {",
      "  fun check(b: Buffer) {",
      "    println(b.text())",
      "    b.reset()",
      '    if (bad) fail("Verification failed")',
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 3. a Ruby script kept in a test folder, run by hand ----
// excon 23ed572573 test/test.rb:6 (judged wrong): fires ten requests and prints the responses.
const SMOKE_RB = [
  "require File.join(File.dirname(__FILE__), '..', 'lib/excon')",
  "",
  "x = Excon.new('http://www.google.com')",
  "",
  "10.times do",
  "p x.request(",
  "  :method => 'GET',",
  "  :path => '/'",
  ")",
  "end",
];
valid.push({ name: "Ruby: a smoke script in test/ that prints what it fetched", change: one("test/test.rb", SMOKE_RB) });
valid.push({ name: "Ruby: the same script under another name in test/", change: one("test/fetch_google.rb", SMOKE_RB) });
invalid.push(
  {
    name: "Ruby: a breakpoint in that script is still said",
    change: one("test/test.rb", ["x = Excon.new('http://www.google.com')", "binding.pry", "p x"]),
    findings: [{ messageId: "stops", line: 2 }],
  },
  {
    // excon dd3a9ef859 tests/test_helper.rb:72 (agreed): a suite's helper, loaded by its tests.
    name: "Ruby: a test helper that defines what the tests call is no script",
    change: one("tests/test_helper.rb", ["def with_rackup(name)", "  until (data = e.gets) =~ /start/;", "    p data", "  end", "  yield", "end"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Ruby: a Shindo test file declares tests: its prints are said",
    change: one("tests/basic.rb", [
      "Shindo.tests('Excon basics') do",
      "  tests('get') do",
      "    x = connection.request(:method => :get)",
      "    puts x",
      "    x.status",
      "  end",
      "end",
    ]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "Ruby: a minitest file in test/ is no script",
    change: one("test/parse.rb", ["class ParseTest < Minitest::Test", "  def test_parse", "    p parse('x')", "  end", "end"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 4. a print the change only respelled ----
// pyparsing 86ec5482c0 "Update unit tests to Python 3" (judged wrong): `print x` statements made `print(x)` calls.
const PY2 = ["def tally(rows):", "    total = sum(rows)", "    print total", '    print "rows:", rows', "    return total"].join("\n");
const PY3 = ["def tally(rows):", "    total = sum(rows)", "    print(total)", '    print("rows:", rows)', "    return total"];
valid.push(
  { name: "Python: print statements made print() calls", ...changed("pkg/tally.py", PY2, PY3.join("\n")) },
  {
    name: "Ruby: `$stdout.puts x` made `puts x`",
    ...changed(
      "lib/tally.rb",
      ["def tally(rows)", "  $stdout.puts rows.inspect", "end"].join("\n"),
      ["def tally(rows)", "  puts rows.inspect", "end"].join("\n"),
    ),
  },
  {
    name: "Kotlin: a Java file's `System.out.println(x);` made `println(x)`",
    ...changed(
      "src/main/kotlin/Tally.kt",
      ["void tally() {", "    System.out.println(total);", "}"].join("\n"),
      ["fun tally() {", "    println(total)", "}"].join("\n"),
    ),
  },
);
invalid.push(
  {
    name: "Python: a new print beside the respelled ones is still said",
    ...changed("pkg/tally.py", PY2, [...PY3.slice(0, 4), "    print(state)", PY3[4]].join("\n")),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    // The old statement is still there: the call is a second print, not the first respelled.
    name: "Python: a print() call beside the print statement it copies is said",
    ...changed("pkg/tally.py", PY2, ["def tally(rows):", "    total = sum(rows)", "    print total", "    print(total)", "    return total"].join("\n")),
    findings: [{ messageId: "debug", line: 4 }],
  },
);

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });
