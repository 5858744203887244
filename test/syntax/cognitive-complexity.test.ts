import type { FunctionFact } from "../../src/syntax/facts.js";
import { loadAllGrammars } from "../../src/syntax/grammars.js";
import { isNotAnalysed, parseFacts } from "../../src/syntax/parse-file.js";

beforeAll(() => loadAllGrammars());

function functions(path: string, lines: string[]): FunctionFact[] {
  const f = parseFacts(path, lines.join("\n"));
  if (!f || isNotAnalysed(f)) throw new Error(`${path} was not analysed`);
  return f.functions;
}

const cognitive = (path: string, lines: string[]) => functions(path, lines).map((f) => [f.name, f.cognitive]);

// SonarSource's own example (Campbell 2017, fig. "sumOfPrimes"): loop 1, nested loop 2, if nested
// twice 3, `continue OUT` 1 = 7; its `getWords` switch is 1 however many cases it has.
describe("cognitive complexity: Sonar's examples", () => {
  it("sumOfPrimes is 7 and a three-case switch is 1", () => {
    expect(
      cognitive("a.ts", [
        "function sumOfPrimes(max: number) {",
        "  let total = 0;",
        "  OUT: for (let i = 1; i <= max; ++i) {",
        "    for (let j = 2; j < i; ++j) {",
        "      if (i % j == 0) {",
        "        continue OUT;",
        "      }",
        "    }",
        "    total += i;",
        "  }",
        "  return total;",
        "}",
        "function getWords(n: number) {",
        '  switch (n) { case 1: return "one"; case 2: return "a couple"; default: return "lots"; }',
        "}",
      ]),
    ).toEqual([
      ["sumOfPrimes", 7],
      ["getWords", 1],
    ]);
  });

  it("counts a run of like boolean operators once; ?? and ?. are free; recursion costs 1", () => {
    expect(
      cognitive("a.ts", [
        "function runs(a, b, c, d) {",
        "  if (a && b && c) return 1;", // if 1, && run 1
        "  if (a && b || c && d) return 2;", // a guard right after a guard: 0; runs && || && 3
        "  return a ?? b?.c;", // free
        "}",
        "function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }", // ternary 1, recursion 1
      ]),
    ).toEqual([
      ["runs", 5],
      ["fact", 2],
    ]);
  });

  it("charges else and else if 1 each, without nesting, and nests what they hold", () => {
    expect(cognitive("a.ts", ["function f(a, b) {", "  if (a) { x(); } else if (b) { y(); } else { z(a ? 1 : 2); }", "}"])).toEqual([["f", 5]]);
  });

  it("charges a run of guard clauses what its first guard costs, at any nesting", () => {
    expect(
      cognitive("a.ts", [
        "function f(xs) {",
        "  for (const x of xs) {", // 1
        "    if (!x) continue;", // 2
        "    // the rest are skipped too",
        "    if (x.a && x.b) continue;", // 0 (the run), && 1
        "    if (x.c) { g(); continue; }", // 2: does more than exit
        "    if (x.d) return x;", // 2: a new run
        "  }",
        "}",
      ]),
    ).toEqual([["f", 8]]);
  });

  it("counts a nested function on its own, from nesting 0", () => {
    expect(cognitive("a.ts", ["function outer(xs) {", "  if (xs) {", "    xs.forEach((x) => { if (x) g(); });", "  }", "}"])).toEqual([
      ["outer", 1],
      ["xs.forEach callback", 1],
    ]);
  });
});

