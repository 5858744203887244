import type { FileFacts, TestCaseFact } from "../../src/syntax/facts.js";
import { loadAllGrammars, syntaxLanguageOf } from "../../src/syntax/grammars.js";
import { isNotAnalysed, parseFacts } from "../../src/syntax/parse-file.js";

beforeAll(() => loadAllGrammars());

function facts(path: string, lines: string[]): FileFacts {
  const f = parseFacts(path, lines.join("\n"));
  if (!f || isNotAnalysed(f)) throw new Error(`${path} was not analysed`);
  return f;
}

const onlyTest = (path: string, lines: string[]): TestCaseFact => {
  const t = facts(path, lines).tests;
  expect(t).toHaveLength(1);
  return t[0];
};

describe("languages", () => {
  it.each([
    ["a.ts", "typescript"],
    ["a.tsx", "tsx"],
    ["a.mjs", "javascript"],
    ["a.jsx", "javascript"],
    ["a.py", "python"],
    ["a.go", "go"],
    ["A.java", "java"],
    ["a.kts", "kotlin"],
    ["a.rs", "rust"],
    ["Rakefile", "ruby"],
    ["A.cs", "csharp"],
    ["a.php", "php"],
    ["a.yml", undefined],
    ["a.c", undefined],
    // A file named for an Object member is no language (a review of it crashed loading a grammar).
    ["src/a.constructor", undefined],
    ["lib/b.__proto__", undefined],
    ["c.hasOwnProperty", undefined],
    ["d.valueOf", undefined],
  ])("%s is %s", (path, id) => expect(syntaxLanguageOf(path)).toBe(id));
});

