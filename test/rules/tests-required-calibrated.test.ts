import { changed, withTree } from "../helpers/base-head.js";
import { editsIn } from "../helpers/edits.js";
import { testRule } from "../helpers/rule-tester.js";

/**
 * Session 18 calibration (#11), from the judged findings of sets 11-17:
 * - new code that decides nothing (`min_new_decisions`, default 1): functions that pass values
 *   through, build an object or return a field were noise in most sets;
 * - a rewrite of a source with no test of its own to update (`untested_rewrites`, default off):
 *   it removes at least 3 code lines for every 10 it adds, and the rule can name no existing test.
 */
const lines = (...l: string[]) => l;

// Go: a package with retry_test.go; the change adds a function.
const goBase = lines("package backoff", "", "func Retry(op Operation, b BackOff) error {", "\treturn run(op, b)", "}");
const goStraight = lines(
  ...goBase,
  "",
  "func RetryNotify(op Operation, b BackOff, notify Notify) error {",
  "\tstate := newState(b, notify)",
  "\tresult := state.runWith(op)",
  "\tstate.reset(b)",
  "\treturn result",
  "}",
);
const goDeciding = lines(
  ...goBase,
  "",
  "func RetryNotify(op Operation, b BackOff, notify Notify) error {",
  "\tstate := newState(b, notify)",
  "\tresult := state.runWith(op)",
  "\tif result != nil && notify != nil {",
  "\t\tnotify(result, state.next())",
  "\t}",
  "\treturn result",
  "}",
);
const go = editsIn(["retry.go", "retry_test.go", "go.mod"]);

// TypeScript: src/cart.ts with its test.
const tsBase = lines("export function total(items: Item[]): number {", "  return sum(items.map((i) => i.price));", "}");
const tsStraight = lines(
  ...tsBase,
  "",
  "export function receipt(items: Item[], customer: Customer): Receipt {",
  "  const lines = items.map((i) => formatLine(i, customer.locale));",
  "  const footer = formatFooter(total(items), customer.currency);",
  "  return new Receipt(customer.id, lines, footer);",
  "}",
);
const tsDeciding = lines(
  ...tsBase,
  "",
  "export function receipt(items: Item[], customer: Customer): Receipt {",
  "  const lines = items.map((i) => formatLine(i, customer.locale));",
  "  if (customer.vip && lines.length > 10) {",
  "    lines.push(discountLine(customer));",
  "  }",
  "  return new Receipt(customer.id, lines, formatFooter(total(items), customer.currency));",
  "}",
);
const ts = editsIn(["src/cart.ts", "src/cart.test.ts", "package.json"]);

// Python: shop/cart.py with tests/test_cart.py.
const pyBase = lines("def total(items):", "    return sum(i.price for i in items)");
const pyStraight = lines(
  ...pyBase,
  "",
  "",
  "def receipt(items, customer):",
  "    rows = format_lines(items, customer.locale)",
  "    footer = format_footer(total(items), customer.currency)",
  "    return Receipt(customer.id, rows, footer)",
);
const py = editsIn(["shop/cart.py", "tests/test_cart.py", "pyproject.toml"]);

// Java: a parser rewritten (its old body replaced), in a project with tests but none for the parser.
const javaBase = lines(
  "package acme;",
  "",
  "public class Parser {",
  "  public Node parse(String text) {",
  "    Node node = new Node();",
  '    for (String part : text.split(",")) {',
  "      node.add(part.trim());",
  "    }",
  "    return node;",
  "  }",
  "}",
);
const javaHead = lines(
  "package acme;",
  "",
  "public class Parser {",
  "  public Node parse(String text) {",
  "    Tokenizer tokens = new Tokenizer(text, config.separator());",
  "    Node node = Node.empty(tokens.size());",
  "    while (tokens.hasNext()) {",
  "      String token = tokens.next();",
  "      if (token.isBlank()) continue;",
  '      if (token.startsWith("#")) break;',
  "      if (token.length() > config.maxLength()) throw new ParseException(token);",
  "      node.add(token.strip());",
  "    }",
  "    return node;",
  "  }",
  "}",
);
const javaTree = ["pom.xml", "src/main/java/acme/Parser.java", "src/main/java/acme/Node.java", "src/test/java/acme/NodeTest.java"];
const java = editsIn(javaTree);
const javaTested = editsIn([...javaTree, "src/test/java/acme/ParserTest.java"]);

// Go: a rewrite of a file with no test of its own in a package whose tests are named for other files.
const goRwBase = lines(
  "package cmp",
  "",
  "func (p Path) String() string {",
  "\tvar ss []string",
  "\tfor _, s := range p {",
  "\t\tss = append(ss, s.String())",
  "\t}",
  '\treturn strings.Join(ss, ".")',
  "}",
);
const goRwHead = lines(
  "package cmp",
  "",
  "func (p Path) String() string {",
  "\tvar b strings.Builder",
  "\tfor i, s := range p {",
  "\t\tif i > 0 && !s.isIndex() {",
  "\t\t\tb.WriteByte('.')",
  "\t\t}",
  "\t\tb.WriteString(s.label())",
  "\t}",
  "\treturn b.String()",
  "}",
);
const goRw = editsIn(["cmp/path.go", "cmp/compare.go", "cmp/compare_test.go", "go.mod"]);

