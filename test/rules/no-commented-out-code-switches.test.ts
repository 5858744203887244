import { changed } from "../helpers/base-head.js";
import { addedFile, change, commit } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRuleBeforeCalibration } from "../helpers/pre-calibration.js";

// Session 8 (#10): commented lines that are switches or parked parts by where they sit, and code
// the change imported rather than wrote. Each kept case has a twin that is still a finding.
const file = (path: string, lines: string[], base = "") => changed(path, base, lines.join("\n"));
const line = (messageId: string, at: number) => [{ messageId, line: at }];
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. demo blocks ----
const PY_DEMO = ["def render(x):", "    return x", "", "", 'if __name__ == "__main__":', "    render(1)", '    # render(2, style="bold")', "    # render(3)"];
valid.push(
  { name: 'Python: options of an `if __name__ == "__main__":` demo block', ...file("rich/table.py", PY_DEMO) },
  {
    name: "Go: `func main` in a file named for a demo",
    ...file("cmd/demo.go", ["package main", "", "func main() {", "\tsrv := New()", "\t// srv.EnableTLS()", "\tsrv.Run()", "}"]),
  },
  {
    name: "Rust: `fn main` of a demo binary",
    ...file("src/bin/demo.rs", ["fn main() {", "    let s = Server::new();", "    // s.enable_tls();", "    s.run();", "}"]),
  },
  {
    name: "Java: `main` of a demo class",
    ...file("src/main/java/DemoApp.java", [
      "class DemoApp {",
      "    public static void main(String[] args) {",
      "        // server.enableTls();",
      "        server.run();",
      "    }",
      "}",
    ]),
  },
);
invalid.push(
  {
    name: "Python: the same commented call in a function, not the demo block",
    ...file("rich/table.py", ["def render(x):", "    x = x + 1", '    # render(2, style="bold")', "    return x"]),
    findings: line("commentedOutLine", 3),
  },
  {
    name: "Go: `func main` of a program that is not a demo",
    ...file("cmd/server/main.go", ["package main", "", "func main() {", "\tsrv := New()", "\t// srv.EnableTLS()", "\tsrv.Run()", "}"]),
    findings: line("commentedOutLine", 5),
  },
  {
    name: "Java: a file whose name only starts like a demo (`Demonstrate.java`) is not one",
    ...file("src/main/java/Demonstrate.java", [
      "class Demonstrate {",
      "    public static void main(String[] args) {",
      "        // server.enableTls();",
      "        server.run();",
      "    }",
      "}",
    ]),
    findings: line("commentedOutLine", 3),
  },
);

// ---- 2. a debug function's switch ----
const TRACE_MACRO = [
  "macro_rules! trace {",
  "    ($($arg:tt)*) => {",
  "        // println!($($arg)*);",
  "    };",
  "}",
  "",
  "fn work() {",
  '    trace!("x");',
  "}",
];
valid.push(
  { name: "Rust: a new trace macro whose body is a commented `println!`", ...file("src/trace.rs", TRACE_MACRO) },
  {
    name: "Rust: a new debug function whose body is a commented `eprintln!`",
    ...file("src/log.rs", ["fn debug_log(msg: &str) {", '    // eprintln!("{}", msg);', "}"]),
  },
  {
    name: "JavaScript: a new debug function whose body is a commented `console.log`",
    ...file("lib/debug.js", ["function debug(...args) {", "  // console.log(...args);", "}", "", "module.exports = debug;"]),
  },
  {
    name: "Go: a new `debugf` whose body is a commented `log.Printf`",
    ...file("pkg/debug.go", ["package pkg", "", "func debugf(format string, args ...interface{}) {", "\t// log.Printf(format, args...)", "}"]),
  },
  {
    name: "Rust: a new trace macro whose body is a commented `log::trace!`",
    ...file("src/trace.rs", ["macro_rules! trace {", "    ($($arg:tt)*) => {", "        // log::trace!($($arg)*);", "    };", "}"]),
  },
  {
    name: "Python: a new trace function whose body is a commented print and `pass`",
    ...file("app/trace.py", ["def trace(*args):", "    # print(*args)", "    pass"]),
  },
);
invalid.push(
  {
    name: "Rust: a commented print in a function that does other work",
    ...file("src/trace.rs", ["fn work() {", '    trace!("x");', '    // println!("{}", 3);', "}"]),
    findings: line("commentedOutPrint", 3),
  },
  {
    name: "Rust: a debug function the base had, whose live print the change comments out",
    ...file(
      "src/log.rs",
      ["fn debug_log(msg: &str) {", '    // eprintln!("{}", msg);', "}"],
      ["fn debug_log(msg: &str) {", '    eprintln!("{}", msg);', "}"].join("\n"),
    ),
    findings: line("commentedOutPrint", 2),
  },
  {
    name: "JavaScript: a name that only holds the letters of one (`login`) is not a debug function",
    ...file("lib/auth.js", ["function login(user) {", "  // console.log(user);", "}"]),
    findings: line("commentedOutPrint", 2),
  },
  {
    name: "JavaScript: a commented call that is not a print, in a new debug function",
    ...file("lib/debug.js", ["function debug(...args) {", "  // sendToServer(args);", "}"]),
    findings: line("commentedOutLine", 2),
  },
);

