import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 14 (#10): what a reviewer would not say: a change that kills tests until later, a Go test's own log, a Go
// example's options, and old commented-out code a formatter re-wrapped or a search-and-replace edited. Each kept case
// has a twin that is still said.
const one = (path: string, lines: string[]) => change([addedFile(path, lines, 1, { status: "added" })]);
const withMessage = (c: ReturnType<typeof one>, message: string) => ({ ...c, commits: [commit(message)] });
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a change that kills something until later ----
// rust-csv 0786917077 "Kill the quickcheck tests until it's easier to install dependencies." over 24 commented lines.
const QUICKCHECK = ["#[test]", "fn prop_roundtrip() {", "    // let mut senc = StrEncoder::new();", "    // senc.encode(input.as_slice());", "}"];
const SPEC = ["class Export", "  def write(row)", "    # @writer.push(row)", "    # save(row, @path)", "  end", "end"];
valid.push(
  {
    name: "Rust: the subject kills the tests until later",
    change: withMessage(one("src/test.rs", QUICKCHECK), "Kill the quickcheck tests until it's easier to install dependencies."),
  },
  {
    name: "Ruby: the subject kills the writer until a fix lands",
    change: withMessage(one("lib/export.rb", SPEC), "Kill the export writer until the buffer is fixed"),
  },
);
invalid.push(
  {
    name: "Rust: killing with no 'until' says nothing of coming back",
    change: withMessage(one("src/test.rs", QUICKCHECK), "Kill the quickcheck tests"),
    findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
  },
  {
    name: "Ruby: a subject about something else",
    change: withMessage(one("lib/export.rb", SPEC), "Add the export writer"),
    findings: [{ messageId: "commentedOut", line: 3, data: { count: 2 } }],
  },
);

const RETRY = ["def fetch(url):", "    # for attempt in retry_range(3):", "    #     response = session.get(url, timeout=5)", "    return session.get(url)"];
valid.push({ name: "Python: the subject removes the loop for now", change: withMessage(one("net/fetch.py", RETRY), "Remove the retry loop for now") });
invalid.push({
  name: "Python: removing with no 'for now' is said",
  change: withMessage(one("net/fetch.py", RETRY), "Remove the retry loop"),
  findings: [{ messageId: "commentedOut", line: 2, data: { count: 2 } }],
});

// ---- 2. a Go test's own log ----
// zerolog 96f91bb4f5 console_test.go:155 `// t.Log(evt)` in a `t.Run` callback (and again on line 174).
const SUBTEST = (commented: string) => [
  "func TestConsoleWriter(t *testing.T) {",
  '\tt.Run("Write caller field", func(t *testing.T) {',
  "\t\tbuf := &bytes.Buffer{}",
  '\t\tevt := `{"level": "debug"}`',
  `\t\t${commented}`,
  "\t\t_, err := w.Write([]byte(evt))",
  "\t\tif err != nil {",
  '\t\t\tt.Errorf("Unexpected error: %s", err)',
  "\t\t}",
  "\t})",
  "}",
];
for (const log of ["// t.Log(evt)", '//t.Logf("evt: %s", evt)', "// b.Log(evt)"])
  valid.push({ name: `Go: \`${log}\` in a subtest is the test's verbosity switch`, change: one("console_test.go", SUBTEST(log)) });
const withFlush = [...SUBTEST("// t.Log(evt)").slice(0, 5), "\t\t// w.Flush()", ...SUBTEST("").slice(5)];
invalid.push({
  name: "Go: a log with a call of the code under test",
  change: one("console_test.go", withFlush),
  findings: [{ messageId: "commentedOut", line: 5, data: { count: 2 } }],
});
invalid.push({
  name: "Go: a disabled assertion",
  change: one("console_test.go", SUBTEST('// t.Errorf("got %s", evt)')),
  findings: [{ messageId: "commentedOutLine", line: 5 }],
});

// ---- 3. a Go example's options ----
// zerolog 19a9a81cd2 hlog/hlog_example_test.go:54 `//c = c.Append(hlog.RequestIDHandler(…))` in `Example_handler` with `// Output:`.
const EXAMPLE = (name: string) => [
  `func ${name}() {`,
  "\tc := alice{}",
  '\tc = c.Append(hlog.RemoteAddrHandler("ip"))',
  '\t//c = c.Append(hlog.RequestIDHandler("req_id", "Request-Id"))',
  "\th := c.Then(handler)",
  "\th.ServeHTTP(httptest.NewRecorder(), &http.Request{})",
  '\t// Output: {"level":"info"}',
  "}",
];
// An example function (of a package, or of a method), and its twins: a test, and a function whose name only starts so.
for (const name of ["Example_handler", "ExampleHandler_ServeHTTP"])
  valid.push({ name: `Go: an option left out of ${name}`, change: one("hlog/hlog_example_test.go", EXAMPLE(name)) });
for (const name of ["TestHandler", "Examples"])
  invalid.push({
    // Outside test code (session 16: one such line in a test file is too small to raise anyway).
    name: `Go: the same line in ${name} is said`,
    change: one("hlog/handler.go", EXAMPLE(name)),
    findings: [{ messageId: "commentedOutLine", line: 4 }],
  });

// ---- 4. old commented-out code re-wrapped or edited by a search-and-replace ----
// handlebars.java 2f6578769b "build: apply spotless" split each commented assertion in two.
const JAVA_BASE = [
  "class PropertyAccessTest {",
  "  void access() {",
  '    context.put("134", "134");',
  '//    assertEquals("foo", handlebars.compileInline("{{this.[1foo]}}").apply(context));',
  '//    assertEquals("foo", handlebars.compileInline("{{this.[foo.bar]}}").apply(context));',
  '    assertEquals("134", handlebars.compileInline("{{this.[134]}}").apply(context));',
  "  }",
  "}",
];
const javaHead = (commented: string[]) => [...JAVA_BASE.slice(0, 3), ...commented, ...JAVA_BASE.slice(5)].join("\n");
valid.push({
  name: "Java: a formatter re-wraps old commented assertions",
  ...changed(
    "src/test/java/PropertyAccessTest.java",
    JAVA_BASE.join("\n"),
    javaHead([
      '    // assertEquals("foo",',
      '    // handlebars.compileInline("{{this.[1foo]}}").apply(context));',
      '    // assertEquals("foo",',
      '    // handlebars.compileInline("{{this.[foo.bar]}}").apply(context));',
    ]),
  ),
});
invalid.push({
  name: "Java: new commented assertions beside the old ones are said",
  ...changed(
    "src/test/java/PropertyAccessTest.java",
    JAVA_BASE.join("\n"),
    javaHead([
      '    // assertEquals("bar",',
      '    // engine.render("{{other.[2bar]}}").toString());',
      '    // assertNull(engine.lookup("missing"));',
      "    // verify(listener).closed();",
    ]),
  ),
  findings: [{ messageId: "commentedOut", line: 4, data: { count: 4 } }],
});
// rust-csv 097dd1ee23 "use the new Vec type": `// let r = ~[` became `// let r = vec!(` with the live code.
const RUST_BLOCK = (open: string, close: string, inner: (xs: string) => string) => [
  "fn enc() {",
  `    let r = ${open}1, 2${close};`,
  `    // let r = ${open}`,
  `        // ${inner("'a', 'b', 'c'")},`,
  `        // ${inner("'y', 'z'")},`,
  `    // ${close};`,
  "    encode(r);",
  "}",
];
valid.push({
  name: "Rust: a search-and-replace edits an old commented block",
  ...changed("src/lib.rs", RUST_BLOCK("~[", "]", (xs) => `~[${xs}]`).join("\n"), RUST_BLOCK("vec!(", ")", (xs) => `vec!(${xs})`).join("\n")),
});
invalid.push({
  name: "Rust: a new commented block written where an old one was is said",
  ...changed(
    "src/lib.rs",
    RUST_BLOCK("~[", "]", (xs) => `~[${xs}]`).join("\n"),
    [
      ...RUST_BLOCK("~[", "]", (xs) => `~[${xs}]`).slice(0, 6),
      "",
      "    // let s = decode(&r).unwrap();",
      "    // assert_eq!(s.len(), r.len());",
      "    // writer.flush(s);",
      "    encode(r);",
      "}",
    ].join("\n"),
  ),
  findings: [{ messageId: "commentedOut", line: 8, data: { count: 3 } }],
});
// Python: a rename across the file (`client` → `session`) inside an old commented block.
const PY = (name: string) => [
  "def fetch(url):",
  `    ${name} = connect()`,
  `    # ${name}.headers.update(auth_headers())`,
  `    # ${name}.verify = certificate_path()`,
  `    # ${name}.proxies = proxy_table()`,
  `    return ${name}.get(url)`,
];
valid.push({ name: "Python: a rename edits an old commented block", ...changed("net/fetch.py", PY("client").join("\n"), PY("session").join("\n")) });
invalid.push({
  name: "Python: the same block new in the file is said",
  ...changed("net/fetch.py", [...PY("client").slice(0, 2), ...PY("client").slice(5)].join("\n"), PY("client").join("\n")),
  findings: [{ messageId: "commentedOut", line: 3, data: { count: 3 } }],
});

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });
