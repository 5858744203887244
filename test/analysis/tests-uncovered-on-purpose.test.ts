import { fileExcludedFromCoverage, linesExcludedFromCoverage } from "../../src/analysis/tests-uncovered-on-purpose.js";

const lines = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe("code kept out of coverage on purpose (#11, judged set 7)", () => {
  it("Python: a block whose header says `# pragma: no cover`, to its last indented line", () => {
    const text = ["import os", "", "class Gui(Base):  # pragma: no cover", "    def draw(self):", "", "        return 1", "", "def other():", "    return 2"];
    expect(lines(linesExcludedFromCoverage("tqdm/gui.py", text.join("\n")))).toEqual([3, 4, 5, 6]);
  });

  it("Python: the pragma on a statement excludes that line only", () => {
    expect(lines(linesExcludedFromCoverage("a.py", ["x = f()  # pragma: no cover", "y = g()"].join("\n")))).toEqual([1]);
  });

  it("C#: [ExcludeFromCodeCoverage] on a type, to its closing brace (a brace in a string does not count)", () => {
    const text = ["using X;", "[ExcludeFromCodeCoverage]", "public class Interop {", '  string s = "}";', "  void A() { }", "}", "class Other { }"];
    expect(lines(linesExcludedFromCoverage("src/Interop.cs", text.join("\n")))).toEqual([2, 3, 4, 5, 6]);
  });

  it("JavaScript: `istanbul ignore next` before a function; a region between c8's start and stop", () => {
    const text = ["/* istanbul ignore next */", "function a() {", "  return 1;", "}", "/* c8 ignore start */", "b();", "/* c8 ignore stop */", "c();"];
    expect(lines(linesExcludedFromCoverage("src/a.js", text.join("\n")))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("Ruby: simplecov's `# :nocov:` pair", () => {
    const text = ["def a", "  # :nocov:", "  b", "  # :nocov:", "  c", "end"];
    expect(lines(linesExcludedFromCoverage("lib/a.rb", text.join("\n")))).toEqual([2, 3, 4]);
  });

  it("a whole file: istanbul's and Dart's markers in a comment near the top, not in a string further down", () => {
    expect(fileExcludedFromCoverage("/* istanbul ignore file */\nexport const a = 1;")).toBe(true);
    expect(fileExcludedFromCoverage("// coverage:ignore-file\nint a = 1;")).toBe(true);
    expect(fileExcludedFromCoverage("const doc = '/* istanbul ignore file */';")).toBe(false);
    expect(fileExcludedFromCoverage("#!/usr/bin/env python\n# pragma: no cover\n\nimport os")).toBe(true);
    expect(fileExcludedFromCoverage("import os\n# pragma: no cover\nx = 1")).toBe(false);
    expect(fileExcludedFromCoverage(["const a = 1;", ...Array.from({ length: 50 }, () => ""), "// istanbul ignore file"].join("\n"))).toBe(false);
  });

  it("every marker passes the look at the whole text that lets a file without one go early (#10)", () => {
    const marked: Array<[string, string[], number[]]> = [
      ["src/A.cs", ["[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute]", "void A() {", "}"], [1, 2, 3]],
      ["src/a.php", ["/** @codeCoverageIgnore */", "function a() {", "}"], [1, 2, 3]],
      ["src/a.php", ["// @codeCoverageIgnoreStart", "a();", "// @codeCoverageIgnoreEnd", "b();"], [1, 2, 3]],
      ["lib/a.dart", ["// coverage:ignore-start", "a();", "// coverage:ignore-end", "b();"], [1, 2, 3]],
      ["src/a.c", ["// LCOV_EXCL_START", "a();", "// LCOV_EXCL_STOP", "b();"], [1, 2, 3]],
      ["src/a.rs", ["#[coverage(off)]", "fn a() {", "}", "fn b() {}"], [1, 2, 3]],
      ["src/a.rs", ["#[cfg(not(tarpaulin_include))]", "fn a() {", "}"], [1, 2, 3]],
      ["src/a.ts", ["/* v8 ignore next */", "function a() {", "}"], [1, 2, 3]],
      ["gui.py", ["# pragma: no cover", "import tk"], [1, 2]],
    ];
    for (const [path, text, expected] of marked) expect([path, lines(linesExcludedFromCoverage(path, text.join("\n")))]).toEqual([path, expected]);
  });

  it("no marker, no lines", () => {
    expect(linesExcludedFromCoverage("a.ts", "export function a() {\n  return 1;\n}").size).toBe(0);
  });
});