describe("functions", () => {
  it.each<[string, string[], Array<[string, string, boolean?]>]>([
    [
      "a.ts",
      [
        'describe("Probot", () => {',
        '  it("works", () => {});',
        "});",
        "const h = async () => 1;",
        "class A { constructor() {} m() {} }",
        "const o = { a: 1, f() {} };",
      ],
      [
        ['describe("Probot") callback', "callback", true],
        ['it("works") callback', "callback", true],
        ["h", "lambda"],
        ["constructor", "method"],
        ["m", "method"],
        ["f", "method"],
      ],
    ],
    [
      // moshi 32c5d48a: the Kotlin grammar reads this class as `class` infix a lambda, with no
      // error node; the "lambda" is not measured, the class's functions still would be.
      "A.kt",
      [
        "@ExperimentalStdlibApi",
        '@Suppress("UNUSED", "UNUSED_PARAMETER")',
        "class GeneratedAdaptersTest {",
        "  @Target(TYPE)",
        "  annotation class TypeAnnotation",
        "  @JsonClass(generateAdapter = true)",
        "  data class TypeAnnotationClass(",
        '      val propertyWithAnnotatedType: @TypeAnnotation String = "",',
        "      val generic: List<@TypeAnnotation String>",
        "  )",
        "}",
      ],
      [["(anonymous function)", "lambda", true]],
    ],
    [
      // stripe-node's testProjects/types-cjs/typescriptTest.ts and docs' UMD wrappers: named by
      // their whole text before, and measured as one long function.
      "b.js",
      ["(async () => {", "  const f = function () {};", "})();", "(function () { var g = () => 1; })();", "run(() => 2);"],
      [
        ["(immediately invoked function)", "lambda", true],
        ["f", "lambda"],
        ["(immediately invoked function)", "lambda", true],
        ["g", "lambda"],
        ["run callback", "callback"],
      ],
    ],
    [
      // A returned function is named after the function that returns it, also when that one is
      // itself named by what it is assigned to.
      // A returned function with a name of its own keeps it (pino's `return function LOG () {}`),
      // and one returned by an immediately invoked wrapper has no name to borrow.
      "c.ts",
      [
        "export function createWebhookFrontDoor() {",
        "  return async (req) => req;",
        "}",
        "const mk = () => { return function () {}; };",
        "const wrap = () => { return function LOG () {}; };",
        "(function () { return () => 1; })();",
      ],
      [
        ["createWebhookFrontDoor", "function"],
        ["(function returned by createWebhookFrontDoor)", "lambda"],
        ["mk", "lambda"],
        ["(function returned by mk)", "lambda"],
        ["wrap", "lambda"],
        ["LOG", "lambda"],
        ["(immediately invoked function)", "lambda", true],
        ["(anonymous function)", "lambda"],
      ],
    ],
    [
      "b.py",
      ["def make():", "    return lambda x: x + 1"],
      [
        ["make", "function"],
        ["(function returned by make)", "lambda"],
      ],
    ],
    [
      "b.go",
      ["package a", "func Make() func() int {", "\treturn func() int { return 1 }", "}", "func G() { c := func() {}; c() }"],
      [
        ["Make", "function"],
        ["(function returned by Make)", "lambda"],
        ["G", "function"],
        ["(anonymous function)", "lambda"],
      ],
    ],
    [
      // Rust returns a closure as its body's last expression as often as with `return`; a closure
      // passed to a call in the return is still that call's callback.
      "b.rs",
      [
        "fn make() -> impl Fn(i32) -> i32 {",
        "    |x| x + 1",
        "}",
        "fn early() -> impl Fn(i32) -> i32 { return |x| x + 1; }",
        "fn boxed() -> Box<dyn Fn()> { Box::new(|| {}) }",
      ],
      [
        ["make", "function"],
        ["(function returned by make)", "lambda"],
        ["early", "function"],
        ["(function returned by early)", "lambda"],
        ["boxed", "function"],
        ["Box::new callback", "callback"],
      ],
    ],
    [
      "a.py",
      ["def f(a,", "      b):", "    g = lambda: 1", "class C:", "    def m(self): pass"],
      [
        ["f", "function"],
        ["g", "lambda"],
        ["m", "function"],
      ],
    ],
    [
      "a.go",
      ["package a", 'func F() { t.Run("sub", func(t *testing.T) {}) }', "func (s *S) M() {}"],
      [
        ["F", "function"],
        ['t.Run("sub") callback', "callback", true],
        ["M", "method"],
      ],
    ],
    [
      "A.java",
      ["class A { A() {} void m() { xs.forEach(x -> f(x)); } }"],
      [
        ["A", "constructor"],
        ["m", "method"],
        ["xs.forEach callback", "callback"],
      ],
    ],
    [
      "a.kt",
      ["fun f() { xs.forEach { println(it) } }"],
      [
        ["f", "function"],
        ["xs.forEach callback", "callback"],
      ],
    ],
    [
      "a.rs",
      ["fn f() { let c = |x| x + 1; }", "impl S { fn m(&self) {} }"],
      [
        ["f", "function"],
        ["c", "lambda"],
        ["m", "function"],
      ],
    ],
    [
      "a.rb",
      ['describe "X" do', '  it "y" do', "  end", "end", "def m; end", "def self.k; end"],
      [
        ['describe("X") callback', "callback", true],
        ['it("y") callback', "callback", true],
        ["m", "method"],
        ["k", "method"],
      ],
    ],
    [
      // addressable's query_values: a block passed to a call on a block's result is named by its
      // method and the method around it, not by the receiver's text with its spaces dropped.
      "a.rb",
      ["def query_values", '  (query.split("&").map do |pair|', "    pair", "  end).inject({}) do |acc, pair|", "    acc", "  end", "end"],
      [
        ["query_values", "method"],
        ['query.split("&").map callback', "callback"],
        ["inject callback in query_values", "callback"],
      ],
    ],
    [
      "a.js",
      ["function load(url) {", "  return fetch(url).then((r) => r.json()).then((body) => {", "    return body;", "  });", "}"],
      [
        ["load", "function"],
        ["fetch(url).then callback", "callback"],
        ["then callback in load", "callback"],
      ],
    ],
    [
      "A.cs",
      ["class A { public A() {} int M() { Func<int> g = () => 1; return g(); } }"],
      [
        ["A", "constructor"],
        ["M", "method"],
        ["g", "lambda"],
      ],
    ],
    [
      "a.php",
      ["<?php", "function f() {}", "class A { function m() { $g = fn($x) => 1; } }"],
      [
        ["f", "function"],
        ["m", "method"],
        ["$g", "lambda"],
      ],
    ],
  ])("%s", (path, lines, expected) => {
    expect(facts(path, lines).functions.map((f) => [f.name, f.kind, f.testCallback])).toEqual(expected.map(([n, k, t]) => [n, k, t ?? false]));
  });

  it("measures span, body lines, decisions and nesting", () => {
    const [f] = facts("a.ts", ["function f(a: number) {", "  for (const x of xs) {", "    if (a && x) {", "      g();", "    }", "  }", "}"]).functions;
    expect(f).toMatchObject({ start: 1, end: 7, bodyLines: 7, codeLines: 7, decisions: 3, maxNesting: 2, deepestLine: 3 });
  });

  it("continues an else-if chain at the same level, after non-ASCII text too", () => {
    const [f] = facts("a.ts", ["function f() {", '  const s = "ééé😀";', "  if (a) {} else if (b) { if (c) {} }", "}"]).functions;
    expect(f).toMatchObject({ decisions: 3, maxNesting: 2 });
  });

  it("counts lines of code: not blank lines, not comment-only lines", () => {
    const [f] = facts("a.ts", ["function f() {", "  // note", "", "  /* a */ g();", "  /*", "   * b", "   */", "  h(); // trailing", "}"]).functions;
    expect(f).toMatchObject({ start: 1, end: 9, codeLines: 4 });
  });

  it("counts a Python function to its last line, with a multi-line signature", () => {
    const [f] = facts("a.py", ["def f(a,", "      b):", "    if a:", "        return b", "", "x = 1"]).functions;
    expect(f).toMatchObject({ start: 1, end: 4, decisions: 1, maxNesting: 1 });
  });
});