// ---- 3. an error ignored on purpose ----
const tryCatch = (handler: string, body: string[], close = "        }") => [
  "class A {",
  "    void f() {",
  "        try {",
  "            g();",
  `        ${handler}`,
  ...body,
  close,
  "    }",
  "}",
];
valid.push(
  {
    name: "Java: `// e.printStackTrace();` alone in a catch block",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // e.printStackTrace();"])),
  },
  {
    name: "Java: a commented logger call alone in a catch block",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ['            // LOG.warn("ignored", e);'])),
  },
  {
    name: "Java: a commented print in a catch block that then returns null, still ignoring the error",
    ...file("src/main/java/A.java", tryCatch("} catch (NumberFormatException e) {", ["            // e.printStackTrace();", "            return null;"])),
  },
  {
    name: "Python: a commented print over `return None` that ends an except block",
    ...file("app/a.py", [
      "def f():",
      "    try:",
      "        return g()",
      "    except ValueError as e:",
      "        # print(e)",
      "        return None",
      "",
      "",
      "def h():",
      "    pass",
    ]),
  },
  {
    name: "C#: a commented `Console.WriteLine` alone in an Allman catch block",
    ...file("src/A.cs", [
      "class A",
      "{",
      "    void F()",
      "    {",
      "        try",
      "        {",
      "            G();",
      "        }",
      "        catch (Exception ex)",
      "        {",
      "            // Console.WriteLine(ex);",
      "        }",
      "    }",
      "}",
    ]),
  },
  {
    name: "Python: a commented print and `pass` in an except block",
    ...file("app/a.py", ["def f():", "    try:", "        g()", "    except OSError as e:", "        # print(e)", "        pass"]),
  },
  {
    name: "Ruby: a commented `puts` alone in a rescue block",
    ...file("lib/a.rb", ["def f", "  g", "rescue StandardError => e", "  # puts(e.message)", "end"]),
  },
  {
    name: "JavaScript: a commented `console.error` alone in a catch block",
    ...file("lib/a.js", ["try {", "  g();", "} catch (e) {", "  // console.error(e);", "}"]),
  },
);
invalid.push(
  {
    name: "Java: a commented call of real logic alone in a catch block",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // retry(e);"])),
    findings: line("commentedOutLine", 6),
  },
  {
    name: "Java: a commented-out block of logic with a print in a catch block",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // e.printStackTrace();", "            // retry(e);"])),
    findings: line("commentedOut", 6),
  },
  {
    name: "Java: an assignment to a variable named like a log level (`error = true`) alone in a catch block",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // error = true;"])),
    findings: line("commentedOutLine", 6),
  },
  {
    name: "Java: a commented print in a catch block that returns what handles the error",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // e.printStackTrace();", "            return retry(e);"])),
    findings: line("commentedOutLine", 6),
  },
  {
    name: "Ruby: a commented `puts` in a method's body, not a rescue block",
    ...file("lib/a.rb", ["def f", "  g", "  # puts(e.message)", "  h", "end"]),
    findings: line("commentedOutPrint", 3),
  },
  {
    name: "Java: a commented print in a catch block that handles the error",
    ...file("src/main/java/A.java", tryCatch("} catch (IOException e) {", ["            // e.printStackTrace();", "            retry(e);"])),
    findings: line("commentedOutLine", 6),
  },
);

