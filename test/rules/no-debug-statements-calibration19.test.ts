import { changed } from "../helpers/base-head.js";
import { testRule, type InvalidCase, type ValidCase } from "../helpers/rule-tester.js";

// Session 19 (#11): files that print by habit, recalibrated on the judged findings of sets 11–18. A file, test or not,
// that printed twice or more at base: 17 judged prints, none agreed (chalk's test.js and zerolog's diode_test with two,
// puma's test helper, scriban's TestRuntime, pyparsing's unitTests, mordant's Terminal). Once is no habit: fiber's
// ctx_test.go and hono's ssg.test.tsx printed once at base, and their new prints were agreed.
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

const JS_TEST_BASE = ["test('a', t => {", "  console.log('host', process.platform)", "  console.log('term', process.env.TERM)", "  t.is(run(), 1)", "})"];
const JS_TEST_HEAD = [...JS_TEST_BASE, "test('b', t => {", "  const got = run()", "  console.log(got)", "  t.is(got, 2)", "})"];
const GO_TEST_BASE = ["package a", "func TestA(t *testing.T) {", "\tfmt.Println(run())", "\tfmt.Println(other())", "}"];
const GO_TEST_HEAD = [...GO_TEST_BASE, "func TestB(t *testing.T) {", "\tgot := run()", "\tfmt.Println(got)", "\tassertEqual(t, 1, got)", "}"];
const KT_BASE = ["fun render(s: String) {", "    println(s)", "    println()", "}"];
const KT_HEAD = [...KT_BASE, "fun move(x: Int) {", "    val seq = csi(x)", "    println(seq)", "}"];
const JAVA_TEST_BASE = ["class ATest {", "  @Test void a() {", "    System.out.println(run());", "    System.err.println(other());", "  }", "}"];
const JAVA_TEST_HEAD = [
  "class ATest {",
  "  @Test void a() {",
  "    System.out.println(run());",
  "    System.err.println(other());",
  "  }",
  "  @Test void b() {",
  "    System.out.println(got());",
  "  }",
  "}",
];

valid.push(
  {
    name: "JavaScript: a test file that printed twice at base (a host banner): its new print is more of its output",
    ...changed("test/a.test.js", JS_TEST_BASE.join("\n"), JS_TEST_HEAD.join("\n")),
  },
  { name: "Go: a test file that printed twice at base", ...changed("a_test.go", GO_TEST_BASE.join("\n"), GO_TEST_HEAD.join("\n")) },
  { name: "Kotlin: a terminal file that printed twice at base", ...changed("src/main/kotlin/Terminal.kt", KT_BASE.join("\n"), KT_HEAD.join("\n")) },
  {
    name: "Java: two kinds of print at base (System.out and System.err) make a printing test file",
    ...changed("src/test/java/a/ATest.java", JAVA_TEST_BASE.join("\n"), JAVA_TEST_HEAD.join("\n")),
  },
);

// fiber a51ec9bc69 (agreed): one print at base, a new `fmt.Println(q.Date, "q.Date")` beside it.
const ONCE_BASE = ["package a", "func TestA(t *testing.T) {", '\tfmt.Println(q.Date, "q.Date")', "}"];
const ONCE_HEAD = [...ONCE_BASE, "func TestB(t *testing.T) {", "\tgot := run()", "\tfmt.Println(got)", "\tassertEqual(t, 1, got)", "}"];
const COMMENTED_BASE = ["test('a', t => {", "  // console.log(a)", "  // console.log(b)", "  t.is(run(), 1)", "})"];
const COMMENTED_HEAD = [...COMMENTED_BASE, "test('b', t => {", "  const got = run()", "  console.log(got)", "  t.is(got, 2)", "})"];
const BREAK_HEAD = [...JS_TEST_BASE, "test('b', t => {", "  debugger", "  t.is(run(), 2)", "})"];
invalid.push(
  {
    name: "Go: a test file that printed once at base is no printing file (fiber's ctx_test.go, agreed)",
    ...changed("a_test.go", ONCE_BASE.join("\n"), ONCE_HEAD.join("\n")),
    findings: [{ messageId: "debug", line: 7 }],
  },
  {
    name: "JavaScript: commented-out prints at base are no habit, in a test file either",
    ...changed("test/a.test.js", COMMENTED_BASE.join("\n"), COMMENTED_HEAD.join("\n")),
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    name: "JavaScript: a breakpoint in a test file that prints by habit is still said",
    ...changed("test/a.test.js", JS_TEST_BASE.join("\n"), BREAK_HEAD.join("\n")),
    findings: [{ messageId: "stops", line: 7 }],
  },
  {
    name: "JavaScript: with report_in_printing_files, the printing test file's new print is said",
    ...changed("test/a.test.js", JS_TEST_BASE.join("\n"), JS_TEST_HEAD.join("\n")),
    options: { report_in_printing_files: true },
    findings: [{ messageId: "debug", line: 8 }],
  },
  {
    name: "Kotlin: with report_in_printing_files, the terminal file's new print is said",
    ...changed("src/main/kotlin/Terminal.kt", KT_BASE.join("\n"), KT_HEAD.join("\n")),
    options: { report_in_printing_files: true },
    findings: [{ messageId: "debug", line: 7 }],
  },
);

testRule("no-debug-statements", { valid, invalid });
