import { change, commit } from "../helpers/make-change.js";
import { addedFile } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";
import { pairingOnly } from "../helpers/pairing-cases.js";

const code = (n: number, line = "total += price * qty;") => Array.from({ length: n }, () => line);
const f = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);

// A fixture pull request per language: a source change paired with a test that asserts.
const wellTested = {
  typescript: [f("src/cart/total.ts", code(5)), f("test/cart/total.test.ts", ['it("sums prices", () => {', "  expect(total([1, 2])).toBe(3);", "});"])],
  python: [f("shop/cart.py", code(5, "total += price")), f("tests/test_cart.py", ["def test_total():", "    assert total([1, 2]) == 3"])],
  go: [
    f("cart/total.go", code(5, "sum += p")),
    f("cart/total_test.go", ["func TestTotal(t *testing.T) {", "\tif Total(1, 2) != 3 {", '\t\tt.Errorf("bad")', "\t}", "}"]),
  ],
  java: [
    f("src/main/java/shop/Cart.java", code(5, "total += price;")),
    f("src/test/java/shop/CartTest.java", ["@Test", "void sums() {", "  assertEquals(3, cart.total());", "}"]),
  ],
  ruby: [f("lib/shop/cart.rb", code(5, "total += price")), f("spec/shop/cart_spec.rb", ['it "sums" do', "  expect(cart.total).to eq(3)", "end"])],
  rust: [f("src/cart.rs", [...code(5, "total += price;"), "#[cfg(test)]", "mod tests {", "    #[test]", "    fn sums() { assert_eq!(total(), 3); }", "}"])],
  csharp: [
    f("Shop/Cart.cs", code(5, "total += price;")),
    f("Shop.Tests/CartTests.cs", ["[Fact]", "public void Sums() {", "  Assert.Equal(3, cart.Total());", "}"]),
  ],
  php: [
    f("src/Cart.php", code(5, "$total += $price;")),
    f("tests/CartTest.php", ["public function testSums(): void {", "  $this->assertSame(3, $cart->total());", "}"]),
  ],
};

