import { addedFile, change } from "../helpers/make-change.js";
import { changed } from "../helpers/base-head.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 18 (#11): the calibrated defaults, chosen on the judged findings of sets 11–17 as a whole.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. Prints a test runner captures: pytest and cargo test show them only for a failing test ----
// Sets 11–17: 22 judged, 2 agreed (loguru's test_opt, gunicorn's test_sock).
const TEST_OPT = ["def test_ansi(writer):", "    output = writer.read()", "    print(output)", "    assert writer.read() == expected"];
const RUST_TEST = ["#[test]", "fn parses() {", '    let got = parse("a");', '    println!("{:?}", got);', "    assert_eq!(got, 1);", "}"];
const LIB_RS = ["pub fn f() -> u32 { 1 }", "#[cfg(test)]", "mod tests {", "    #[test]", "    fn t() { dbg!(super::f()); }", "}"];
const NO_ASSERT = ["def test_run(cli):", "    print(vars(cli.invoke()))"];
/** Prints the default leaves unsaid: language, path, lines, the line said with report_captured_test_output. */
const CAPTURED: Array<[string, string, string[], number]> = [
  ["Python (loguru 26169425bd: a value bound only to print it)", "tests/test_opt.py", TEST_OPT, 3],
  ["Python (a test that asserts nothing)", "tests/test_cli.py", NO_ASSERT, 2],
  ["Rust (an integration test)", "tests/parse.rs", RUST_TEST, 4],
  ["Rust (dbg! in a crate file's #[cfg(test)] module)", "src/lib.rs", LIB_RS, 5],
];
for (const [language, path, lines, line] of CAPTURED) {
  valid.push({ name: `${language}: a print its runner captures`, change: one(path, lines) });
  const findings = [{ messageId: "debug", line }];
  invalid.push({
    name: `${language}: said with report_captured_test_output`,
    change: one(path, lines),
    options: { report_captured_test_output: true },
    findings,
  });
}
/** Still said by default: what, path, lines, line, message. Go's runner shows a test's prints under -v (gofiber: agreed). */
const KEPT: Array<[string, string, string[], number, string]> = [
  ["Python: breakpoint() in a pytest test", "tests/test_a.py", ["def test_a():", "    got = run()", "    breakpoint()", "    assert got == 1"], 3, "stops"],
  [
    "Python: a print in library code",
    "pkg/http/wsgi.py",
    ["def create(req):", "    environ = build(req)", "    print(environ)", "    return environ"],
    3,
    "debug",
  ],
  ["Rust: dbg! in library code", "src/parse.rs", ["pub fn parse(s: &str) -> u32 {", "    let n = s.len() as u32;", "    dbg!(n);", "    n", "}"], 3, "debug"],
  [
    "Go: a print in a Go test",
    "a_test.go",
    ["package a", "func TestA(t *testing.T) {", "\tgot := run()", '\tfmt.Println(got, "q.Date")', "\tassertEqual(t, 1, got)", "}"],
    4,
    "debug",
  ],
];
for (const [what, path, lines, line, messageId] of KEPT)
  invalid.push({ name: `${what} is still said`, change: one(path, lines), findings: [{ messageId, line }] });

// ---- 2. Production files that printed by habit at base: output is part of their job ----
// mordant's Terminal.kt (9 prints at base), zod's build.mts (10), puma's extconf.rb (4), dbal's EchoSQLLogger (3):
// sets 11–17 judged eight such findings, none agreed.
const REPORTER_BASE = [
  "export function start(run) {",
  '  console.log("Running", run.name)',
  "}",
  "export function pass(test) {",
  '  console.log("  ok", test.title)',
  "}",
  "export function fail(test) {",
  '  console.log("  not ok", test.title)',
  "}",
];
const REPORTER_HEAD = [...REPORTER_BASE, "export function skip(test) {", "  const why = test.reason()", "  console.log(why)", "  return why", "}"];
const SERVER_BASE = ["def start(port):", '    print("listening on", port)', "    serve(port)"];
const SERVER_HEAD = [
  "def start(port):",
  '    print("listening on", port)',
  "    serve(port)",
  "",
  "def handle(request):",
  "    print(request.scope)",
  "    return ok()",
];
const CHATTY_BASE = ["def start(port):", '    print("listening on", port)', '    print("workers:", count())', "    serve(port)", '    print("stopped")'];
const CHATTY_HEAD = [...CHATTY_BASE, "", "def handle(request):", "    print(request.scope)", "    return ok()"];
const COMMENTED_BASE = ["function a(x) {", "  // console.log(x)", "  // console.log(x)", "  // console.log(x)", "  return x", "}"];
const COMMENTED_HEAD = ["function a(x) {", "  // console.log(x)", "  // console.log(x)", "  // console.log(x)", "  console.log(x)", "  return x", "}"];
valid.push(
  {
    name: "JavaScript: a new console.log in a reporter that printed three times at base",
    ...changed("lib/reporter.js", REPORTER_BASE.join("\n"), REPORTER_HEAD.join("\n")),
  },
  {
    name: "Python: a new print in a server module that printed three times at base",
    ...changed("server/app.py", CHATTY_BASE.join("\n"), CHATTY_HEAD.join("\n")),
  },
);
invalid.push(
  {
    // urllib3 16d8e90e95's dummy server (agreed): a print or two at base are no habit; its new `print(request.scope)` is said.
    name: "Python: a server that printed once at base still has its new print said",
    ...changed("dummyserver/app.py", SERVER_BASE.join("\n"), SERVER_HEAD.join("\n")),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "JavaScript: commented-out prints at base are no habit",
    ...changed("lib/a.js", COMMENTED_BASE.join("\n"), COMMENTED_HEAD.join("\n")),
    findings: [{ messageId: "debug", line: 5 }],
  },
  {
    name: "JavaScript: with report_in_printing_files, the reporter's new console.log is said",
    ...changed("lib/reporter.js", REPORTER_BASE.join("\n"), REPORTER_HEAD.join("\n")),
    options: { report_in_printing_files: true },
    findings: [{ messageId: "debug", line: 12 }],
  },
  {
    name: "Python: with report_in_printing_files, the server module's new print is said",
    ...changed("server/app.py", CHATTY_BASE.join("\n"), CHATTY_HEAD.join("\n")),
    options: { report_in_printing_files: true },
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    // A test file that printed three times keeps the test rules (its habit is told by the kind of print): a new
    // leftover in a Java test beside them is judged as before.
    name: "Java: a debugger-free test that printed at base is not a printing file",
    ...changed(
      "src/test/java/a/ATest.java",
      ["class ATest {", "  @Test void a() {", "    assertEquals(1, run());", "  }", "}"].join("\n"),
      ["class ATest {", "  @Test void a() {", '    System.out.println("NIALL");', "    assertEquals(1, run());", "  }", "}"].join("\n"),
    ),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
