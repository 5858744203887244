import { emptyLookups, type Lookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";
import { pairingOnly } from "../helpers/pairing-cases.js";

const code = (n: number, line: string) => Array.from({ length: n }, (_, i) => line.replace("#", String(i)));
const f = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);

/** Lookups with the texts at head and base of one file, and a file tree. */
function texts(path: string, head: string[], base: string[], tree: string[] = []): Lookups {
  return { ...emptyLookups(), fileContents: new Map([[path, head.join("\n")]]), baseContents: new Map([[path, base.join("\n")]]), fileTree: tree };
}

const pyBase = [
  "def f(x):",
  '    """Doc."""',
  "    a = g(x)  # type: ignore",
  "    b = h(a)  # noqa: E501",
  "    c = k(b)  # type: ignore[arg-type]",
  "    return c",
];
const pyHead = ["def f(x):", '    """Better doc,', '    over two lines."""', "    a = g(x)", "    b = h(a)", "    c = k(b)", "    return c"];

const tsBase = ["import { a, b, c } from './a'", "export function f(x: number) {", "  return g(x, 'one', [1, 2, 3], { long: true, other: false })", "}"];
const tsHead = [
  "import {",
  "  a,",
  "  b,",
  "  c,",
  '} from "./a.js";',
  "export function f(x: number) {",
  "  return g(",
  "    x,",
  '    "one",',
  "    [1, 2, 3],",
  "    { long: true, other: false },",
  "  );",
  "}",
];

