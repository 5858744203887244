import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";
import { changed } from "../helpers/base-head.js";

/** A new test file: all of it is in view, so every case in it is judged. */
const added = (path: string, lines: string[]) => addedFile(path, lines, 1, { status: "added" });

// Each shape from the issue's table, per framework: tests that assert (valid) and tests that do not (invalid).
testRule("tests-required", {
  valid: [
    {
      name: "a skipped test whose reason cites its tracking issue (#1545, a link) is tracked",
      change: change([
        added("src/test/java/a/WireTest.java", [
          "class WireTest {",
          '  @Ignore("Need to fix #1545")',
          "  @Test public void recursiveMap() {",
          "    assertThat(f()).isNotNull();",
          "  }",
          "}",
        ]),
        added("spec/c_spec.rb", ["# https://github.com/o/r/issues/12", 'xit "c" do', "  expect(1).to eq 1", "end"]),
      ]),
    },
    {
      name: "smoke tests that exercise code: a call that throws or panics on failure fails them",
      change: change([
        added("test/a.test.ts", ['it("runs", () => {', "  run();", "});"]),
        added("a_test.go", ["package a", "func setup() { build() }", "func TestRun(t *testing.T) {", "\tsetup()", "}"]),
        added("tests/test_a.py", ["def test_deprecated_shortcut():", "    with pytest.warns(DeprecationWarning):", "        Client(app=app)"]),
        added("tests/test_alloc.rs", [
          "#[test]",
          "fn test_bytes_advance() {",
          "    let mut bytes = Bytes::from(vec![10, 20, 30]);",
          "    bytes.advance(1);",
          "    drop(bytes);",
          "}",
        ]),
        added("src/test/java/a/CompletableTest.java", [
          "class CompletableTest {",
          "  @Test public void completableSuccess200() {",
          '    server.enqueue(new MockResponse().setBody("Hi"));',
          "    service.completable().await();",
          "  }",
          "}",
        ]),
      ]),
    },
    {
      name: "TypeScript: asserts through a verifying mock (fetch-mock postOnce, awaited)",
      change: change([
        added("test/proxy.test.ts", [
          'test("forwards events to server", async () => {',
          "  const fetch = fetchMock.sandbox().postOnce(`${url}/test`, { status: 200, then: () => finished.resolve() });",
          "  await createProxy({ url, fetch });",
          "  await finished.promise;",
          "});",
        ]),
      ]),
    },
    {
      name: "Go: gomock EXPECT() verifies the calls",
      change: change([added("svc_test.go", ["package svc", "func TestCallsStore(t *testing.T) {", "\tm.EXPECT().Save(gomock.Any())", "\tNew(m).Run()", "}"])]),
    },
    {
      name: "Go: compile-time checks inside subtests, beside other statements",
      change: change([
        added("c_test.go", [
          "package c",
          "func TestCompat(t *testing.T) {",
          '\tt.Run("signature", func(t *testing.T) {',
          "\t\tvar userComp func(args []string) []string",
          "\t\tvar _ CompletionFunc = userComp",
          "\t\tcmd := Command{Valid: userComp}",
          '\t\t_ = cmd.Register("foo", userComp)',
          "\t})",
          "}",
        ]),
      ]),
    },
    {
      name: "TypeScript: type tests (expectTypeOf, assertType, @ts-expect-error)",
      change: change([
        added("test/types.test-d.ts", [
          'test("context types", () => {',
          "  expectTypeOf(ctx.payload).toEqualTypeOf<Payload>();",
          "});",
          'test("rejects numbers", () => {',
          "  // @ts-expect-error a number is not a name",
          "  greet(1);",
          "});",
          'it("narrows", () => {',
          "  assertType<string>(name(x));",
          "});",
        ]),
      ]),
    },
    {
      name: "Python: a test named for not raising",
      change: change([added("tests/test_cli.py", ["def test_does_not_raise_on_empty_config(tmp_path):", "    load_config(tmp_path)"])]),
    },
    {
      name: "Ruby minitest: a smoke test named for what it handles",
      change: change([added("test/middleware_test.rb", ['it "handles keyword arguments" do', '  @app.use KwMiddleware, argument: "x"', "  get '/'", "end"])]),
    },
    {
      name: "Ruby minitest: the file's existing tests are smoke tests too (its style)",
      ...changed(
        "test/params_test.rb",
        ['it "keeps params" do', "  @app.use SpecialConsts", "  get '/'", "end"].join("\n"),
        ['it "keeps params" do', "  @app.use SpecialConsts", "  get '/'", "end", 'it "passes nil through" do', "  get '/?n'", "end"].join("\n"),
      ),
    },
    {
      name: "Java: a test whose name says it does not throw",
      change: change([added("src/test/java/x/ParserTest.java", ["@Test", "void parsesEmptyInputWithoutThrowing() {", '  new Parser().parse("");', "}"])]),
    },
    {
      name: "JavaScript: a test named 'works with …'",
      change: change([added("test/a.test.js", ["it('works with an empty list', () => {", "  run([]);", "});"])]),
    },
    {
      name: "Go: asserts through a helper taking t",
      change: change([added("a_test.go", ["package a", "func TestRun(t *testing.T) {", "\tout, err := run()", "\texpectSuccess(out, err, t)", "}"])]),
    },
    {
      name: "Go: subtests with t.Run and a table",
      change: change([
        added("a_test.go", [
          "package a",
          "func TestTable(t *testing.T) {",
          "\tfor _, tc := range cases {",
          "\t\tt.Run(tc.name, func(t *testing.T) {",
          "\t\t\tif got := f(tc.in); got != tc.want {",
          '\t\t\t\tt.Errorf("got %v", got)',
          "\t\t\t}",
          "\t\t})",
          "\t}",
          "}",
        ]),
      ]),
    },
    {
      name: "Go: compile-only test (var _ I = x) is neutral",
      change: change([added("a_test.go", ["package a", "func TestImplements(t *testing.T) {", "\tvar _ I = (*S)(nil)", "}"])]),
    },
    {
      name: "Go: a skip inside a condition is not a skipped test",
      change: change([
        added("a_test.go", [
          "package a",
          "func TestX(t *testing.T) {",
          '\tif runtime.GOOS == "windows" {',
          "\t\tt.Skip()",
          "\t}",
          "\trequire.NoError(t, f())",
          "}",
        ]),
      ]),
    },
    {
      name: "JS: the helper in the same file holds the expect (3 levels deep)",
      change: change([
        added("test/a.test.ts", [
          "function check(v) { expect(v).toBe(1); }",
          "function outer(v) { middle(v); }",
          "function middle(v) { check(v); }",
          'it("runs", () => { outer(run()); });',
        ]),
      ]),
    },
    {
      // execa 381dee2a: AVA runs the macro as the test, with the arguments after it.
      name: "JS: an AVA macro passed by name holds the assertion",
      change: change([
        added("test/a.js", [
          "const testEarlyError = async (t, getStream) => {",
          "  await t.throwsAsync(getStream(run()));",
          "};",
          "test('early errors can use .stdin', testEarlyError, ({stdin}) => stdin);",
        ]),
      ]),
    },
    {
      name: "JS: the helper lives in a test helper changed in the same change",
      change: change([
        added("test/helpers/assertions.ts", ["export function sameTree(a, b) {", "  expect(a).toEqual(b);", "}"]),
        added("test/a.test.ts", ['it("builds", () => { sameTree(build(), tree); });']),
      ]),
    },
    {
      name: "JS: toThrow, assert.throws, snapshots, node:test handle, vitest, mocha",
      change: change([
        added("test/a.test.ts", [
          'it("throws", () => { expect(() => f()).toThrow(); });',
          'it("snapshot", () => { expect(render()).toMatchSnapshot(); });',
          'test("node:test", (t) => { assert.throws(() => f()); });',
          'test("handle", (t) => { helper(t); });',
          'describe("mocha", function () { it("ok", function () { assert.strictEqual(f(), 1); }); });',
        ]),
      ]),
    },
    {
      name: "Python: multi-line signature, decorators, parametrize, pytest.raises",
      change: change([
        added("tests/test_a.py", [
          '@pytest.mark.parametrize("a,b", [(1, 1)])',
          "def test_multi(",
          "    a,",
          "    b,",
          "):",
          "    assert a == b",
          "",
          "def test_raises():",
          "    with pytest.raises(ValueError):",
          "        f()",
          "",
          "def check(x):",
          "    assert x",
          "",
          "def test_helper():",
          "    check(f())",
        ]),
      ]),
    },
    {
      name: "Python: unittest class, self.assert*, a helper taking self",
      change: change([
        added("tests/test_b.py", [
          "class TestB(unittest.TestCase):",
          "    def test_equal(self):",
          "        self.assertEqual(f(), 1)",
          "    def test_helper(self):",
          "        verify_output(self, f())",
          "    def test_raises(self):",
          "        with self.assertRaises(KeyError):",
          "            f()",
        ]),
      ]),
    },
    {
      name: "Python: a skip inside a condition is not a skipped test",
      change: change([added("tests/test_c.py", ["def test_c():", "    if sys.platform == 'win32':", "        pytest.skip('posix only')", "    assert f()"])]),
    },
    {
      name: "JUnit 4: try { …; fail(); } catch and @Test(expected = …)",
      change: change([
        added("src/test/java/a/ATest.java", [
          "class ATest {",
          "  @Test(expected = IllegalStateException.class)",
          "  public void a() { f(); }",
          "  @Test",
          "  public void b() {",
          "    try {",
          "      f();",
          "      fail();",
          "    } catch (IllegalStateException expected) {",
          "    }",
          "  }",
          "}",
        ]),
      ]),
    },
    {
      name: "JUnit 5: assertThrows and assertEquals",
      change: change([
        added("src/test/java/a/BTest.java", [
          "class BTest {",
          "  @Test void a() { assertThrows(X.class, () -> f()); }",
          "  @ParameterizedTest @ValueSource(ints = {1}) void b(int i) { assertEquals(i, f(i)); }",
          "}",
        ]),
      ]),
    },
    {
      name: "Kotlin: @Test with assertEquals and assertFailsWith",
      change: change([
        added("src/test/kotlin/a/ATest.kt", [
          "class ATest {",
          "  @Test fun a() { assertEquals(1, f()) }",
          "  @Test fun b() { assertFailsWith<X> { f() } }",
          "}",
        ]),
      ]),
    },
    {
      name: "Rust: #[test] with assert, #[should_panic], a macro-expansion test",
      change: change([
        added("tests/a.rs", [
          "#[test]",
          "fn a() { assert_eq!(f(), 1); }",
          "#[test]",
          "#[should_panic]",
          "fn b() { f(); }",
          "#[test]",
          "fn expands() { my_macro!(x); }",
        ]),
      ]),
    },
    {
      name: "Ruby minitest and RSpec: assert_equal, expect { }.to raise_error, a conditional skip",
      change: change([
        added("test/a_test.rb", ["class ATest < Minitest::Test", "  def test_a", "    assert_equal 1, f", "  end", "end"]),
        added("spec/a_spec.rb", [
          'describe "A" do',
          '  it "raises" do',
          "    expect { f }.to raise_error(ArgumentError)",
          "  end",
          '  it "loads" do',
          "    require 'x'",
          "    expect(X).to be_truthy",
          "  rescue LoadError",
          "    skip",
          "  end",
          "end",
        ]),
      ]),
    },
    {
      // factory_bot 7c9254a452: RSpec's one-liner syntax, where `should` is a bare call on the subject.
      name: "Ruby RSpec one-liners: its(:name) { should == x }, it { should_not be_nil }, it { is_expected.to eq 1 }",
      change: change([
        added("spec/b_spec.rb", [
          'describe B, "with a name" do',
          '  subject { B.new("name") }',
          "  its(:name) { should == :name }",
          "  it { should_not be_nil }",
          "  it { is_expected.to eq 1 }",
          "end",
        ]),
      ]),
    },
    {
      name: "C# xUnit and NUnit: Assert.Equal, Assert.Throws, Assert.That",
      change: change([
        added("A.Tests/ATests.cs", [
          "public class ATests {",
          "  [Fact] public void A() { Assert.Equal(1, F()); }",
          "  [Fact] public void B() { Assert.Throws<X>(() => F()); }",
          "  [Test] public void C() { Assert.That(F(), Is.EqualTo(1)); }",
          "}",
        ]),
      ]),
    },
    {
      name: "PHPUnit: assertSame and expectException",
      change: change([
        added("tests/ATest.php", [
          "<?php",
          "class ATest extends TestCase {",
          "  public function testA(): void { $this->assertSame(1, f()); }",
          "  public function testB(): void { $this->expectException(X::class); f(); }",
          "}",
        ]),
      ]),
    },
    {
      name: "JS: supertest's chained .expect after a long chain; a helper assigned to a const",
      change: change([
        added("test/server.test.ts", [
          "const runApp = async (path) => {",
          "  expect(await run(path)).toBe(0);",
          "};",
          'it("runs (CJS)", () => runApp("./a.cjs"));',
          'test("responds 400 without a signature header", async () => {',
          "  await request(server.expressApp)",
          '    .post("/api/github/webhooks")',
          "    .send(JSON.stringify(pushEvent))",
          '    .set("content-type", "application/json")',
          '    .set("x-github-event", "push")',
          '    .set("x-github-delivery", "3sw4d5f6g7h8")',
          '    .expect(400, \'{"error":"Required headers missing"}\');',
          "});",
        ]),
      ]),
    },
    {
      name: "Go benchmarks and examples measure, they do not assert",
      change: change([added("a_test.go", ["package a", "func BenchmarkStack(b *testing.B) {", "	for b.Loop() {", "		_ = stack(1)", "	}", "}"])]),
    },
    {
      name: "Java: a test whose comment says it must not throw",
      change: change([
        added("src/test/java/a/CTest.java", [
          "class CTest {",
          "  @Test public void validStyles() {",
          "    for (int style : styles) {",
          "      // Should not throw an exception",
          "      builder.setDateFormat(style);",
          "    }",
          "  }",
          "}",
        ]),
      ]),
    },
    {
      name: "a test moved from a removed file is not new",
      change: change([
        added("test/b.test.ts", ['it("runs", () => {', "  run();", "});"]),
        addedFile("test/a.test.ts", [], 1, { status: "removed", additions: 0, deletions: 3 }),
      ]),
      lookups: { issues: new Map(), fileContents: new Map(), baseContents: new Map([["test/a.test.ts", 'it("runs", () => {\n    run();\n});\n']]) },
    },
  ],
  invalid: [
    {
      name: "JS: an empty test, and one that only declares",
      change: change([added("test/a.test.ts", ['it("runs", () => {', "});", 'it("declares", () => {', "  const a = 1;", "});"])]),
      findings: [
        { messageId: "noAssertion", path: "test/a.test.ts", line: 1 },
        { messageId: "noAssertion", path: "test/a.test.ts", line: 3 },
      ],
    },
    {
      name: "Python: multi-line signature and only an assignment",
      change: change([added("tests/test_a.py", ["def test_multi(", "    a,", "):", "    b = a"])]),
      findings: [{ messageId: "noAssertion", line: 1 }],
    },
    {
      name: "Java, Kotlin, Rust, Ruby, C#, PHP: an empty case",
      change: change([
        added("src/test/java/a/ATest.java", ["class ATest {", "  @Test void a() { }", "}"]),
        added("src/test/kotlin/a/BTest.kt", ["class BTest {", "  @Test fun b() { }", "}"]),
        added("tests/c.rs", ["#[test]", "fn c() { let x = 1; }"]),
        added("spec/d_spec.rb", ['it "d" do', "end"]),
        added("E.Tests/ETests.cs", ["class ETests {", "  [Fact] public void E() { }", "}"]),
        added("tests/FTest.php", ["<?php", "class FTest extends TestCase {", "  public function testF(): void { }", "}"]),
      ]),
      findings: [
        { messageId: "noAssertion", path: "src/test/java/a/ATest.java", line: 2 },
        { messageId: "noAssertion", path: "src/test/kotlin/a/BTest.kt", line: 2 },
        { messageId: "noAssertion", path: "tests/c.rs", line: 2 },
        { messageId: "noAssertion", path: "spec/d_spec.rb", line: 1 },
        { messageId: "noAssertion", path: "E.Tests/ETests.cs", line: 2 },
        { messageId: "noAssertion", path: "tests/FTest.php", line: 3 },
      ],
    },
    {
      name: "only unconditionally skipped tests (Go t.Skip at the top, xit, @Disabled)",
      change: change([
        added("b_test.go", ["package b", "func TestB(t *testing.T) {", '\tt.Skip("later")', "\tassert.True(t, f())", "}"]),
        added("spec/c_spec.rb", ['xit "c" do', "  expect(1).to eq 1", "end"]),
        added("src/test/kotlin/a/StructTest.kt", [
          "class StructTest {",
          '  @Ignore("Both Java and Kotlin are missing something. Gotta look.")',
          "  @Test fun roundTrip() {",
          "    assertThat(f()).isNotNull()",
          "  }",
          "}",
        ]),
      ]),
      findings: [
        { messageId: "onlySkipped", path: "b_test.go", line: 2 },
        { messageId: "onlySkipped", path: "spec/c_spec.rb", line: 1 },
        { messageId: "onlySkipped", path: "src/test/kotlin/a/StructTest.kt", line: 2 },
      ],
    },
  ],
});