testRule(
  "tests-required",
  pairingOnly({
    valid: [
      ...Object.entries(wellTested).map(([lang, files]) => ({ name: `${lang}: source with its paired test`, change: change(files) })),
      {
        name: "docs and config only",
        change: change([f("README.md", ["# Hi", "more"]), f("package.json", ['"x": 1']), f(".github/workflows/ci.yml", ["on: push"])]),
      },
      { name: "test-only change", change: change([f("test/a.test.ts", ["it('x', () => { expect(1).toBe(1); });"])]) },
      { name: "deletion only", change: change([f("src/old.ts", [], { status: "removed", additions: 0, deletions: 40 })]) },
      { name: "pure rename", change: change([f("src/new-name.ts", [], { status: "renamed", previousPath: "src/old-name.ts", additions: 0 })]) },
      { name: "comment and whitespace only", change: change([f("src/a.ts", ["// explain the algorithm", "", "/* more words", "   and more */"])]) },
      { name: "smaller than min_changed_lines", change: change([f("src/a.ts", ["return x + 1;", "return y;"])]) },
      // axios "Releasing 0.19.0": the rebuilt bundles are build output, nothing the author could test.
      { name: "JavaScript rebuilt under dist/ by a release", change: change([f("dist/axios.js", code(5)), f("dist/esm/axios.js", code(5))]) },
      { name: "a skip label", change: change([f("src/a.ts", code(10))], { labels: ["skip-tests"] }) },
      {
        name: "mode any: any test change covers all sources",
        options: { mode: "any" },
        change: change([f("src/a.ts", code(5)), f("src/b.ts", code(5)), f("test/x.test.ts", ["expect(1).toBe(1)"])]),
      },
      { name: "ignore globs", options: { ignore: ["src/generated/**"] }, change: change([f("src/generated/api.ts", code(10))]) },
      {
        name: "monorepo: package test covers package source",
        change: change([f("packages/api/src/client.ts", code(5)), f("packages/api/test/client.test.ts", ["test('x', () => {", "  expect(x).toBe(1);", "});"])]),
      },
      {
        name: "a test that imports the source covers it, whatever its name (TS)",
        change: change([
          f("src/github/publish-review.ts", code(5)),
          f("test/github/flows.test.ts", ['import { publishReview } from "../../src/github/publish-review.js";']),
        ]),
      },
      {
        name: "a Python test that imports the module covers it",
        change: change([f("shop/billing/invoice.py", code(5, "x = 1")), f("tests/test_flows.py", ["from shop.billing.invoice import total"])]),
      },
      {
        name: "a test block interrupted by unchanged lines is not judged",
        change: change([addedFile("test/a.test.ts", ["it('x', () => {", "  const v = run();"], 10), addedFile("test/b.test.ts", ["x"], 20)]),
      },
      {
        name: "skipped test with a companion that runs",
        change: change([f("test/a.test.ts", ["it.skip('later', () => {});", "it('now', () => {", "  expect(1).toBe(1);", "});"])]),
      },
      {
        name: "a Python test whose end is not in view (modified file) is not judged",
        change: change([f("tests/test_a.py", ["def test_runs():", "    run()"])]),
      },
      { name: "strings that look like tests are not tests", change: change([f("test/a.test.ts", ['const s = "it.only(";', "expect(s).toBeTruthy();"])]) },
    ],
    invalid: [
      {
        name: "TypeScript source without its test names the expected test files",
        change: change([f("src/cart/total.ts", code(5))]),
        findings: [{ messageId: "missingTests", path: "src/cart/total.ts", data: { expected: "`src/cart/total.test.ts` or `test/cart/total.test.ts`" } }],
      },
      {
        // A message that calls the change a port at a named commit (chrono 4646ec2c1c's "Based on tz-rs
        // commit b8675e2…") may quiet the structural rules on its new files; a title never switches this check off.
        name: "Rust: a port announced by the change's message still needs its tests",
        change: change([f("src/offset/tz_info/rule.rs", code(5, "x += 1;"), { status: "added" })], {
          title: "parse tzinfo files",
          commits: [commit("parse tzinfo files\n\nBased on tz-rs commit b8675e2b5794d923f80970daf9ea548cfb998db2.")],
        }),
        findings: [{ messageId: "missingTests", path: "src/offset/tz_info/rule.rs" }],
      },
      {
        name: "Go source without a _test.go",
        change: change([f("cart/total.go", code(5, "sum += p"))]),
        findings: [{ messageId: "missingTests", path: "cart/total.go", data: { expected: "`cart/total_test.go`" } }],
      },
      {
        name: "Python module without tests",
        change: change([f("src/shop/cart.py", code(5, "x = 1"))]),
        findings: [{ messageId: "missingTests", data: { expected: "`tests/test_cart.py` or `src/shop/test_cart.py`" } }],
      },
      {
        name: "Java class without FooTest",
        change: change([f("src/main/java/shop/Cart.java", code(5, "x++;"))]),
        findings: [{ messageId: "missingTests", data: { expected: "`src/test/java/shop/CartTest.java`" } }],
      },
      { name: "Rust without tests", change: change([f("src/cart.rs", code(5, "x += 1;"))]), findings: [{ messageId: "missingTests", path: "src/cart.rs" }] },
      {
        name: "monorepo: another package's test does not count",
        change: change([f("packages/api/src/client.ts", code(5)), f("packages/web/test/client.test.ts", ["expect(1).toBe(1)"])]),
        findings: [{ messageId: "missingTests", path: "packages/api/src/client.ts" }],
      },
      {
        name: "mode any with no test change at all",
        options: { mode: "any" },
        change: change([f("src/a.ts", code(5))]),
        findings: [{ messageId: "missingAnyTests", path: "src/a.ts" }],
      },
      {
        name: "a test that asserts nothing (JS)",
        change: change([f("test/a.test.ts", ["it('totals', () => {", "  const total = 1;", "});", "it('checks', () => {", "  expect(run()).toBe(1);", "});"])]),
        findings: [{ messageId: "noAssertion", path: "test/a.test.ts", line: 1 }],
      },
      {
        name: "a Python test that asserts nothing",
        change: change([f("tests/test_a.py", ["def test_runs():", "    pass"], { status: "added" })]),
        findings: [{ messageId: "noAssertion", path: "tests/test_a.py", line: 1 }],
      },
      {
        name: "only skipped tests added (JS, Python, Go)",
        change: change([
          f("test/a.test.ts", ["it.skip('later', () => {", "  expect(1).toBe(1);", "});"]),
          f("tests/test_b.py", ["@pytest.mark.skip(reason='flaky')", "def test_b():", "    assert x"], { status: "added" }),
          f("c_test.go", ["func TestC(t *testing.T) {", '\tt.Skip("todo")', "}"]),
        ]),
        findings: [
          { messageId: "onlySkipped", path: "test/a.test.ts", line: 1 },
          { messageId: "onlySkipped", path: "tests/test_b.py", line: 2 },
          { messageId: "onlySkipped", path: "c_test.go", line: 1 },
        ],
      },
      {
        name: "focused tests (JS and Ruby)",
        change: change([
          f("test/a.test.ts", ["it.only('x', () => {", "  expect(1).toBe(1);", "});"]),
          f("spec/a_spec.rb", ['fit "x" do', "  expect(1).to eq(1)", "end"]),
        ]),
        findings: [
          { messageId: "focused", path: "test/a.test.ts", line: 1 },
          { messageId: "focused", path: "spec/a_spec.rb", line: 1 },
        ],
      },
      {
        name: "Java @Disabled only",
        change: change([f("src/test/java/shop/CartTest.java", ["@Disabled", "@Test", "void sums() {", "  assertEquals(3, 3);", "}"])]),
        findings: [{ messageId: "onlySkipped", line: 1 }],
      },
      {
        name: "extra source globs and replace_conventions",
        options: { source: ["scripts/**"], tests: ["checks/**"], replace_conventions: true },
        change: change([f("scripts/deploy.ts", code(5)), f("src/a.ts", code(5))]),
        findings: [{ messageId: "missingTests", path: "scripts/deploy.ts" }],
      },
    ],
  }),
);

import { rules } from "../../rules/index.js";
import { emptyLookups } from "../../src/engine/rule.js";

describe("tests-required: coverage notes", () => {
  it("says which tests cover which changed files", () => {
    const rule = rules["tests-required"];
    const found = rule.check(change(wellTested.typescript), rule.options.parse({}), emptyLookups());
    expect(found).toEqual([
      { messageId: "covered", info: true, path: "src/cart/total.ts", data: { path: "`src/cart/total.ts`", tests: "`test/cart/total.test.ts`" } },
    ]);
  });
});