describe("functions the parser recovered in", () => {
  it.each<[string, string[], Record<string, boolean>]>([
    ["a.rs", ["fn old(f: |&mut D<'a>| -> T) -> T {", "  f(0)", "}", "fn new(x: u32) -> u32 {", "  x + 1", "}"], { old: true, new: false }],
    [
      "a.ts",
      ["function broken(x: number) {", "  if (x > 1 { return 1; }", "}", "function fine(x: number) {", "  return x;", "}"],
      { broken: true, fine: false },
    ],
    ["a.py", ["def broken(x):", "    y = [1, 2", "    return y", "", "def fine(x):", "    return x"], { broken: true, fine: false }],
    // One token the grammar does not know, on one line (pre-1.0 Rust's closure kind `|&: d|`): the brackets, and the span, stand.
    ["b.rs", ["fn f(x: u32) -> u32 {", "    let g = |&: d: u32| d + 1;", "    g(x)", "}"], { f: false }],
  ])("%s: a function whose end the parser's recovery may have moved is marked parseErrors", (path, lines, expected) => {
    const found = facts(path, lines).functions;
    for (const [name, marked] of Object.entries(expected)) expect([name, found.find((f) => f.name === name)?.parseErrors === true]).toEqual([name, marked]);
  });
});

describe("comments", () => {
  it.each<[string, string[], Array<[string, number, boolean]>]>([
    [
      "a.ts",
      ["/** JSDoc */", "/* block */", "// line", "//   more", "x(); // trailing"],
      [
        ["doc", 1, false],
        ["block", 2, false],
        ["line", 3, false],
        ["line", 5, false],
      ],
    ],
    [
      "a.rs",
      ["/// outer doc", "//! inner doc", "// plain", "/** block doc */"],
      [
        ["doc", 1, false],
        ["line", 3, false],
        ["doc", 4, false],
      ],
    ],
    [
      "A.cs",
      ["/// <summary>x</summary>", "// Console.WriteLine(x);"],
      [
        ["doc", 1, false],
        ["line", 2, true],
      ],
    ],
    [
      "a.go",
      ["package a", "", "// F does things.", "func F() {", "\t//fmt.Println(x)", "}"],
      [
        ["doc", 3, false],
        ["line", 5, true],
      ],
    ],
    [
      "a.rb",
      ["# Adds.", "# @param x", "def add(x); end", "# puts(x)"],
      [
        ["doc", 1, false],
        ["line", 4, true],
      ],
    ],
    [
      "a.py",
      ['"""Module doc."""', "def f():", '    """Doc."""', "    # print(x)"],
      [
        ["doc", 1, false],
        ["doc", 3, false],
        ["line", 4, true],
      ],
    ],
    [
      "A.java",
      ["/** <pre>{@code f(); }</pre> */", "// foo.bar();"],
      [
        ["doc", 1, false],
        ["line", 2, true],
      ],
    ],
    [
      "a.kt",
      ["/** KDoc */", "// println(x)"],
      [
        ["doc", 1, false],
        ["line", 2, true],
      ],
    ],
    [
      "a.php",
      ["<?php", "/** PHPDoc */", "# var_dump($x);"],
      [
        ["doc", 2, false],
        ["line", 3, true],
      ],
    ],
  ])("%s: kinds and commented-out code", (path, lines, expected) => {
    expect(facts(path, lines).comments.map((c) => [c.kind, c.start, c.code])).toEqual(expected);
  });

  it("strips delimiters and keeps columns", () => {
    const [c] = facts("a.ts", ["x(); /* a */"]).comments;
    expect(c).toMatchObject({ lines: ["a "], trailing: true, startColumn: 5, endColumn: 12 });
  });
});