// ---- 4. an unfinished test, parked as a whole ----
const PARKED: Array<{ lang: string; path: string; parked: string[]; live: string[]; at: number }> = [
  {
    lang: "C# ([Pending])",
    path: "tests/Specs.cs",
    parked: [
      "public class Specs",
      "{",
      "    [Test]",
      "    [Pending]",
      "    public void Parked()",
      "    {",
      "        // var sub = Substitute.For<IFoo>();",
      "    }",
      "}",
    ],
    live: ["public class Specs", "{", "    [Test]", "    public void Live()", "    {", "        // var sub = Substitute.For<IFoo>();", "    }", "}"],
    at: 6,
  },
  {
    lang: "C# ([Fact(Skip = …)])",
    path: "tests/SpecsTest.cs",
    parked: [
      "public class SpecsTest",
      "{",
      '    [Fact(Skip = "later")]',
      "    public void Parked()",
      "    {",
      "        // var sub = Substitute.For<IFoo>();",
      "    }",
      "}",
    ],
    live: ["public class SpecsTest", "{", "    [Fact]", "    public void Live()", "    {", "        // var sub = Substitute.For<IFoo>();", "    }", "}"],
    at: 6,
  },
  {
    lang: "Java (@Disabled)",
    path: "src/test/java/T.java",
    parked: ["class T {", "    @Disabled", "    @Test", "    void parked() {", "        // Foo foo = new Foo();", "    }", "}"],
    live: ["class T {", "    @Test", "    void live() {", "        // Foo foo = new Foo();", "    }", "}"],
    at: 4,
  },
  {
    lang: "Kotlin (@Ignore)",
    path: "src/test/kotlin/T.kt",
    parked: ["class T {", "    @Ignore", "    @Test", "    fun parked() {", "        // val foo = Foo()", "    }", "}"],
    live: ["class T {", "    @Test", "    fun live() {", "        // val foo = Foo()", "    }", "}"],
    at: 4,
  },
  {
    lang: "JavaScript (xit)",
    path: "test/a.test.js",
    parked: ['describe("a", () => {', '  xit("parks", () => {', "    // const x = make();", "  });", "});"],
    live: ['describe("a", () => {', '  it("runs", () => {', "    // const x = make();", "  });", "});"],
    at: 3,
  },
  {
    lang: "TypeScript (it.skip)",
    path: "test/a.test.ts",
    parked: ['describe("a", () => {', '  it.skip("parks", () => {', "    // const x = make();", "  });", "});"],
    live: ['describe("a", () => {', '  it("runs", () => {', "    // const x = make();", "  });", "});"],
    at: 3,
  },
  {
    lang: "Rust (#[ignore])",
    path: "tests/t.rs",
    parked: ["#[test]", "#[ignore]", "fn parked() {", "    // let x = make();", "}"],
    live: ["#[test]", "fn live() {", "    // let x = make();", "}"],
    at: 3,
  },
  {
    lang: "Python (@pytest.mark.skip)",
    path: "tests/test_a.py",
    parked: ['@pytest.mark.skip(reason="later")', "def test_parked():", "    # client = make()", "    pass"],
    live: ["def test_live():", "    # client = make()", "    pass"],
    at: 2,
  },
  {
    lang: "Ruby (pending)",
    path: "spec/a_spec.rb",
    parked: ["describe Foo do", '  it "parks" do', "    pending", "    # foo = Foo.new", "  end", "end"],
    live: ["describe Foo do", '  it "parks" do', "    pending", "  end", "", '  it "runs" do', "    # foo = Foo.new", "    expect(1).to eq(1)", "  end", "end"],
    at: 7,
  },
  {
    lang: "Go (t.Skip)",
    path: "a_test.go",
    parked: ["package a", "", "func TestParked(t *testing.T) {", '\tt.Skip("later")', "\t// c := New()", "}"],
    live: ["package a", "", "func TestLive(t *testing.T) {", "\t// c := New()", "\tc.Run()", "}"],
    at: 4,
  },
  {
    lang: "PHP (markTestIncomplete)",
    path: "tests/ATest.php",
    parked: [
      "<?php",
      "class ATest {",
      "  public function testParked() {",
      "    $this->markTestIncomplete();",
      "    // $csv = Reader::createFromString('');",
      "  }",
      "}",
    ],
    live: [
      "<?php",
      "class ATest {",
      "  public function testLive() {",
      "    // $csv = Reader::createFromString('');",
      "    $this->assertTrue(true);",
      "  }",
      "}",
    ],
    at: 4,
  },
];
for (const t of PARKED) {
  valid.push({ name: `${t.lang}: commented setup in a test parked as a whole`, ...file(t.path, t.parked) });
  valid.push({ name: `${t.lang}: one line of setup in a test that runs is too small to raise`, ...file(t.path, t.live) });
  // Two lines of it are a block, said in a test as anywhere.
  const twice = [...t.live.slice(0, t.at), t.live[t.at - 1], ...t.live.slice(t.at)];
  invalid.push({
    name: `${t.lang}: two lines of setup in a test that runs`,
    ...file(t.path, twice),
    findings: [{ messageId: "commentedOut", line: t.at, data: { count: 2 } }],
  });
}