testRule(
  "tests-required",
  pairingOnly({
    valid: [
      {
        name: "a formatter's reformatting and an import-path migration are not code changes",
        change: change([addedFile("src/f.ts", [...tsHead.slice(0, 5), ...tsHead.slice(6, 12)], 1)]),
        lookups: { ...emptyLookups(), fileContents: new Map([["src/f.ts", tsHead.join("\n")]]), baseContents: new Map([["src/f.ts", tsBase.join("\n")]]) },
      },
      {
        name: "code moved from one file to another (a class to its own file) is not new",
        change: change([
          addedFile(
            "src/main/java/a/EnumAdapter.java",
            ["class EnumAdapter {", "  Object read(String s) {", "    return values.get(s);", "  }", "  int size() {", "    return values.size();", "  }", "}"],
            1,
            { status: "added" },
          ),
          addedFile("src/main/java/a/Adapters.java", ["  static final EnumAdapter ENUM = new EnumAdapter();"], 2),
        ]),
        lookups: {
          ...emptyLookups(),
          fileContents: new Map([
            ["src/main/java/a/Adapters.java", ["class Adapters {", "  static final EnumAdapter ENUM = new EnumAdapter();", "}"].join("\n")],
          ]),
          baseContents: new Map([
            [
              "src/main/java/a/Adapters.java",
              [
                "class Adapters {",
                "  static final class EnumAdapter {",
                "  Object read(String s) {",
                "    return values.get(s);",
                "  }",
                "  int size() {",
                "    return values.size();",
                "  }",
                "  }",
                "  static final EnumAdapter ENUM = new EnumAdapter();",
                "}",
              ].join("\n"),
            ],
          ]),
        },
      },
      {
        name: "TypeScript type declarations and property signatures only",
        change: change([
          f("src/types.ts", ["export interface Options {", "  appId?: number | undefined;", "  privateKey?: string | undefined;", "  | Extra", "}"]),
        ]),
      },
      {
        name: "Python: only pragmas removed and a docstring edited is not a code change",
        change: change([addedFile("src/pkg/mod.py", ['    """Better doc,', '    over two lines."""', "    a = g(x)", "    b = h(a)", "    c = k(b)"], 2)]),
        lookups: texts("src/pkg/mod.py", pyHead, pyBase),
      },
      {
        name: "comments and linter pragmas only (eslint-disable, //nolint, #[allow])",
        change: change([
          f("src/a.ts", ["// eslint-disable-next-line no-console", "/* eslint-disable */", "// @ts-expect-error"]),
          f("pkg/b.go", ["//nolint:errcheck", "// more words", "//go:generate stringer"]),
          f("src/c.rs", ["#[allow(dead_code)]", "#![allow(clippy::all)]", "#[rustfmt::skip]"]),
          f("src/main/java/a/D.java", ['@SuppressWarnings("unchecked")', "@CanIgnoreReturnValue", "@Override"]),
        ]),
      },
      {
        name: "min_changed_lines counts per file: two small edits in two files need no test",
        change: change([f("src/a.ts", ["return x + 1;", "return y;"]), f("src/b.ts", ["return z;", "return w;"])]),
      },
      {
        name: "Python feature-named tests: tests/test_appctx.py covers src/flask/ctx.py (auto)",
        change: change([f("src/flask/ctx.py", code(5, "x# = f()")), f("tests/test_appctx.py", ["def test_push(app):", "    assert app"])]),
        lookups: {
          ...emptyLookups(),
          fileTree: ["src/flask/ctx.py", "tests/test_appctx.py", "tests/test_basic.py", "tests/test_reqctx.py", "tests/test_cli.py"],
        },
      },
      {
        name: "Ruby minitest feature-named tests cover lib/ (auto)",
        change: change([f("lib/sinatra/base.rb", code(5, "x# = f")), f("test/routing_test.rb", ["it 'routes' do", "  assert_equal 1, 1", "end"])]),
      },
      {
        name: "a file with no test of its own name anywhere: any test of its project covers it (auto)",
        change: change([f("src/octokit/defaults.ts", code(5, "x# = f();")), f("test/probot.test.ts", ["expect(1).toBe(1)"])]),
        lookups: { ...emptyLookups(), fileTree: ["src/octokit/defaults.ts", "src/probot.ts", "src/a.ts", "test/probot.test.ts", "test/a.test.ts"] },
      },
      {
        name: "Go: any test of the package covers it; a build-tag variant pairs with x_test.go",
        change: change([
          f("render/json.go", code(5, "x# := f()")),
          f("render/render_test.go", ["x := 1"]),
          f("fs/open_go120.go", code(5, "y# := g()")),
          f("fs/open_test.go", ["y := 1"]),
        ]),
      },
      {
        name: "Rust: asserts added to the file's own #[cfg(test)] module count as tests",
        change: change([
          {
            ...addedFile("src/lib.rs", [], 2),
            additions: 4,
            addedLines: [
              { line: 2, text: "    let y = f(x);" },
              { line: 3, text: "    total += y;" },
              { line: 4, text: "    g(total);" },
              { line: 10, text: "        assert_eq!(f(1), 2);" },
            ],
          },
        ]),
        lookups: {
          ...emptyLookups(),
          fileContents: new Map([
            [
              "src/lib.rs",
              [
                "fn h(x: u32) -> u32 {",
                "    let y = f(x);",
                "    total += y;",
                "    g(total);",
                "}",
                "#[cfg(test)]",
                "mod tests {",
                "    #[test]",
                "    fn t() {",
                "        assert_eq!(f(1), 2);",
                "    }",
                "}",
              ].join("\n"),
            ],
          ]),
        },
      },
      {
        name: "Rust: a doctest added with the code",
        change: change([
          addedFile(
            "src/lib.rs",
            ["/// ```", "/// assert_eq!(log::max_level(), 1);", "/// ```", "pub fn a() {", "    let x = 1;", "    g(x);", "    h(x);", "}"],
            1,
            { status: "added" },
          ),
        ]),
      },
      {
        name: "fixtures, mocks, examples, dot-folders and tool configs are not source",
        change: change([
          f("src/__fixtures__/helper.js", code(5, "x# = 1;")),
          f("test/helpers/server.ts", code(5, "x# = 1;")),
          f("spec/support/matchers.rb", code(5, "x# = 1")),
          f("tests/conftest.py", code(5, "x# = 1")),
          f("examples/basic/main.go", code(5, "x# := 1")),
          f(".typedoc/plugin.mjs", code(5, "x# = 1;")),
          f("eslint.config.mjs", code(5, "x# = 1;")),
        ]),
      },
    ],
    invalid: [
      {
        name: "Python: a real code change among pragma removals still counts",
        change: change([addedFile("src/pkg/mod.py", ["    a = g(x)", "    b = h(a, 2)", "    c = k(b, 3)", "    d = m(c)"], 2)]),
        lookups: texts("src/pkg/mod.py", ["def f(x):", "    a = g(x)", "    b = h(a, 2)", "    c = k(b, 3)", "    d = m(c)", "    return d"], pyBase, [
          "src/pkg/mod.py",
          "tests/test_other.py",
        ]),
        findings: [{ messageId: "missingTests", path: "src/pkg/mod.py", data: { expected: "a test that covers it" } }],
      },
      {
        name: "paired mode: a feature-named test does not cover another file",
        options: { mode: "paired" },
        change: change([f("src/flask/ctx.py", code(5, "x# = f()")), f("tests/test_appctx.py", ["def test_push(app):", "    assert app"])]),
        findings: [{ messageId: "missingTests", path: "src/flask/ctx.py" }],
      },
      {
        name: "a file with a test of its own: another file's test does not cover it (paired)",
        options: { mode: "paired" },
        change: change([f("src/cart.ts", code(5, "x# = f();")), f("test/other.test.ts", ["expect(1).toBe(1)"])]),
        lookups: {
          ...emptyLookups(),
          fileTree: [
            "src/cart.ts",
            "src/other.ts",
            "src/a.ts",
            "src/b.ts",
            "test/cart.test.ts",
            "test/other.test.ts",
            "test/a.test.ts",
            "test/b.test.ts",
            "test/c.test.ts",
          ],
        },
        findings: [{ messageId: "missingTests", path: "src/cart.ts", data: { expected: "`test/cart.test.ts`" } }],
      },
      {
        name: "Go: another package's test does not cover it",
        change: change([f("render/json.go", code(5, "x# := f()")), f("binding/json_test.go", ["x := 1"])]),
        findings: [{ messageId: "missingTests", path: "render/json.go" }],
      },
      {
        name: "Ruby: no made-up file, never a spec/ the repository does not have",
        change: change([f("lib/sinatra/base.rb", code(5, "x# = f"))]),
        lookups: { ...emptyLookups(), fileTree: ["lib/sinatra/base.rb", "test/routing_test.rb", "test/helper.rb"] },
        findings: [{ messageId: "missingTests", data: { expected: "a test that covers it" } }],
      },
    ],
  }),
);
