import { compileLinePatterns, MAX_PATTERNS } from "../../src/analysis/config-patterns.js";
import { readRubocopConfig } from "../../src/analysis/rubocop-config.js";

describe("config-patterns: a linter config's line patterns (#11)", () => {
  test.each([
    ["'^\\s*#'", "^\\s*#"],
    ["'it''s'", "it's"],
    ['"^\\\\s*(raise|warn) "', "^\\s*(raise|warn) "],
    ["!ruby/regexp /\\A\\s*#/", "\\A\\s*#"],
    ["^\\s*warn  # a comment", "^\\s*warn"],
    ["^\\s*(a|b){1,3}", "^\\s*(a|b){1,3}"],
  ])("RuboCop pattern %s reads as %s", (raw, value) => {
    expect(readRubocopConfig(`Layout/LineLength:\n  AllowedPatterns:\n    - ${raw}\n`)?.cop.patterns).toEqual([value]);
  });

  test("an inline list keeps commas and brackets inside quotes", () => {
    expect(readRubocopConfig(`Layout/LineLength:\n  IgnoredPatterns: ['a, b', "[#]", c]\n`)?.cop.patterns).toEqual(["a, b", "[#]", "c"]);
  });

  test("a config RuboCop could not load states nothing: invalid YAML, or too large", () => {
    expect(readRubocopConfig("Layout/LineLength: [\n")).toBeUndefined();
    expect(readRubocopConfig("# x\n".repeat(100_000))).toBeUndefined();
  });

  test("patterns match anywhere in the line, as RuboCop's do", () => {
    const p = compileLinePatterns(["\\s+# rubocop", "^\\s*(raise|warn) "])!;
    expect(p.test("  x = 1 # rubocop:disable Foo")).toBe(true);
    expect(p.test("    raise Error, 'x' if y")).toBe(true);
    expect(p.test("  raiser(x)")).toBe(false);
  });

  test("a hostile pattern runs on RE2: a nested quantifier on a long line still answers", () => {
    const p = compileLinePatterns(["(a+)+$"])!;
    expect(p.test("a".repeat(50_000) + "!")).toBe(false);
  });

  test("a pattern RE2 cannot read, one too long, or too many of them: none compiled (the caller states no limit)", () => {
    expect(compileLinePatterns(["(?<=foo)bar"])).toBeUndefined();
    expect(compileLinePatterns(["a".repeat(5000)])).toBeUndefined();
    expect(compileLinePatterns(Array.from({ length: MAX_PATTERNS + 1 }, (_, i) => `p${i}`))).toBeUndefined();
  });
});
