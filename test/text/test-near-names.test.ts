import { nameWords, namesSameUnit } from "../../src/text/test-near-names.js";
import { describeSuggestedTests, layoutOf } from "../../src/text/test-layout.js";

describe("nameWords splits file names into lower-case words", () => {
  it.each([
    ["RomanNumeralExtensions", ["roman", "numeral", "extensions"]],
    ["bytecode_cache", ["bytecode", "cache"]],
    ["timed-out", ["timed", "out"]],
    ["HTTPClient", ["http", "client"]],
  ])("%s", (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it("asked again (once per source and test pair), a name has the same words, which no caller can change", () => {
    const first = nameWords("RomanNumeralExtensions");
    expect(() => (first as string[]).push("x")).toThrow(TypeError);
    expect(nameWords("RomanNumeralExtensions")).toEqual(["roman", "numeral", "extensions"]);
    expect(nameWords("RomanNumeral")).toEqual(["roman", "numeral"]);
  });
});

describe("namesSameUnit: a test named for the same unit under another name", () => {
  it.each([
    ["RomanNumeralExtensions", "RomanNumeral", true],
    ["bccache", "bytecode_cache", true],
    ["timed-out", "timeout", true],
    ["options", "options_parser", true],
    // An exact name is the exact pairing's business; a shared kind or a short word names another unit.
    ["standard_renderer", "nil_renderer", false],
    ["types", "cancel", false],
    ["StringExtensions", "Strategy", false],
    ["str_utils", "str", false],
    ["debug", "debug", false],
  ] as const)("%s ↔ %s: %s", (source, test, same) => {
    expect(namesSameUnit(source, test)).toBe(same);
  });
});

describe("describeSuggestedTests prefers an existing test of the same unit to a new file", () => {
  it.each([
    [
      "C#: RomanNumeralTests.cs, not a new RomanNumeralExtensionsTests.cs",
      [
        "src/Humanizer/Humanizer.csproj",
        "src/Humanizer/RomanNumeralExtensions.cs",
        "src/Humanizer/ArticlePrefixSort.cs",
        "src/Humanizer.Tests/RomanNumeralTests.cs",
        "src/Humanizer.Tests/ArticlePrefixSortTests.cs",
      ],
      "src/Humanizer/RomanNumeralExtensions.cs",
      "`src/Humanizer.Tests/RomanNumeralTests.cs`",
    ],
    [
      "Python: testsuite/bytecode_cache.py for bccache.py, not a new testsuite/bccache.py",
      ["setup.py", "jinja2/bccache.py", "jinja2/debug.py", "jinja2/testsuite/debug.py", "jinja2/testsuite/bytecode_cache.py", "jinja2/testsuite/api.py"],
      "jinja2/bccache.py",
      "`jinja2/testsuite/bytecode_cache.py`",
    ],
    [
      "TypeScript: test/timeout.ts for timed-out.ts, not a new test/timed-out.ts",
      ["package.json", "source/core/timed-out.ts", "source/core/parse-link-header.ts", "test/timeout.ts", "test/parse-link-header.ts", "test/cancel.ts"],
      "source/core/timed-out.ts",
      "`test/timeout.ts`",
    ],
    [
      "TypeScript with feature-named tests: no made-up file named for the source",
      ["package.json", "source/as-promise/types.ts", "source/core/index.ts", "test/normalize-arguments.ts", "test/cancel.ts", "test/retry.ts", "test/hooks.ts"],
      "source/as-promise/types.ts",
      "a test that covers it",
    ],
    [
      "Python where few tests carry a source's name: no file named after a sibling's (never tests/res/compiler.py)",
      [
        "setup.py",
        "jinja2/compiler.py",
        "jinja2/lexer.py",
        "tests/res/__init__.py",
        "tests/test_lexnparse.py",
        "tests/test_api.py",
        "tests/test_core_tags.py",
        "tests/test_regression.py",
      ],
      "jinja2/compiler.py",
      "a test that covers it",
    ],
    [
      "Ruby: a sibling's spec mirrored (RSpec names a spec per file)",
      ["Gemfile", "lib/shop/cart.rb", "lib/shop/checkout.rb", "test/checkout_test.rb"],
      "lib/shop/cart.rb",
      "a test in a new file `test/cart_test.rb` following `test/checkout_test.rb`",
    ],
    [
      "Go: never a test of another unit that only shares the kind (nil_renderer_test.go for standard_renderer.go)",
      ["go.mod", "standard_renderer.go", "nil_renderer.go", "nil_renderer_test.go", "tea.go", "tea_test.go"],
      "standard_renderer.go",
      "a test in a new file `standard_renderer_test.go` following `nil_renderer_test.go`",
    ],
    [
      "Go: a test that begins with the file's first word is its package test (yaml_command_test.go for yaml_file_loader.go)",
      ["go.mod", "yaml_file_loader.go", "yaml_command_test.go", "flag_test.go"],
      "yaml_file_loader.go",
      "`yaml_command_test.go`",
    ],
  ] as const)("%s", (_name, tree, source, expected) => {
    expect(describeSuggestedTests(source, layoutOf([...tree]))).toBe(expected);
  });
});