// The same shapes in each language: an if/else-if/else chain with boolean runs (if 1, && 1, || 1,
// else if 1, loop nested once 2, if nested twice 3, else 1 = 10), then what else each one has.
describe("cognitive complexity in each language", () => {
  it.each<[string, string[], number]>([
    [
      "a.py",
      [
        "def f(a, b, xs):",
        "    if a and b or a:",
        "        pass",
        "    elif b:",
        "        for x in xs:",
        "            if x:",
        "                pass",
        "    else:",
        "        pass",
        "    try:",
        "        pass",
        "    except E:", // 1
        "        y = 1 if a else 2", // ternary nested once: 2
        "    return [x for x in a if x]", // comprehensions are free
      ],
      13,
    ],
    [
      "a.go",
      [
        "package p",
        "func f(a, b bool, xs []int) int {",
        "\tif a && b || a {",
        "\t} else if b {",
        "\t\tfor _, x := range xs {",
        "\t\t\tif x > 0 { break }",
        "\t\t}",
        "\t} else {",
        "\t}",
        "\tswitch { case a: return 1; case b: return 2; default: return 3 }", // 1
        "L:",
        "\tfor { break L }", // 1 + 1
        "\tgoto L", // 1
        "}",
      ],
      14,
    ],
    [
      "A.java",
      [
        "class A { int f(boolean a, boolean b, int[] xs) {",
        "  if (a && b || a) { } else if (b) { for (int x : xs) { if (x > 0) { continue; } } } else { }",
        "  switch (xs.length) { case 1: return 1; case 2: return 2; default: return 0; }", // 1
        "  try { } catch (Exception e) { return a ? 1 : 2; }", // 1 + 2
        "  o: for(;;) { break o; }", // 1 + 1
        "} }",
      ],
      16,
    ],
    [
      "A.kt",
      [
        "fun f(a: Boolean, b: Boolean, xs: List<Int>): Int {",
        "  if (a && b || a) { } else if (b) { for (x in xs) { if (x > 0) { continue } } } else { }",
        "  val y = when (xs.size) {", // 1
        "    1 -> 1",
        "    2 -> 2",
        "    else -> 0",
        "  }",
        "  try { } catch (e: Exception) { return if (a) 1 else 2 }", // 1 + 2 + 1
        "  o@ for (x in xs) { break@o }", // 1 + 1
        "  return y ?: 0", // free
        "}",
      ],
      17,
    ],
    [
      "a.rs",
      [
        "fn f(a: bool, b: bool, xs: &[i32]) -> i32 {",
        "  if a && b || a { } else if b { for x in xs { if *x > 0 { continue; } } } else { }",
        "  let y = match xs.len() { 1 => 1, 2 => 2, _ => 0 };", // 1
        "  'o: loop { break 'o; }", // 1 + 1
        "  let z = loop { break 5; };", // 1: a break with a value is not a jump to a label
        "  if let Some(v) = xs.first() { return *v; }", // 1
        "  y",
        "}",
      ],
      15,
    ],
    [
      "a.rb",
      [
        "def f(a, b, xs)",
        "  if a && b || a",
        "  elsif b",
        "    while a", // 2
        "      if b", // 3
        "      end",
        "    end",
        "  else",
        "  end",
        "  case a", // 1
        "  when 1 then 2",
        "  else 3",
        "  end",
        "  begin",
        "  rescue E", // 1
        "    a ? 1 : 2", // 2
        "  end",
        "  return 1 unless a", // 1
        "  if a", // 1
        "  else", // 1
        "    if b", // 2
        "    end",
        "  end",
        "end",
      ],
      19,
    ],
    [
      "A.cs",
      [
        "class A { int f(bool a, bool b, int[] xs) {",
        "  if (a && b || a) { } else if (b) { foreach (var x in xs) { if (x > 0) { continue; } } } else { }",
        "  switch (xs.Length) { case 1: return 1; case 2: return 2; default: return 0; }", // 1
        "  try { } catch (Exception e) { return a ? 1 : 2; }", // 1 + 2
        '  var q = xs.Length switch { 1 => "a", _ => "b" };', // 1
        "  return (a ?? b) ? 1 : 0;", // 1, ?? free
        "} }",
      ],
      16,
    ],
    [
      "a.php",
      [
        "<?php function f($a, $b, $xs) {",
        "  if ($a && $b || $a) { } elseif ($b) { foreach ($xs as $x) { if ($x > 0) { continue 2; } } } else { }", // 10 + continue 2: 1
        "  switch ($a) { case 1: return 1; case 2: return 2; default: return 0; }", // 1
        "  try { } catch (Exception $e) { return $a ? 1 : 2; }", // 1 + 2
        "  $y = match($a) { 1 => 2, default => 3 };", // 1
        "  return $a ?? $b;", // free
        "}",
      ],
      16,
    ],
  ])("%s", (path, lines, expected) => {
    const [f] = functions(path, lines);
    expect(f.cognitive).toBe(expected);
  });

  it("TSX: JSX conditionals are ternaries and boolean runs", () => {
    const [f] = functions("a.tsx", ["function View({ a, b }) {", "  return <div>{a && b ? <A /> : <B />}{a || <C />}</div>;", "}"]);
    expect(f.cognitive).toBe(3);
  });

  it("Python: an else that holds an if nests it (it is not an elif)", () => {
    const [f] = functions("a.py", ["def f(a, b):", "    if a:", "        pass", "    else:", "        if b:", "            pass"]);
    expect(f.cognitive).toBe(4);
  });

  it("Ruby: an else that holds an if nests it (it is not an elsif)", () => {
    const [f] = functions("a.rb", ["def f(a, b)", "  if a", "  else", "    if b", "    end", "  end", "end"]);
    expect(f.cognitive).toBe(4);
  });

  it("Python: self.f() in f is recursion; calling another object's f is not", () => {
    const fns = functions("a.py", ["class A:", "    def f(self, n):", "        return self.f(n - 1)", "    def g(self, o):", "        return o.g()"]);
    expect(fns.map((f) => [f.name, f.cognitive])).toEqual([
      ["f", 1],
      ["g", 0],
    ]);
  });
});