describe("strings and calls", () => {
  it("gives string spans with columns, and callees as written", () => {
    const f = facts("a.ts", ["const s = `a", "b`;", 'console.log("x");', "const r = /ab+/;"]);
    expect(f.strings.map((s) => [s.kind, s.start, s.end, s.startColumn, s.endColumn])).toEqual([
      ["template", 1, 2, 10, 2],
      ["string", 3, 3, 12, 15],
      ["regex", 4, 4, 10, 15],
    ]);
    expect(f.calls).toEqual([{ callee: "console.log", line: 3 }]);
  });

  it.each([
    ["a.rs", ['fn f() { dbg!(x); let s = r"raw"; }'], "dbg!", "raw"],
    ["a.rb", ["binding.pry", "s = <<~EOS", "  text", "EOS"], "binding.pry", "heredoc"],
    ["A.java", ['class A { void f() { System.out.println("x"); } }'], "System.out.println", "string"],
    ["a.php", ["<?php", "var_dump($x); $this->f(); A::g();"], "var_dump", "string"],
  ])("%s", (path, lines, callee, kind) => {
    const f = facts(path, lines);
    expect(f.calls.map((c) => c.callee)).toContain(callee);
    if (kind !== "string") expect(f.strings.map((s) => s.kind)).toContain(kind);
  });
});

describe("test cases", () => {
  it("jest: assertions, skips, focus, the handle, expected exceptions", () => {
    const t = facts("a.test.ts", [
      'it("asserts", () => { expect(a).toBe(1); });',
      'it.skip("skipped", () => {});',
      'it.only("focused", () => { helper(); });',
      'test("node:test handle", (t) => { check(t, 1); });',
      'it("throws", () => { expect(() => f()).toThrow(); });',
      'it.each([[1, [2]]])("table %s", (a) => { expect(a).toBeTruthy(); });',
    ]).tests;
    expect(t.map((c) => [c.name, c.assertions > 0, c.skip, c.focused, c.passesHandle, c.expectsFailureOrSnapshot])).toEqual([
      ["asserts", true, "none", false, false, false],
      ["skipped", false, "unconditional", false, false, false],
      ["focused", false, "none", true, false, false],
      ["node:test handle", false, "none", false, true, false],
      ["throws", true, "none", false, false, true],
      ["table %s", true, "none", false, false, false],
    ]);
    expect(t[2].calls).toEqual(["helper"]);
  });

  it("Go: a skip inside a condition is conditional; t passed to a helper is the handle", () => {
    expect(
      onlyTest("a_test.go", [
        "package a",
        "func TestX(t *testing.T) {",
        '\tif runtime.GOOS == "windows" {',
        "\t\tt.Skip()",
        "\t}",
        "\texpectSuccess(out, err, t)",
        "}",
      ]),
    ).toMatchObject({
      name: "TestX",
      skip: "conditional",
      passesHandle: true,
    });
  });

  it("Go: a test of only `var _ I = x` is compile-only", () => {
    expect(onlyTest("a_test.go", ["package a", "func TestImplements(t *testing.T) {", "\tvar _ I = (*S)(nil)", "}"])).toMatchObject({ compileOnly: true });
  });

  it("Python: decorators, a multi-line signature, pytest.raises and conditional skips", () => {
    const t = facts("test_a.py", [
      "@pytest.mark.skip",
      "def test_skipped(): pass",
      "@pytest.mark.skipif(sys.platform == 'win32', reason='x')",
      "def test_sometimes(): pass",
      "def test_multi(a,",
      "               b):",
      "    assert a == b",
      "def test_raises():",
      "    with pytest.raises(ValueError):",
      "        f()",
    ]).tests;
    expect(t.map((c) => [c.name, c.skip, c.assertions, c.expectsFailureOrSnapshot])).toEqual([
      ["test_skipped", "unconditional", 0, false],
      ["test_sometimes", "conditional", 0, false],
      ["test_multi", "none", 1, false],
      ["test_raises", "none", 0, true],
    ]);
  });

  it("JUnit: @Test(expected), try/fail/catch, @Disabled", () => {
    const t = facts("ATest.java", [
      "class ATest {",
      "  @Test(expected = X.class) void a() { f(); }",
      "  @Test void b() { try { f(); fail(); } catch (X e) {} }",
      "  @Disabled @Test void c() { assertEquals(1, 2); }",
      "}",
    ]).tests;
    expect(t.map((c) => [c.name, c.expectsFailureOrSnapshot, c.skip])).toEqual([
      ["a", true, "none"],
      ["b", true, "none"],
      ["c", false, "unconditional"],
    ]);
  });

  it("Kotlin: @Test functions and their assertions", () => {
    expect(onlyTest("ATest.kt", ["class ATest {", "  @Test fun a() { assertEquals(1, f()) }", "}"])).toMatchObject({ name: "a", assertions: 1 });
  });

  it("Rust: #[test], #[should_panic], #[ignore]", () => {
    const t = facts("a.rs", ["#[test]", "#[should_panic]", "fn a() { f(); }", "#[test]", "#[ignore]", "fn b() { assert_eq!(1, 1); }"]).tests;
    expect(t.map((c) => [c.name, c.expectsFailureOrSnapshot, c.skip, c.assertions])).toEqual([
      ["a", true, "none", 0],
      ["b", false, "unconditional", 1],
    ]);
  });

  it("Ruby: RSpec and minitest cases, xit, rescue … skip is conditional", () => {
    const t = facts("a_spec.rb", [
      'it "y" do',
      "  expect(a).to eq 1",
      "end",
      'xit "z" do',
      "end",
      "def test_x",
      "  f",
      "rescue LoadError",
      "  skip",
      "end",
    ]).tests;
    expect(t.map((c) => [c.name, c.assertions > 0, c.skip])).toEqual([
      ["y", true, "none"],
      ["z", false, "unconditional"],
      ["test_x", false, "conditional"],
    ]);
  });

  it("xUnit: [Fact(Skip = …)] and Assert.Throws", () => {
    const t = facts("ATest.cs", [
      "class ATest {",
      '  [Fact(Skip = "flaky")] public void A() {}',
      "  [Fact] public void B() { Assert.Throws<X>(() => F()); }",
      "}",
    ]).tests;
    expect(t.map((c) => [c.name, c.skip, c.expectsFailureOrSnapshot])).toEqual([
      ["A", "unconditional", false],
      ["B", "none", true],
    ]);
  });

  it("PHPUnit: test methods, assertions and expectException", () => {
    const t = facts("ATest.php", [
      "<?php",
      "class ATest extends TestCase {",
      "  public function testA() { $this->assertTrue(true); }",
      "  public function testB() { $this->expectException(X::class); f(); }",
      "}",
    ]).tests;
    expect(t.map((c) => [c.name, c.assertions, c.expectsFailureOrSnapshot])).toEqual([
      ["testA", 1, false],
      ["testB", 0, true],
    ]);
  });
});