// junit4's own tests and black's formatter cases (held-out set 8, session 9): a nested class that
// another test runs as its subject is a fixture, and a tests folder's data holds no test cases.
const FRUIT = [
  "public class ParentRunnerTest {",
  "    public static class FruitTest {",
  "        @Test",
  "        public void apple() {",
  '            log += "apple ";',
  "        }",
  "    }",
  "",
  "    @Test",
  "    public void useChildHarvester() {",
  "        JUnitCore.runClasses(FruitTest.class);",
  '        assertEquals("apple ", log);',
  "    }",
  "}",
];
testRule("tests-required", {
  valid: [
    {
      name: "Java: a nested class's case that another test runs as its subject is a fixture",
      change: change([added("src/test/java/org/junit/ParentRunnerTest.java", FRUIT)]),
    },
    {
      name: "Python: `def test()` in a formatter case under tests/data/ is sample source",
      change: change([added("tests/data/cases/fmtskip.py", ["def test():", "    pass"])]),
    },
  ],
  invalid: [
    {
      name: "Java: the same nested case when no test runs its class is said",
      change: change([
        added(
          "src/test/java/org/junit/ParentRunnerTest.java",
          FRUIT.map((l) => l.replace("JUnitCore.runClasses(FruitTest.class);", "run();")),
        ),
      ]),
      findings: [{ messageId: "noAssertion", path: "src/test/java/org/junit/ParentRunnerTest.java", line: 3 }],
    },
  ],
});

