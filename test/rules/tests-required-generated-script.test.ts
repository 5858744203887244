import rule from "../../rules/tests-required.js";
import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 10 (#11): a file an in-repo script writes by path (webmozarts/assert's `src/Mixin.php`, written
// by `bin/generate.php`) is regenerated output, tested through what generates it: no test of its own.

/** A source rewritten from `base` to `head`, in a tree with these other files and texts. */
const rewrite = (path: string, base: string[], head: string[], others: Record<string, string[]>) => rewriteInTree(path, base, head, [], others);

/** The same change, with `script` among the files it adds (a pull request writing its own "generator"). */
function withAddedScript(e: ReturnType<typeof rewrite>, script: string): ReturnType<typeof rewrite> {
  const text = e.lookups.fileContents.get(script) ?? "";
  const added = {
    path: script,
    status: "added" as const,
    binary: false,
    additions: text.split("\n").length,
    deletions: 0,
    addedLines: text.split("\n").map((t, i) => ({ line: i + 1, text: t })),
    hunks: [{ start: 1, length: text.split("\n").length }],
  };
  return { ...e, change: { ...e.change, files: [...e.change.files, added] } };
}

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
      name: "PHP: a generator script the change adds itself does not take the file out",
      ...withAddedScript(rewrite("src/Mixin.php", phpBase, phpHead, { ...phpTests, "bin/generate.php": phpGenerator }), "bin/generate.php"),
      findings: [{ messageId: "missingTests", path: "src/Mixin.php" }],
    },
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

describe("tests-required reads the generator scripts pr-size reads", () => {
  it("laterNeeds asks for them", () => {
    const e = rewrite("src/Mixin.php", phpBase, phpHead, { ...phpTests, "bin/generate.php": phpGenerator });
    expect(rule.laterNeeds!(e.change, rule.options.parse({}) as Parameters<NonNullable<typeof rule.laterNeeds>>[1], e.lookups)).toContain("bin/generate.php");
  });
});
