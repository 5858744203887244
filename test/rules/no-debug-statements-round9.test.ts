import { addedFile, change } from "../helpers/make-change.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";

// Session 9 (#11): logging on a failure path, placeholder bodies in tests, and "N more like it" that counts alike.
// Each kept case has a twin that is still a finding.
const one = (path: string, lines: string[]) => change([addedFile(path, lines)]);
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

// ---- 1. a print on a failure path that then throws, rejects or answers with an error ----
const ASSET = (logged: string, after: string[]) => [
  "export async function getAsset(req, res) {",
  "  const assetRes = await fetch(url)",
  "  if (assetRes.ok) {",
  "    return assetRes.json()",
  "  } else {",
  `    ${logged}`,
  ...after.map((l) => `    ${l}`),
  "  }",
  "}",
];
valid.push(
  {
    // formik a36670d06e: the print, the error response, then the throw.
    name: "TypeScript: a print on the failure branch before an error response and a throw",
    change: one(
      "src/lib/getAsset.ts",
      ASSET("console.log('bad request', assetRes.status)", ["res.json({ status: 'error', message: 'failed' })", "throw new Error('bad')"]),
    ),
  },
  {
    name: "JavaScript: a print in a failure branch that rejects the promise",
    change: one("lib/load.js", ASSET("console.log(err)", ["cleanup()", "reject(err)"])),
  },
  {
    name: "Python: a print before the branch raises",
    change: one("pkg/load.py", [
      "def load(path):",
      "    if not ok:",
      "        print(path, status)",
      "        cleanup()",
      "        raise IOError(path)",
      "    return data",
    ]),
  },
  {
    name: "Go: a print before the branch returns the error",
    change: one("pkg/load.go", [
      "func load() error {",
      "\tif err != nil {",
      "\t\tfmt.Println(path)",
      "\t\tcleanup()",
      "\t\treturn err",
      "\t}",
      "\treturn nil",
      "}",
    ]),
  },
  {
    name: "Java: a print before an error status is answered",
    change: one("src/main/java/a/Handler.java", [
      "void handle(Request req, Response res) {",
      "    if (user == null) {",
      '        System.out.println("no user for " + req.path());',
      "        res.status(404);",
      "        return;",
      "    }",
      "}",
    ]),
  },
);
invalid.push(
  {
    // node-fetch 78853fc544: the error is printed and swallowed; the program carries on.
    name: "JavaScript: a print that swallows the error and carries on",
    change: one("index.js", ["req.on('error', function(err) {", "  console.log(err.stack);", "});", "req.end();"]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    // node-fs-extra 1ee77c8a80: bare values looked at on the way out, not the failure logged.
    name: "JavaScript: bare values printed before the error is passed on",
    change: one("lib/move.js", [
      "function mv(source, dest, callback) {",
      "  if (diff !== '' && diff.indexOf('..')) {",
      "    console.log(source)",
      "    console.log(dest)",
      '    return callback(new Error("Can\'t move source into destination"))',
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debugMany", line: 3, data: { more: 1, lines: "4" } }],
  },
  {
    name: "TypeScript: a print on the failure branch that then carries on",
    change: one("src/lib/getAsset.ts", ASSET("console.log('bad request', assetRes.status)", ["return null"])),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Python: a throw in a nested block after the print is not the branch failing",
    change: one("pkg/load.py", [
      "def load(path):",
      "    if not ok:",
      "        print(path, status)",
      "        for x in xs:",
      "            raise IOError(x)",
      "    return data",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 2. placeholder bodies in tests ----
valid.push(
  {
    // mockk a6286a21fe: a class only ever used as a relaxed mock.
    name: "Kotlin: a mocked class's dummy method whose body is one print",
    change: one("src/test/kotlin/io/mockk/gh/Issue323Test.kt", [
      "class Issue323Test {",
      "    class MockedClass {",
      "        fun test(s: String?) {",
      "            println(s)",
      "        }",
      "    }",
      "}",
    ]),
  },
  {
    name: "Kotlin: a capture block whose whole body is one print",
    change: one("src/test/kotlin/a/CaptureTest.kt", [
      "class CaptureTest {",
      "    @Test",
      "    fun captures() {",
      "        val mock = mockk<MockedClass>(relaxed = true)",
      "        verify(exactly = 1) {",
      "            mock.test(withNullableArg { println(it) })",
      "        }",
      "    }",
      "}",
    ]),
  },
  {
    // formik 7b00fecc21: a snapshot test's placeholder submit handler.
    name: "TypeScript: a stub handler in a test fixture",
    change: one("src/__tests__/Formik.test.tsx", [
      "const Form = withFormik({",
      "  handleSubmit: payload => {",
      "    console.log(payload);",
      "  },",
      "})(Simple);",
    ]),
  },
  {
    name: "Python: a fake's method whose body is one print",
    change: one("tests/test_client.py", [
      "class FakeTransport:",
      "    def send(self, request):",
      "        print(request)",
      "",
      "def test_send():",
      "    assert send(FakeTransport())",
    ]),
  },
);
invalid.push(
  {
    // node-fetch 75699bb467: the promise's continuation runs, and it is all the test does.
    name: "JavaScript: a test's continuation whose body is one print",
    change: one("test/test.js", [
      "it('should resolve with result', function() {",
      "  return fetch(url).then(function(res) {",
      "    console.log(res);",
      "  });",
      "});",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    // capybara 8930306e2f: an iteration the test runs before it asserts.
    name: "Ruby: a block passed to each whose body is one print",
    change: one("spec/session_spec.rb", [
      "it 'drags' do",
      "  session.all(:css, 'div.log').each { |el| puts el.text }",
      "  expect(session).to have_css('div.log')",
      "end",
    ]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    // mockk bd0a0c89c7: a spied method that prints and returns; more than a placeholder.
    name: "Kotlin: a test's method that prints and then returns",
    change: one("src/test/kotlin/a/Issue48Test.kt", [
      "class Issue48Test {",
      "    private fun myPrivateCall(arg1: Int): String {",
      '        println("PRVRV")',
      '        return ""',
      "    }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 3 }],
  },
  {
    name: "Kotlin: a test whose whole body is one print asserts nothing",
    change: one("src/test/kotlin/a/PrintTest.kt", ["class PrintTest {", "    @Test", "    fun prints() {", "        println(mock.pubCall())", "    }", "}"]),
    findings: [{ messageId: "debug", line: 4 }],
  },
  {
    name: "TypeScript: a stub handler in production code is still a leftover",
    change: one("src/form.tsx", ["const Form = withFormik({", "  handleSubmit: payload => {", "    console.log(payload);", "  },", "})(Simple);"]),
    findings: [{ messageId: "debug", line: 3 }],
  },
);

// ---- 3. "N more like it" counts alike ----
const FAST_FIELD = [
  "handleChange = (e) => {",
  "  if (validate) {",
  "    if (ctx) {",
  "      run(val);",
  "    } else {",
  "      console.log('no validate in ctx');",
  "      this.setState({ value: val });",
  "    }",
  "  } else {",
  "    console.log('no validate');",
  "    this.setState({ value: val });",
  "  }",
  "};",
];
invalid.push(
  {
    // formik 4f0aac1cdf: both trace markers of one function, said together.
    name: "TypeScript: a trace marker of a few words beside a leftover of the same function is counted with it",
    change: one("src/FastField.tsx", FAST_FIELD),
    findings: [{ messageId: "debugMany", line: 6, data: { more: 1, lines: "10" } }],
  },
  {
    // formik a36670d06e: a development build's warning is no leftover, and not one of "1 more".
    name: "TypeScript: a print in a block switched on by NODE_ENV is not counted with the leftover",
    change: one("src/pages/post.tsx", [
      "export function render(users, type) {",
      "  console.log(users);",
      "  switch (type) {",
      "    default:",
      "      if (",
      "        process.env.NODE_ENV !== 'production' &&",
      "        !listTypes.has(type)",
      "      ) {",
      "        console.log('unknown type', type);",
      "      }",
      "  }",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 2 }],
  },
  {
    name: "TypeScript: a failure message beside a leftover of the same function stays a message",
    change: one("src/pages/post.tsx", [
      "export async function load(slug) {",
      "  if (!post) {",
      "    console.log(`Failed to find post for slug: ${slug}`);",
      "    return { redirect: '/blog' };",
      "  }",
      "  console.log(users);",
      "}",
    ]),
    findings: [{ messageId: "debug", line: 6 }],
  },
  {
    name: "Ruby: a block picked by a set-up variable is no development switch",
    change: one("lib/driver.rb", [
      "def driver",
      "  if ENV['REMOTE']",
      "    Driver.new.tap do |d|",
      "      puts d.capabilities.inspect",
      "    end",
      "  end",
      "end",
    ]),
    findings: [{ messageId: "debug", line: 4 }],
  },
);
valid.push({
  name: "TypeScript: a trace marker of a few words alone in its function is a message",
  change: one("src/FastField.tsx", ["handleChange = (e) => {", "  if (!validate) {", "    console.log('no validate in ctx');", "  }", "};"]),
});

// black's formatter cases (held-out set 8, session 9): sample sources a test formats, never runs.
valid.push({
  name: "Python: a print in a formatter case under tests/data/",
  change: one("tests/data/cases/remove_parens.py", ["print((1))", "print(( 'hello' ))"]),
});
// Session 16: pytest holds back what a test's helper prints too; the same print in the package's code is said.
invalid.push({
  name: "Python: the same print in the package's own code is said",
  change: one("src/util.py", ["def check(x):", "    print(x)", "    return x"]),
  findings: [{ messageId: "debug" }],
});

testRule("no-debug-statements", { valid, invalid });
