import type { FunctionFact } from "../../src/syntax/facts.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { isNotAnalysed, parseFacts } from "../../src/syntax/parse-file.js";

beforeAll(() => loadAllGrammars());

function functions(path: string, lines: string[]): FunctionFact[] {
  const facts = parseFacts(path, lines.join("\n"));
  if (!facts || isNotAnalysed(facts)) throw new Error(`${path} was not analysed`);
  return facts.functions;
}

/** Decision tokens are read from each operator expression's children (one query pattern per parent type, not per token). */
describe("operator tokens", () => {
  it("counts a token for the function around it, not for a function that ends in its left operand", () => {
    const [outer, inner] = functions("a.js", ["function outer() {", "  const f = function inner() { return 1; } && x;", "}"]);
    expect(outer.decisions).toBe(1);
    expect(inner.decisions).toBe(0);
  });

  it("counts each `case` and boolean operator where the grammar puts them (Java)", () => {
    const [f] = functions("A.java", [
      "class A {",
      "  int f(int x) {",
      "    switch (x) {",
      "      case 1: return a && b ? 1 : 0;",
      "      case 2: return 2;",
      "    }",
      "    return 0;",
      "  }",
      "}",
    ]);
    // case 1, case 2, &&, and the ternary
    expect(f.decisions).toBe(4);
  });

  it("counts `??`, each boolean operator and `case` in C#, and a run of mixed operators twice", () => {
    const [f] = functions("A.cs", [
      "class A {",
      "  int F(int x) {",
      "    switch (x) {",
      "      case 1: return a && b || c ? 1 : 0;",
      "    }",
      "    return y ?? 0;",
      "  }",
      "}",
    ]);
    expect(f.decisions).toBe(5);
    // switch, the nested ternary, then one increment for each run: `&&`, then `||`
    expect(f.increments?.map((i) => [i.line, i.nesting])).toEqual([
      [3, 0],
      [4, 1],
      [4, 0],
      [4, 0],
    ]);
  });

  it("counts Ruby's word operators as decisions and runs", () => {
    const [f] = functions("a.rb", ["def f", "  a or b and c", "end"]);
    expect(f.decisions).toBe(2);
    expect(f.increments).toHaveLength(2);
  });

  // Every operator expression is captured; arithmetic and comparisons around and inside the
  // booleans must add no decision and no run.
  it.each([
    ["a.ts", ["function f(a: number, b: number) {", "  if (a + 1 > b * 2 && a - 3 < b || a % 2 === 0) return a << 1;", "  return 0;", "}"]],
    ["a.py", ["def f(a, b):", "    if a + 1 > b * 2 and a - 3 < b or a % 2 == 0:", "        return a << 1", "    return 0"]],
    ["a.go", ["package a", "func f(a, b int) int {", "\tif a+1 > b*2 && a-3 < b || a%2 == 0 {", "\t\treturn a << 1", "\t}", "\treturn 0", "}"]],
    ["a.rs", ["fn f(a: i32, b: i32) -> i32 {", "    if a + 1 > b * 2 && a - 3 < b || a % 2 == 0 {", "        return a << 1;", "    }", "    0", "}"]],
    ["A.java", ["class A {", "  int f(int a, int b) {", "    if (a + 1 > b * 2 && a - 3 < b || a % 2 == 0) return a << 1;", "    return 0;", "  }", "}"]],
    ["A.cs", ["class A {", "  int F(int a, int b) {", "    if (a + 1 > b * 2 && a - 3 < b || a % 2 == 0) return a << 1;", "    return 0;", "  }", "}"]],
    ["a.php", ["<?php", "function f($a, $b) {", "  if ($a + 1 > $b * 2 && $a - 3 < $b || $a % 2 == 0) return $a << 1;", "  return 0;", "}"]],
    ["a.rb", ["def f(a, b)", "  return a << 1 if a + 1 > b * 2 && a - 3 < b || a % 2 == 0", "  0", "end"]],
    ["A.kt", ["fun f(a: Int, b: Int): Int {", "    if (a + 1 > b * 2 && a - 3 < b || a % 2 == 0) return a shl 1", "    return 0", "}"]],
  ])("counts only the boolean operators among arithmetic and comparisons (%s)", (path, lines) => {
    const [f] = functions(path, lines);
    // the if, `&&` and `||`; cognitive: the if, then one run each for `&&` and `||`
    expect(f.decisions).toBe(3);
    expect(f.cognitive).toBe(3);
  });
});