// Python: a rewrite of a module no test is named for, in a project whose tests/test_extensions.py may call it
// (session 19: the gate reads whether the finding names a test of the file as a flag, not from its words).
const pyRwBase = lines(
  "import os",
  "",
  "",
  "def auto_loading_locations(location):",
  "    parent = os.path.dirname(location)",
  '    found = os.path.join(parent, "ext")',
  "    yield found",
  "",
).join("\n");
const pyRwHead = lines(
  "import os",
  "",
  "",
  "def auto_loading_locations(location):",
  "    directory = os.path.dirname(location) if location else location",
  "    if directory:",
  "        yield directory",
  "    if location != BASE:",
  "        yield BASE",
  "",
).join("\n");
const pyRwTree = ["setup.py", "acme/__init__.py", "acme/loader.py", "acme/factory.py", "tests/test_factory.py", "tests/test_extensions.py"];
const pyRewrite = (extensionsTest: string) => {
  const c = withTree(changed("acme/loader.py", pyRwBase, pyRwHead), pyRwTree);
  const tests = { "tests/test_factory.py": "def test_default():\n    assert factory.default() is not None", "tests/test_extensions.py": extensionsTest };
  return { ...c, lookups: { ...c.lookups, fileContents: new Map([...c.lookups.fileContents, ...Object.entries(tests)]) } };
};

testRule("tests-required", {
  valid: [
    { name: "Go: a new function that decides nothing (calls in a row) is not asked for a test", ...go(["retry.go", goBase, goStraight]) },
    { name: "TypeScript: a new exported function that only builds a value", ...ts(["src/cart.ts", tsBase, tsStraight]) },
    { name: "Python: a new function that only builds a value", ...py(["shop/cart.py", pyBase, pyStraight]) },
    { name: "Java: a rewrite of a source with no test of its own", ...java(["src/main/java/acme/Parser.java", javaBase, javaHead]) },
    { name: "Go: a rewrite of a file no test is named for", ...goRw(["cmp/path.go", goRwBase, goRwHead]) },
    {
      name: "Python: a rewrite of a module no test is named for or calls",
      ...pyRewrite("from acme import factory\n\ndef test_names():\n    assert factory.names() == []"),
    },
  ],
  invalid: [
    {
      name: "Go: the new function decides (an if): asked",
      ...go(["retry.go", goBase, goDeciding]),
      findings: [{ messageId: "missingTests", path: "retry.go" }],
    },
    {
      name: "TypeScript: the new function decides: asked",
      ...ts(["src/cart.ts", tsBase, tsDeciding]),
      findings: [{ messageId: "missingTests", path: "src/cart.ts" }],
    },
    {
      name: "Go: min_new_decisions 0 asks for decisionless functions again",
      options: { min_new_decisions: 0 },
      ...go(["retry.go", goBase, goStraight]),
      findings: [{ messageId: "missingTests", path: "retry.go" }],
    },
    {
      name: "Python: min_new_decisions 0 asks for decisionless functions again",
      options: { min_new_decisions: 0 },
      ...py(["shop/cart.py", pyBase, pyStraight]),
      findings: [{ messageId: "missingTests", path: "shop/cart.py" }],
    },
    {
      name: "Java: a rewrite of a source whose test exists: asked, naming it",
      ...javaTested(["src/main/java/acme/Parser.java", javaBase, javaHead]),
      findings: [{ messageId: "missingTests", path: "src/main/java/acme/Parser.java", data: { expected: "`src/test/java/acme/ParserTest.java`" } }],
    },
    {
      name: "Python: a rewrite of a module an existing test calls: asked, naming that test",
      ...pyRewrite("from acme import loader\n\ndef test_locations():\n    assert len(set(loader.auto_loading_locations(HERE))) == 2"),
      findings: [{ messageId: "missingTests", path: "acme/loader.py", data: { expected: "`tests/test_extensions.py`, which calls `auto_loading_locations`" } }],
    },
    {
      name: "Python: untested_rewrites asks for the rewrite no test calls again",
      options: { untested_rewrites: true },
      ...pyRewrite("from acme import factory\n\ndef test_names():\n    assert factory.names() == []"),
      findings: [{ messageId: "missingTests", path: "acme/loader.py" }],
    },
    {
      name: "Java: untested_rewrites asks for the untested rewrite again",
      options: { untested_rewrites: true },
      ...java(["src/main/java/acme/Parser.java", javaBase, javaHead]),
      findings: [{ messageId: "missingTests", path: "src/main/java/acme/Parser.java" }],
    },
    {
      name: "Go: untested_rewrites asks for the untested rewrite again",
      options: { untested_rewrites: true },
      ...goRw(["cmp/path.go", goRwBase, goRwHead]),
      findings: [{ messageId: "missingTests", path: "cmp/path.go" }],
    },
  ],
});
