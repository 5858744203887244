import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 18, round 2 (#11), judged on set 18, with the calibrated defaults:
 * - a documentation example the change adds, which names the new code, is its test where a test runs
 *   the documentation's examples (pydantic's `docs/concepts/json_schema.md`, run by `tests/test_docs.py`);
 * - a test written before the code: an existing test named for a word the source's new code brings, in
 *   a test folder named for the source (msw's `test/graphql-api/multipart.test.ts` for `src/graphql.ts`);
 * - a component's `Tests/` folder at its root mirrors its sources (symfony's `Tests/Formatter/OutputFormatterTest.php`);
 * - the calling-test hint never names a constructor: every test that builds the type calls it;
 * - a Rust file without tests of its own is sent to the tests of the change's other file in its crate
 *   (sqlx's `options/parse.rs` for the `vfs` option read in `connection/establish.rs`).
 */
const lines = (...l: string[]) => l;

// Python: a new overridable hook on a JSON-schema generator, shown in the docs.
const pyBase = lines(
  "class GenerateJsonSchema:",
  "    def generate(self, schema):",
  "        if schema is None:",
  "            return {}",
  "        return dict(schema)",
);
const pyHead = lines(
  ...pyBase,
  "",
  "    def sort(self, value, parent_key=None):",
  "        if isinstance(value, dict):",
  "            return {k: self.sort(v, k) for k, v in sorted(value.items())}",
  "        return value",
);
const docBase = lines("# JSON schema", "", "Some text.");
const fenced = (...code: string[]) => [...docBase, "", "```py", ...code, "```"];
const example = fenced("class Mine(GenerateJsonSchema):", "    def sort(self, value, parent_key=None):", "        return value", "print(Mine().generate({}))");
const pyTree = (...extra: string[]) => editsIn(["pyproject.toml", "pkg/json_schema.py", "tests/test_json_schema.py", "docs/concepts/json_schema.md", ...extra]);
const pyCase = (doc: string[], ...extra: string[]) => pyTree(...extra)(["pkg/json_schema.py", pyBase, pyHead], ["docs/concepts/json_schema.md", docBase, doc]);

// TypeScript: the same through a README example that `test/readme.test.ts` runs.
const tsBase = lines("export class Router {", "  route(path: string) {", "    if (!path) return null", "    return path", "  }", "}");
const tsHead = lines(
  "export class Router {",
  "  route(path: string) {",
  "    if (!path) return null",
  "    return path",
  "  }",
  "",
  "  mount(prefix: string, child: Router) {",
  "    if (!prefix.startsWith('/')) throw new Error('prefix')",
  "    return child.route(prefix)",
  "  }",
  "}",
);
const readme = lines("# router", "", "```ts", "const app = new Router()", "app.mount('/api', new Router())", "```");
const tsDocs = (...extra: string[]) =>
  editsIn(["package.json", "src/router.ts", "test/router.test.ts", "README.md", ...extra])(
    ["src/router.ts", tsBase, tsHead],
    ["README.md", ["# router"], readme],
  );

// TypeScript: multipart support arrives after its test was written.
const gqlBase = lines(
  "export function parseRequest(req: any) {",
  "  if (req.body?.query) {",
  "    return { query: req.body.query }",
  "  }",
  "  return null",
  "}",
);
const gqlHead = lines(
  "export type GraphQLMultipartPayload = { operations: string }",
  "",
  "export function parseRequest(req: any) {",
  "  if (req.body?.query) {",
  "    return { query: req.body.query }",
  "  }",
  "  if (req.body?.operations) {",
  "    const parsed = JSON.parse(req.body.operations)",
  "    return parsed.query ? { query: parsed.query } : null",
  "  }",
  "  return null",
  "}",
);
const gql = (test: string, base = gqlBase) =>
  editsIn(["package.json", "src/graphql.ts", "test/rest-api/query.test.ts", test])(["src/graphql.ts", base, gqlHead]);

// Python: streaming support, its test already in the parser's test folder.
const parserBase = lines("def parse(text):", "    if not text:", "        return []", "    return text.split()");
const parserHead = lines(
  ...parserBase,
  "",
  "def parse_streaming(chunks):",
  "    for chunk in chunks:",
  "        if chunk:",
  "            yield from parse(chunk)",
);
const parser = (test: string) => editsIn(["pyproject.toml", "mylib/parser.py", "tests/test_other.py", test])(["mylib/parser.py", parserBase, parserHead]);

// PHP: a component whose tests live in `Tests/` at its root.
const phpBase = lines(
  "<?php",
  "namespace Acme\\Formatter;",
  "class OutputFormatter",
  "{",
  "    public function __construct($decorated = false)",
  "    {",
  "        $this->decorated = $decorated;",
  "    }",
  "    public function format($message)",
  "    {",
  "        return $message;",
  "    }",
  "}",
);
const phpHead = lines(
  ...phpBase.slice(0, 4),
  "    public function __construct($decorated = false, array $styles = [])",
  ...phpBase.slice(5, 7),
  "        foreach ($styles as $name => $style) {",
  "            if ($style !== null) {",
  "                $this->setStyle($name, $style);",
  "            }",
  "        }",
  ...phpBase.slice(7),
);
const php = (...tests: string[]) =>
  editsIn(["composer.json", "Formatter/OutputFormatter.php", "Output/Output.php", ...tests])(["Formatter/OutputFormatter.php", phpBase, phpHead]);

/** The component without a test of the formatter's name, whose output test spells out a constructor call. */
const phpCalling = (() => {
  const made = php("Tests/Output/OutputTest.php", "Tests/ApplicationTest.php");
  const outputTest = lines(
    "<?php",
    "class TestOutput extends Output",
    "{",
    "    public function __construct()",
    "    {",
    "        parent::__construct(new OutputFormatter());",
    "    }",
    "}",
  );
  made.lookups.fileContents?.set("Tests/Output/OutputTest.php", outputTest.join("\n"));
  return made;
})();

// Rust: a new connect option read in one file, parsed in another whose #[test] functions check the other options.
const rsEstablishBase = lines("pub fn establish(options: &Options) -> Result<Conn, Error> {", "    let flags = options.flags();", "    open(flags)", "}");
const rsEstablishHead = lines(
  "pub fn establish(options: &Options) -> Result<Conn, Error> {",
  "    let flags = options.flags();",
  "    let vfs = match &options.vfs {",
  "        Some(name) if !name.is_empty() => Some(name.to_string()),",
  "        _ => None,",
  "    };",
  "    open(flags, vfs)",
  "}",
);
const rsParseBase = lines(
  "pub fn parse(uri: &str) -> Options {",
  "    let mut options = Options::default();",
  "    for (key, value) in pairs(uri) {",
  '        if key == "mode" {',
  "            options.mode = value;",
  "        }",
  "    }",
  "    options",
  "}",
  "",
  "#[test]",
  "fn parses_mode() {",
  '    assert_eq!(parse("db?mode=ro").mode, "ro");',
  "}",
);
const rsParseHead = [...rsParseBase.slice(0, 6), '        if key == "vfs" {', "            options.vfs = Some(value);", "        }", ...rsParseBase.slice(6)];
const rs = (parsePath: string, ...extra: string[]) =>
  editsIn(["Cargo.toml", "core/Cargo.toml", "core/src/connection/establish.rs", "tests/sqlite.rs", parsePath, ...extra])(
    ["core/src/connection/establish.rs", rsEstablishBase, rsEstablishHead],
    [parsePath, rsParseBase, rsParseHead],
  );

/** The finding on establish.rs, asking for `expected`. */
const establishAsks = (expected: string) => [{ messageId: "missingTests", path: "core/src/connection/establish.rs", data: { expected } }];

testRule("tests-required", {
  valid: [
    { name: "Python: a docs example naming the new code's class, run by tests/test_docs.py", ...pyCase(example, "tests/test_docs.py") },
    { name: "TypeScript: a README example naming the class, run by test/readme.test.ts", ...tsDocs("test/readme.test.ts") },
    { name: "TypeScript: the multipart test written first, in the folder named for graphql", ...gql("test/graphql-api/multipart.test.ts") },
    { name: "Python: the streaming test written first, in tests/parser/", ...parser("tests/parser/test_streaming.py") },
  ],
  invalid: [
    {
      name: "Python: the same example without a test that runs the docs",
      ...pyCase(example),
      findings: [{ messageId: "missingTests", path: "pkg/json_schema.py" }],
    },
    {
      name: "Python: the class named in prose only, not in a code block",
      ...pyCase([...docBase, "", "Override `sort` on your GenerateJsonSchema subclass."], "tests/test_docs.py"),
      findings: [{ messageId: "missingTests", path: "pkg/json_schema.py" }],
    },
    {
      name: "TypeScript: a README example with no docs test",
      ...tsDocs(),
      findings: [{ messageId: "missingTests", path: "src/router.ts" }],
    },
    {
      name: "TypeScript: a multipart test in another module's folder",
      ...gql("test/rest-api/multipart.test.ts"),
      findings: [{ messageId: "missingTests", path: "src/graphql.ts" }],
    },
    {
      name: "TypeScript: the file had multipart before: the test is of an older feature",
      ...gql("test/graphql-api/multipart.test.ts", ["// TODO multipart", ...gqlBase]),
      findings: [{ messageId: "missingTests", path: "src/graphql.ts" }],
    },
    {
      name: "Python: a streaming test elsewhere is another module's",
      ...parser("tests/http/test_streaming.py"),
      findings: [{ messageId: "missingTests", path: "mylib/parser.py" }],
    },
    {
      name: "PHP: the component's Tests/Formatter/ test is named, not a test that calls the constructor",
      ...php("Tests/Formatter/OutputFormatterTest.php", "Tests/Output/OutputTest.php"),
      findings: [{ messageId: "missingTests", path: "Formatter/OutputFormatter.php", data: { expected: "`Tests/Formatter/OutputFormatterTest.php`" } }],
    },
    {
      name: "Rust: the tests of the change's other file in the crate are named, not a new #[cfg(test)] module",
      ...rs("core/src/options/parse.rs"),
      findings: establishAsks("the tests in `core/src/options/parse.rs`, which the change also edits"),
    },
    {
      name: "Rust: not those of another crate's file",
      ...rs("cli/src/options/parse.rs", "cli/Cargo.toml"),
      findings: establishAsks("a #[cfg(test)] module in core/src/connection/establish.rs"),
    },
    {
      name: "PHP: no test is named for calling the constructor, which every test that builds the type calls",
      ...phpCalling,
      findings: [{ messageId: "missingTests", path: "Formatter/OutputFormatter.php", data: { expected: "a test that covers it" } }],
    },
  ],
});