// ---- 5. a sentence right above that explains the code ----
const javaTest = (comment: string[]) => ["class ATest {", "    @Test", "    void nulls() {", "        foo();", ...comment, "        bar();", "    }", "}"];
const THROWS = "        // assertThrows(NullPointerException.class, () -> ArrayUtils.hashCode(null));";
valid.push(
  {
    name: "Java: a commented assertThrows under a comment saying why the call does not throw",
    ...file("src/test/java/ATest.java", javaTest(["        // Commons Lang does not throw on a null array, it returns 0", THROWS])),
  },
  {
    name: "Java: the reason is a comment of its own on the line above, at another indentation",
    ...file("src/test/java/ATest.java", javaTest(["    // hashCode(null) is 0 here, it never throws", THROWS])),
  },
  {
    name: "Java: a sentence over the code that names a call (`hashCode(null)`) is still prose",
    ...file("src/test/java/ATest.java", javaTest(["        // ArrayUtils.hashCode(null) returns 0, it does not throw", THROWS])),
  },
  {
    name: "Java: a two-line sentence over the code",
    ...file("src/test/java/ATest.java", javaTest(["        // The JRE's Arrays.hashCode(null) returns 0,", "        // it does not throw", THROWS])),
  },
);
invalid.push(
  {
    name: "Java: a label over the code is no reason",
    ...file("src/test/java/ATest.java", javaTest(["        // Hash code of null arrays", THROWS])),
    findings: line("commentedOutLine", 6),
  },
  {
    // joi 0be2fe771b: the first line's message reads as words, but the line is a statement.
    name: 'JavaScript: commented assertions whose first one\'s message says "does not match" are not explained by it',
    ...file("test/extend.js", [
      "it('must be an object', () => {",
      "    expect(() => Joi.extend(true)).to.throw(/does not match any of the allowed types/);",
      "    //expect(() => Joi.extend(null)).to.throw(/does not match any of the allowed types/);",
      "    //expect(() => Joi.extend()).to.throw('You need to provide at least one extension');",
      "});",
    ]),
    findings: line("commentedOut", 3),
  },
  {
    name: "Java: a sentence separated from the code by a blank line says nothing of it",
    ...file("src/test/java/ATest.java", javaTest(["        // It does not throw on a null array", "", THROWS])),
    findings: line("commentedOutLine", 7),
  },
);

// ---- 6. a whole codebase imported at once ----
const many = (n: number) => Array.from({ length: n }, (_, i) => addedFile(`src/m${i}.go`, ["package src", `var A${i} = 1`], 1, { status: "added" }));
const parked = addedFile("src/parked.go", ["package src", "", "func f() {", "\tx := 1", "\t//fmt.Println(x)", "}"], 1, { status: "added" });
const importOf = (n: number, message: string, parents = ["p"]) => change([parked, ...many(n)], { commits: [commit(message, { parents })] });
valid.push(
  { name: "the repository's first commit, adding a whole codebase", change: importOf(60, "Add things", []) },
  { name: 'an "Initial files" commit adding hundreds of files', change: importOf(150, "Initial files") },
  { name: 'a conventional "impl: initial import" subject', change: importOf(150, "impl: initial import of the parser") },
);
invalid.push(
  {
    name: "a root commit of a few files is the project's first step, and the author's own",
    change: importOf(5, "Initial commit", []),
    findings: line("commentedOutPrint", 5),
  },
  { name: 'a later commit of a few dozen files that says "Initial commit"', change: importOf(60, "Initial commit"), findings: line("commentedOutPrint", 5) },
  { name: "hundreds of new files without a word of an import", change: importOf(150, "Add the parser"), findings: line("commentedOutPrint", 5) },
);

testRuleBeforeCalibration("no-commented-out-code", { valid, invalid });
