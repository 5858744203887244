import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 14 (#11): the judged findings of sets 11–13 that still fired. Debug tooling built under a debug tag, a script a
// package.json script runs, a writer's `Write` method, a report class, a Java agent's `premain`, and a test's print that
// shows a summary of what the assertion after it checks (pytest and libtest show it only when the test fails). Each
// kept case has a twin still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const withFiles = (files: Record<string, string>) => ({ issues: new Map(), fileContents: new Map(Object.entries(files)) });
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
/** A case said on `line`. */
const said = (name: string, c: ReturnType<typeof one>, line: number, messageId = "debug"): InvalidCase => ({
  name,
  change: c,
  findings: [{ messageId, line }],
});
/** A shape left alone with `quiet` and said on `line` with `loud`, in the same file. */
function twins(path: string, make: (v: string) => string[], quiet: [name: string, v: string], loud: [name: string, v: string], line: number) {
  valid.push({ name: quiet[0], change: one(path, make(quiet[1])) });
  invalid.push(said(loud[0], one(path, make(loud[1])), line));
}

// ---- 1. a Go file built only under a debug tag (go-cmp f9054c6a60 cmp/internal/diff/debug_enable.go) ----
const DEBUG_GO = (constraint: string) => [
  "// Copyright 2017, The Go Authors. All rights reserved.",
  "",
  constraint,
  "",
  "package diff",
  "",
  'import "fmt"',
  "",
  "func (d *debugger) Finish() {",
  "\tfmt.Print(d.grid)",
  "}",
];
valid.push(
  { name: "Go: a file built only with `// +build debug` prints on purpose", change: one("cmp/internal/diff/debug_enable.go", DEBUG_GO("// +build debug")) },
  { name: "Go: so does one built with `//go:build debug && !race`", change: one("cmp/internal/diff/debug_enable.go", DEBUG_GO("//go:build debug && !race")) },
);
invalid.push(
  said("Go: a file built without the debug tag (`!debug`) is the library's", one("cmp/internal/diff/debug_disable.go", DEBUG_GO("//go:build !debug")), 10),
  said(
    "Go: a tag that may be left out (`debug || linux`) does not make the file debug tooling",
    one("cmp/internal/diff/d.go", DEBUG_GO("//go:build debug || linux")),
    10,
  ),
);

// ---- 2. a script a package.json script runs (resolve f7da566f6b test/resolver/nested_symlinks/mylib/async.js) ----
const CHECK_SCRIPT = [
  "var a = require.resolve('buffer/');",
  "var test = function test() {",
  "    console.log(a, ': require.resolve');",
  "    if (a !== b) {",
  "        throw 'async: no match';",
  "    }",
  "};",
];
const PACKAGE = (script: string) => withFiles({ "package.json": JSON.stringify({ scripts: { "pretests-only": script, test: "tape test/*.js" } }) });
valid.push(
  {
    name: "JavaScript: a file a package.json script runs with node, after a `cd`, prints its report",
    change: one("test/resolver/nested_symlinks/mylib/async.js", CHECK_SCRIPT),
    lookups: PACKAGE("cd ./test/resolver/nested_symlinks && node mylib/sync && node mylib/async"),
  },
  {
    name: "JavaScript: so does one it names with its extension, from the root",
    change: one("scripts-check/check.mjs", CHECK_SCRIPT),
    lookups: PACKAGE("node --trace-warnings scripts-check/check.mjs"),
  },
);
invalid.push({
  ...said("JavaScript: a file no script runs is judged as before", one("test/resolver/nested_symlinks/mylib/other.js", CHECK_SCRIPT), 3),
  lookups: PACKAGE("cd ./test/resolver/nested_symlinks && node mylib/sync && node mylib/async"),
});

// ---- 3. a writer's Write method (zerolog 04ea0f4371 diode/diode_test.go:83) ----
const WRITER = (arg: string) => [
  "type SlowWriter struct{}",
  "",
  "func (rw *SlowWriter) Write(p []byte) (n int, err error) {",
  "\ttime.Sleep(200 * time.Millisecond)",
  `\tfmt.Print(${arg})`,
  "\treturn len(p), nil",
  "}",
];
twins(
  "diode/diode_test.go",
  WRITER,
  ["Go: a Write method printing the bytes it is handed is a writer", "string(p)"],
  ["Go: a Write method printing something else is looking at it", "rw"],
  5,
);

// ---- 4. a report class (handlebars.java d0e8e5d7e0 src/test/java/specs/SpecTest.java:35) ----
valid.push({
  name: "Java: a test's Report class prints its report",
  change: one("src/test/java/specs/SpecTest.java", [
    "public abstract class SpecTest {",
    "  private static class Report {",
    "    public void append(final String message) {",
    "      System.out.println(message);",
    "    }",
    "  }",
    "}",
  ]),
});

// ---- 5. a Java agent's premain (handlebars.java 4d3e56eb0b ParboiledAgent.java:60) ----
const AGENT = (entry: string) => [
  "public class ParboiledAgent {",
  `  public static void ${entry}(final String args, final Instrumentation inst) {`,
  '    System.out.println("Writing " + output);',
  "  }",
  "}",
];
twins(
  "processor/src/main/java/ParboiledAgent.java",
  AGENT,
  ["Java: a Java agent's premain is an entry point", "premain"],
  ["Java: a method of another name is the library's", "transform"],
  3,
);

// ---- 6. a test's print of a summary of what the next assertion checks ----
// packaging 1b26f8455d tests/test_tags.py:274 and 67c4a2820c :237; rust-csv db5ad7b14d src/test.rs:16.
valid.push(
  {
    name: "Python: a test prints the list whose first element the assertion checks",
    change: one("tests/test_tags.py", [
      "def test_version_detection(monkeypatch):",
      "    platforms = list(tags.mac_platforms(arch='x86_64'))",
      "    print(platforms, expected)",
      "    assert platforms[0].startswith(expected)",
    ]),
  },
  {
    name: "Python: through an assignment and a comment to the assertions",
    change: one("tests/test_tags.py", [
      "def test_version_detection(monkeypatch):",
      "    platforms = list(tags.mac_platforms(arch='x86_64'))",
      "    print(platforms, 'macosx_11+')",
      "    # For 10.16, the real version is at least 11.0.",
      "    prefix, major, minor, _ = platforms[0].split('_', maxsplit=3)",
      "    assert prefix == 'macosx'",
    ]),
  },
  {
    name: "Rust: a test module's helper prints the lengths of what assert_eq! compares",
    change: one("src/test.rs", [
      "fn assert_svec_eq(got: Vec<Vec<u8>>, expected: Vec<Vec<u8>>) {",
      '    println!("got len: {}, expected len: {}", got.len(), expected.len());',
      '    println!("got lengths: {:?}",',
      "             got.iter().map(|row| row.len()).collect::<Vec<usize>>());",
      "    assert_eq!(got, expected);",
      "}",
    ]),
  },
);
// loguru 26169425bd tests/test_opt.py:446 (agreed): the printed values are not what the assertion shows.
const LOGURU = ["def test_colors(writer):", "    output = writer.read()", "    print(output.encode('utf8'))", "    print(expected.encode('utf8'))"];
// commons-codec ddc7143ed8 PhoneticEngineTest.java:74 (agreed): JUnit does not hold the output back for a failure.
const JUNIT = ["class ATest {", "  @Test void a() {", '    System.err.println("size: " + got.size());', "    assertEquals(expected, got);", "  }", "}"];
invalid.push(
  said(
    "Python: a print of something the assertion does not check is still said",
    one("tests/test_opt.py", [...LOGURU, "    assert writer.read() == expected"]),
    3,
  ),
  said("Java: the lengths before an assertion are still said where the runner shows all output", one("src/test/java/ATest.java", JUNIT), 3),
);

// pyparsing faffe68d95 tests/test_testing.py:108 (judged not worth saying, session 16): pytest shows it only on failure.
valid.push({
  name: "Python: a print of the very values the assertion compares is held back by pytest",
  change: one("tests/test_a.py", ["def test_a():", "    print(got, expected)", "    assert got == expected"]),
});

testRuleBeforeCalibration("no-debug-statements", { valid, invalid });