// A chain `a ? x : b ? y : z` is a table of cases, as `else if` is: each link 1, without nesting.
// A ternary in the middle operand, or parenthesised, still nests.
describe("cognitive complexity: a chain of ternaries reads as else-if", () => {
  it.each<[string, string[], number]>([
    ["a.ts", ["function f(c) {", "  return c < 1 ? 0 : c < 5 ? 1 : c < 9 ? 2 : 3;", "}"], 3],
    ["a.ts", ["function f(c) {", "  return c < 1 ? (c < 0 ? -1 : 0) : 3;", "}"], 3],
    ["a.ts", ["function f(c) {", "  return c < 1 ? c < 0 ? -1 : 0 : 3;", "}"], 3],
    ["a.ts", ["function f(c) {", "  if (c) {", "    return c < 1 ? 0 : c < 5 ? 1 : 2;", "  }", "}"], 4],
    ["A.java", ["class A {", "  int f(char c) {", "    return c == ' ' ? 3 : c >= '0' && c <= '9' ? c - 44 : c >= 'A' ? c - 51 : c;", "  }", "}"], 4],
    ["A.cs", ["class A {", "  int F(int c) {", "    return c < 1 ? 0 : c < 5 ? 1 : 2;", "  }", "}"], 2],
    ["a.php", ["<?php", "function f($c) {", "  return $c < 1 ? 0 : ($c < 5 ? 1 : 2);", "}"], 3],
    ["a.php", ["<?php", "function f($c) {", "  return $c < 1 ? 0 : 2;", "}"], 1],
    ["a.py", ["def f(c):", "    return 0 if c < 1 else 1 if c < 5 else 2 if c < 9 else 3"], 3],
    ["a.rb", ["def f(c)", "  c < 1 ? 0 : c < 5 ? 1 : 2", "end"], 2],
  ])("%s: %j costs %i", (path, lines, expected) => {
    const [f] = functions(path, lines);
    expect(f.cognitive).toBe(expected);
  });
});
