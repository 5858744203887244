import { rewriteInTree } from "../helpers/rewrite-change.js";
import { testRuleBeforeCalibration as testRule } from "../helpers/pre-calibration.js";

// Set 10 (#11): a deprecated shim restored for old callers (addressable's `# @deprecated`
// `unicode_normalize_kc` whose body is one call) asks for no test; a deprecated function with
// logic of its own still does.

/** A source rewritten from `base` to `head`, in a tree with one existing test of it. */
const rewrite = (path: string, base: string[], head: string[], test: string) => rewriteInTree(path, base, head, [test]);

const rbBase = ["module Idna", "  def self.to_ascii(value)", "    value.to_s", "  end", "end"];
const rbShim = [
  "module Idna",
  "  class << self",
  "    # @deprecated Use {String#unicode_normalize(:nfkc)} instead",
  "    def unicode_normalize_kc(value)",
  "      value.to_s.unicode_normalize(:nfkc)",
  "    end",
  "",
  "    extend Gem::Deprecate",
  '    deprecate :unicode_normalize_kc, "String#unicode_normalize(:nfkc)", 2023, 4',
  "  end",
  "",
  ...rbBase.slice(1),
];

const javaBase = ["public class Format {", "    public char getDelimiter() {", "        return delimiter;", "    }", "}"];
const javaShim = [
  ...javaBase.slice(0, 4),
  "",
  "    /** @deprecated use {@link #getDelimiter()} */",
  "    @Deprecated",
  "    public char getSeparator(int unused) {",
  "        return getDelimiter();",
  "    }",
  "}",
];
const rbLogic = [
  "module Idna",
  "  class << self",
  "    # @deprecated Use {String#unicode_normalize(:nfkc)} instead",
  "    def unicode_normalize_kc(value, form = :nfkc)",
  "      if form == :nfkc",
  "        value.to_s.unicode_normalize(:nfkc)",
  "      else",
  "        value.to_s.unicode_normalize(form).downcase",
  "      end",
  "    end",
  "  end",
  "",
  ...rbBase.slice(1),
];

const goBase = ["package semver", "", "func Parse(v string) (*Version, error) {", "\treturn parse(v)", "}"];
const goShim = [
  ...goBase,
  "",
  "// NewVersion parses a version.",
  "//",
  "// Deprecated: use Parse.",
  "func NewVersion(v string, strict bool) (*Version, error) {",
  '\treturn parse(strings.TrimPrefix(v, "v"))',
  "}",
];

const pyBase = ["def normalize(value):", "    return value.strip().lower()"];
const pyShim = [
  "import warnings",
  "",
  ...pyBase,
  "",
  "",
  "def normalise(value, strict=False):",
  '    warnings.warn("use normalize", DeprecationWarning, stacklevel=2)',
  "    return normalize(value)",
];

testRule("tests-required", {
  valid: [
    { name: "Ruby: a # @deprecated one-call shim", ...rewrite("lib/idna/native.rb", rbBase, rbShim, "spec/idna_spec.rb") },
    { name: "Java: an @Deprecated method that delegates", ...rewrite("src/main/java/a/Format.java", javaBase, javaShim, "src/test/java/a/FormatTest.java") },
    { name: "Go: a // Deprecated: wrapper", ...rewrite("semver.go", goBase, goShim, "semver_test.go") },
    { name: "Python: a shim that warns DeprecationWarning and delegates", ...rewrite("pkg/text.py", pyBase, pyShim, "tests/test_text.py") },
  ],
  invalid: [
    {
      name: "Ruby: a deprecated method with logic of its own still asks for a test",
      ...rewrite("lib/idna/native.rb", rbBase, rbLogic, "spec/idna_spec.rb"),
      findings: [{ messageId: "missingTests", path: "lib/idna/native.rb" }],
    },
  ],
});
