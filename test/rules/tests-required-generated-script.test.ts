import rule from "../../rules/tests-required.js";
import { generatorScripts, writtenByScript } from "../../src/analysis/tests-generated-by-script.js";
import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRule } from "../helpers/rule-tester.js";

// Set 10 (#11): a file an in-repo script writes by path (webmozarts/assert's `src/Mixin.php`, written
// by `bin/generate.php`) is regenerated output, tested through what generates it: no test of its own.

/** A source rewritten from `base` to `head`, in a tree with these other files and texts. */
const rewrite = (path: string, base: string[], head: string[], others: Record<string, string[]>) => rewriteInTree(path, base, head, [], others);

const phpBase = ["<?php", "namespace A;", "trait Mixin", "{", "    public static function nullOrInt($value)", "    {", "        return $value;", "    }", "}"];
const phpHead = [
  ...phpBase.slice(0, 8),
  "    public static function nullOrString($value, $message = '')",
  "    {",
  "        if (null === $value) {",
  "            return;",
  "        }",
  "        if (!is_string($value)) {",
  "            throw new InvalidArgumentException($message);",
  "        }",
  "    }",
  "}",
];
const phpGenerator = [
  "<?php",
  "require_once __DIR__.'/../vendor/autoload.php';",
  "file_put_contents(__DIR__.'/../src/Mixin.php', (new MixinGenerator())->generate());",
];
const phpTests = { "tests/AssertTest.php": ["<?php", "class AssertTest extends TestCase {}"] };

const pyBase = ["def lookup(key):", "    return TABLE[key]"];
const pyHead = [...pyBase, "", "def reverse(value):", "    for k, v in TABLE.items():", "        if v == value:", "            return k", "    return None"];
const pyGenerator = ["import json", "", "with open('pkg/_tables.py', 'w') as out:", "    out.write(render(json.load(open('data.json'))))"];
const pyTests = { "tests/test_lookup.py": ["def test_lookup():", "    assert lookup('a') == 1"] };

const goBase = ["package tables", "", "func Lookup(k string) int {", "\treturn table[k]", "}"];
const goHead = [
  ...goBase,
  "",
  "func Reverse(v int) string {",
  "\tfor k, x := range table {",
  "\t\tif x == v {",
  "\t\t\treturn k",
  "\t\t}",
  "\t}",
  '\treturn ""',
  "}",
];
const goGenerator = ["#!/bin/sh", "go run ./cmd/gentables > tables/tables.go"];
const goTests = { "tables/lookup_test.go": ["package tables", "func TestLookup(t *testing.T) {}"] };

testRule("tests-required", {
  valid: [
    {
      name: "PHP: src/Mixin.php, written by bin/generate.php",
      ...rewrite("src/Mixin.php", phpBase, phpHead, { ...phpTests, "bin/generate.php": phpGenerator }),
    },
    {
      name: "Python: pkg/_tables.py, written by scripts/gen_tables.py",
      ...rewrite("pkg/_tables.py", pyBase, pyHead, { ...pyTests, "scripts/gen_tables.py": pyGenerator }),
    },
    {
      name: "Go: tables/tables.go, written by hack/gen.sh's redirect",
      ...rewrite("tables/tables.go", goBase, goHead, { ...goTests, "hack/gen.sh": goGenerator }),
    },
  ],
  invalid: [
    {
      name: "PHP: without the generator the new branching method asks for a test",
      ...rewrite("src/Mixin.php", phpBase, phpHead, phpTests),
      findings: [{ messageId: "missingTests", path: "src/Mixin.php" }],
    },
    {
      name: "PHP: a script that only reads the file writes nothing",
      ...rewrite("src/Mixin.php", phpBase, phpHead, { ...phpTests, "bin/generate.php": ["<?php", "echo file_get_contents(__DIR__.'/../src/Mixin.php');"] }),
      findings: [{ messageId: "missingTests", path: "src/Mixin.php" }],
    },
    {
      name: "Python: a generator that writes another file with a longer name",
      ...rewrite("pkg/_tables.py", pyBase, pyHead, { ...pyTests, "scripts/gen_tables.py": ["with open('mypkg/_tables.py', 'w') as out:", "    out.write(x)"] }),
      findings: [{ messageId: "missingTests", path: "pkg/_tables.py" }],
    },
  ],
});

describe("generator scripts are few, chosen by place and name", () => {
  it.each([
    ["bin/generate.php", true],
    ["scripts/gen_tables.py", true],
    ["tools/codegen.ts", true],
    ["generate.go", true],
    ["packages/x/scripts/generate-types.mjs", true],
    ["src/generator.ts", false],
    ["bin/cli.js", false],
    ["bin/agent.js", false],
    ["scripts/regen.sh", true],
    ["tests/scripts/gen.py", false],
  ])("%s: %s", (path, expected) => {
    expect(generatorScripts([path]).length > 0).toBe(expected);
  });

  it("reads at most four, and laterNeeds asks for them", () => {
    expect(generatorScripts(["bin/gen1.sh", "bin/gen2.sh", "bin/gen3.sh", "bin/gen4.sh", "bin/gen5.sh"])).toHaveLength(4);
    const e = rewrite("src/Mixin.php", phpBase, phpHead, { ...phpTests, "bin/generate.php": phpGenerator });
    expect(rule.laterNeeds!(e.change, rule.options.parse({}) as Parameters<NonNullable<typeof rule.laterNeeds>>[1], e.lookups)).toContain("bin/generate.php");
  });

  it("needs the path with its folder, and the script is no witness for itself", () => {
    expect(writtenByScript("Mixin.php", [{ path: "gen.php", text: "file_put_contents('Mixin.php', $x);" }])).toBeUndefined();
    expect(writtenByScript("bin/gen.sh", [{ path: "bin/gen.sh", text: "cat x > bin/gen.sh" }])).toBeUndefined();
  });
});
