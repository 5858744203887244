import { rewritesUntestedSource } from "../../src/analysis/tests-unnamed-rewrite.js";
import { describeSuggestedTests, layoutOf, suggestedTests } from "../../src/text/test-layout.js";

/**
 * The rewrite gate reads whether the finding names a test of the source as a flag, not from the
 * message's wording (#11, session 19). The flag says what the wording said before: a name in
 * backticks at its start, a test file (existing, or the conventional one without the file tree).
 */
const cases: Array<[string, string, string[] | undefined]> = [
  ["Go: its own test exists", "pkg/retry.go", ["pkg/retry.go", "pkg/retry_test.go", "go.mod"]],
  ["Go: a new file beside the package's tests", "pkg/path.go", ["pkg/path.go", "pkg/compare.go", "pkg/compare_test.go", "go.mod"]],
  ["Java: its own test exists", "src/main/java/a/Parser.java", ["src/main/java/a/Parser.java", "src/test/java/a/ParserTest.java", "pom.xml"]],
  [
    "Java: no test of its own",
    "src/main/java/a/Parser.java",
    ["src/main/java/a/Parser.java", "src/main/java/a/Node.java", "src/test/java/a/NodeTest.java", "pom.xml"],
  ],
  ["Python: a tests folder without its test", "shop/cart.py", ["shop/cart.py", "tests/test_other.py", "pyproject.toml"]],
  ["Python: its own test exists", "shop/cart.py", ["shop/cart.py", "tests/test_cart.py", "pyproject.toml"]],
  ["Rust: a #[cfg(test)] module", "src/lexer.rs", ["src/lexer.rs", "src/lib.rs", "Cargo.toml"]],
  ["TypeScript without the file tree", "src/cart.ts", undefined],
  ["Rust without the file tree", "src/lexer.rs", undefined],
  ["Ruby: a spec folder without its spec", "lib/mail/parser.rb", ["lib/mail/parser.rb", "spec/mail/other_spec.rb", "Gemfile"]],
];

describe("suggestedTests names a test file exactly where the wording starts with one", () => {
  test.each(cases)("%s", (_name, source, tree) => {
    const layout = tree ? layoutOf(tree) : undefined;
    const suggested = suggestedTests(source, layout);
    expect(suggested.text).toBe(describeSuggestedTests(source, layout));
    expect(suggested.namesTestFile).toBe(suggested.text.startsWith("`"));
  });
});

/**
 * tests-required names a better place than a new test or an in-file module by `place`, not by the
 * wording (#11, session 20): the place says what the wording's start said before.
 */
describe("suggestedTests says where the tests would go, as the wording does", () => {
  test.each(cases)("%s", (_name, source, tree) => {
    const layout = tree ? layoutOf(tree) : undefined;
    const { text, place } = suggestedTests(source, layout);
    expect(place === "in-file-module").toBe(text.startsWith("a #[cfg(test)] module in"));
    expect(place === "test-file").toBe(text.startsWith("`"));
    if (layout) expect(place === "new-test").toBe(text.startsWith("a test"));
  });
});

describe("rewritesUntestedSource", () => {
  const change = (added: number, removed: number) => ({
    addedCodeLines: Array.from({ length: added }, (_, i) => i + 1),
    removedCode: new Map(removed > 0 ? [["old();", removed]] : []),
  });
  test("a rewrite (3 removed for 10 added) with no test of its own to name", () => {
    expect(rewritesUntestedSource(change(10, 3), false)).toBe(true);
  });
  test("a rewrite whose own test the finding names is still asked about", () => {
    expect(rewritesUntestedSource(change(10, 3), true)).toBe(false);
  });
  test("new code that removes little is no rewrite", () => {
    expect(rewritesUntestedSource(change(10, 2), false)).toBe(false);
    expect(rewritesUntestedSource(change(0, 0), false)).toBe(false);
  });
});