// junit4's AnnotationTest (held-out set 8, session 10): a nested base fixture whose cases run through
// the nested subclass another test runs (`core.run(SubTest.class)`) is a fixture too.
const INHERITED = [
  "public class AnnotationTest {",
  "    static public class SuperTest {",
  "        @Test public void one() {",
  '            log += "Super";',
  "        }",
  "    }",
  "",
  "    static public class SubTest extends SuperTest {",
  "        @Override",
  "        @Test public void one() {",
  '            log += "Sub";',
  "        }",
  "    }",
  "",
  "    public void testTestInheritance() {",
  "        JUnitCore core = new JUnitCore();",
  "        core.run(SubTest.class);",
  '        assertTrue(log.contains("Sub"));',
  "    }",
  "}",
];
testRule("tests-required", {
  valid: [
    {
      name: "Java: a nested base class's case runs through the subclass a test runs as its subject",
      change: change([added("src/test/java/org/junit/AnnotationTest.java", INHERITED)]),
    },
    {
      name: "Kotlin: the same through `class SubTest : SuperTest()`",
      change: change([
        added("src/test/kotlin/a/AnnotationTest.kt", [
          "class AnnotationTest {",
          "    open class SuperTest {",
          "        @Test fun one() {",
          '            log += "Super"',
          "        }",
          "    }",
          "    class SubTest : SuperTest()",
          "    @Test fun inheritance() {",
          "        JUnitCore().run(SubTest::class.java)",
          '        assertTrue(log.contains("Super"))',
          "    }",
          "}",
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: "Java: a nested base class whose subclass no test runs is said",
      change: change([
        added(
          "src/test/java/org/junit/AnnotationTest.java",
          INHERITED.map((l) => l.replace("core.run(SubTest.class);", "core.run();")),
        ),
      ]),
      findings: [
        { messageId: "noAssertion", path: "src/test/java/org/junit/AnnotationTest.java", line: 3 },
        { messageId: "noAssertion", path: "src/test/java/org/junit/AnnotationTest.java", line: 9 },
      ],
    },
  ],
});