describe("hostile input", () => {
  it("refuses a file over 1 MB", () => {
    expect(parseFacts("a.ts", "x();\n".repeat(250_000))).toEqual({ notAnalysed: "it is larger than 1 MB" });
  });

  it("refuses a minified file", () => {
    expect(parseFacts("a.js", "var a=1;".repeat(5_000))).toEqual({ notAnalysed: expect.stringContaining("minified") });
  });

  it("refuses 50,000 nested brackets on their own lines", () => {
    expect(parseFacts("a.ts", "(\n".repeat(50_000))).toEqual({ notAnalysed: "it nests brackets more than 1,000 levels deep" });
  });

  it("recovers from syntax errors and still finds the functions around them", () => {
    expect(facts("a.ts", ["function a() {}", "function (((", "function b() {}"]).functions.map((f) => f.name)).toContain("a");
  });
});

describe("hostile input, nested deep", () => {
  it("refuses a function nested 20,000 blocks deep without brackets (Ruby)", () => {
    // Deeper still, the query slows down and the file's time budget ends it ("took longer than 3 s").
    const n = 20_000;
    const text = ["def f(a)", ...Array.from({ length: n }, () => "if a"), "g", ...Array.from({ length: n }, () => "end"), "end"].join("\n");
    // Either limit may end it first: on a loaded machine the time budget can run out before the
    // depth check. Both are the refusal this test is about: named as not analysed, no stall.
    expect(parseFacts("a.rb", text)).toEqual({ notAnalysed: expect.stringMatching(/^(it nests more than 1,000 blocks deep|it took longer than \d+ s)/) });
  });

  it("measures a function nested 900 blocks deep", () => {
    const n = 900;
    const text = ["function f(a) {", ...Array.from({ length: n }, () => "if (a) {"), "g();", ...Array.from({ length: n }, () => "}"), "}"].join("\n");
    const f = parseFacts("a.js", text);
    expect(f && !isNotAnalysed(f) && f.functions[0]).toMatchObject({ name: "f", maxNesting: n, decisions: n });
  });
});
