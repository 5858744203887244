import { emptyLookups } from "../../src/engine/rule.js";
import { addedFile, change } from "../helpers/make-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

const f = (path: string, lines: string[], extra = {}) => addedFile(path, lines, 1, extra);
const tree = (...paths: string[]) => ({ ...emptyLookups(), fileTree: paths });
// New public functions with branches: behaviour a reviewer asks a test for, unless something below says otherwise.
const php = ["<?php", "function load($p) {", "    if ($p === '') { return 1; }", "    foreach ($p as $x) { use($x); }", "    return 0;", "}"];
const py = ["def load(p):", "    if not p:", "        return 1", "    for x in p:", "        use(x)", "    return 0"];
const rustArbitrary = [
  '#[cfg(feature = "arbitrary")]',
  "impl arbitrary::Arbitrary<'_> for ClassKind {",
  "    fn arbitrary(u: &mut arbitrary::Unstructured) -> arbitrary::Result<ClassKind> {",
  "        match u.choose_index(3)? {",
  "            0 => Ok(ClassKind::OneLetter(u.arbitrary()?)),",
  "            1 => Ok(ClassKind::Named(u.arbitrary()?)),",
  "            _ => Ok(ClassKind::NamedValue { name: u.arbitrary()?, value: u.arbitrary()? }),",
  "        }",
  "    }",
  "}",
];
const rustPub = [
  "pub fn parse(p: &str) -> usize {",
  "    if p.is_empty() {",
  "        return 1;",
  "    }",
  "    for c in p.chars() { use_it(c); }",
  "    0",
  "}",
];

// Round 3 (#11): maintainer scripts, fuzzing support, and where the suggested test goes.
testRule("tests-required", {
  valid: [
    {
      name: "PHP: a maintainer's script at the root of a src/ project (sponsors.php) needs no tests",
      change: change([f("sponsors.php", php)]),
      lookups: tree(
        "composer.json",
        "sponsors.php",
        "src/Carbon/Carbon.php",
        "src/Carbon/CarbonInterval.php",
        "src/Carbon/Factory.php",
        "tests/CarbonTest.php",
      ),
    },
    {
      name: "Python: a root script beside a src/ package (release.py) needs no tests",
      change: change([f("release.py", py)]),
      lookups: tree("pyproject.toml", "release.py", "src/pkg/a.py", "src/pkg/b.py", "src/pkg/c.py", "tests/test_a.py"),
    },
    {
      name: "Rust: an Arbitrary impl for fuzzing is test tooling, not behaviour",
      change: change([f("regex-syntax/src/ast/mod.rs", rustArbitrary)]),
      lookups: tree("regex-syntax/Cargo.toml", "regex-syntax/src/ast/mod.rs", "regex-syntax/src/lib.rs", "tests/fuzz/mod.rs", "tests/regression.rs"),
    },
  ],
  invalid: [
    {
      name: "Go: a root file is the module's own package, never a maintainer script",
      change: change([
        f("tea.go", [
          "package tea",
          "func Load(p string) error {",
          '\tif p == "" {',
          "\t\treturn nil",
          "\t}",
          "\tfor _, x := range p {",
          "\t\tuse(x)",
          "\t}",
          "\treturn nil",
          "}",
        ]),
      ]),
      lookups: tree("go.mod", "tea.go", "lib/a.go", "lib/b.go", "lib/c.go", "tea_test.go"),
      findings: [{ messageId: "missingTests", path: "tea.go" }],
    },
    {
      name: "PHP: a root script where the product has no src/ folder is still asked about",
      change: change([f("loader.php", php)]),
      lookups: tree("composer.json", "loader.php", "tests/LoaderTest.php"),
      findings: [{ messageId: "missingTests", path: "loader.php", data: { expected: "`tests/LoaderTest.php`" } }],
    },
    {
      name: "Rust: a public function beside an Arbitrary impl is still asked about",
      change: change([f("src/ast.rs", [...rustArbitrary, ...rustPub])]),
      lookups: tree("Cargo.toml", "src/ast.rs", "src/lib.rs", "tests/ast.rs"),
      findings: [{ messageId: "missingTests", path: "src/ast.rs" }],
    },
    {
      name: "C#: the existing test of the same unit is named (RomanNumeralTests.cs for RomanNumeralExtensions.cs)",
      change: change([
        f("src/Humanizer/RomanNumeralExtensions.cs", [
          "public static class RomanNumeralExtensions {",
          "  public static int FromRoman(string p) {",
          '    if (p == "") return 1;',
          "    foreach (var x in p) Use(x);",
          "    return 0;",
          "  }",
          "}",
        ]),
      ]),
      lookups: tree(
        "src/Humanizer/Humanizer.csproj",
        "src/Humanizer/RomanNumeralExtensions.cs",
        "src/Humanizer.Tests/RomanNumeralTests.cs",
        "src/Humanizer.Tests/ArticlePrefixSortTests.cs",
      ),
      findings: [{ messageId: "missingTests", data: { expected: "`src/Humanizer.Tests/RomanNumeralTests.cs`" } }],
    },
    {
      name: "Python: an abbreviated module's test by its long name (testsuite/bytecode_cache.py for bccache.py)",
      change: change([f("jinja2/bccache.py", py)]),
      lookups: tree("setup.py", "jinja2/bccache.py", "jinja2/debug.py", "jinja2/testsuite/debug.py", "jinja2/testsuite/bytecode_cache.py"),
      findings: [{ messageId: "missingTests", data: { expected: "`jinja2/testsuite/bytecode_cache.py`" } }],
    },
  ],
});
