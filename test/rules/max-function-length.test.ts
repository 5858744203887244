import { change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { body, sourceFile } from "../helpers/source-file.js";

const ts = (n: number) => ["export function big(x: number) {", ...body(n), "  return x;", "}"].join("\n");
const py = (n: number) => ["def big(x):", ...body(n, "    ", "x = x + 1"), "    return x", "", "def small():", "    return 1"].join("\n");
const go = (n: number) => ["package main", "", "func Big(x int) int {", ...body(n, "\t", "x++"), "\treturn x", "}"].join("\n");
const java = (n: number) => ["class A {", "  public int big(int x) {", ...body(n, "    "), "    return x;", "  }", "}"].join("\n");
const rb = (n: number) => ["class A", "  def big(x)", ...body(n, "    ", "x += 1"), "  end", "end"].join("\n");

const make = (path: string, text: string, added?: number[]) => {
  const { file, lookups } = sourceFile(path, text, added);
  return { change: change([file]), lookups };
};

testRule("max-function-length", {
  valid: [
    { name: "TS: a short function", ...make("src/a.ts", ts(10)) },
    { name: "TS: a long function the change did not touch", ...make("src/a.ts", ts(70) + "\nexport const y = 1;", [75]) },
    { name: "Python: short functions", ...make("app/a.py", py(20)) },
    { name: "Go: within a raised max", options: { max: 100 }, ...make("main.go", go(80)) },
    {
      name: "TS: a long describe() suite is a container, not a function",
      ...make(
        "test/a.test.ts",
        [
          "describe('suite', () => {",
          ...Array.from({ length: 30 }, (_, i) => `  it('case ${i}', () => expect(${i}).toBe(${i}));`),
          ...Array.from({ length: 40 }, () => "  // more"),
          "});",
        ].join("\n"),
      ),
    },
    {
      name: "braces in strings do not confuse the count (Java)",
      ...make("A.java", ["class A {", "  String s() {", '    return "}}}{{{";', "  }", "}"].join("\n")),
    },
  ],
  invalid: [
    {
      name: "TS: a new function over 60 lines",
      ...make("src/a.ts", ts(60)),
      findings: [{ messageId: "tooLong", path: "src/a.ts", line: 1, data: { name: "big", length: 63, max: 60 } }],
    },
    {
      name: "TS: an existing function grown past the max, reported on the first added line",
      ...make("src/a.ts", ts(61), [30]),
      findings: [{ messageId: "tooLong", line: 30, data: { length: 64 } }],
    },
    {
      name: "TS: an arrow function",
      ...make("src/a.tsx", ["export const C = () => {", ...body(70), "};"].join("\n")),
      findings: [{ messageId: "tooLong", data: { name: "(anonymous function)", length: 72 } }],
    },
    {
      name: "TS: a long test case inside describe is still measured",
      ...make("test/a.test.ts", ["describe.each([1])('suite %i', () => {", "  it('long', () => {", ...body(61), "  });", "});"].join("\n")),
      findings: [{ messageId: "tooLong", line: 2, data: { length: 63 } }],
    },
    { name: "Python: by indentation", ...make("app/a.py", py(60)), findings: [{ messageId: "tooLong", line: 1, data: { name: "big", length: 62 } }] },
    { name: "Go: by braces", ...make("main.go", go(60)), findings: [{ messageId: "tooLong", line: 3, data: { name: "Big", length: 63 } }] },
    { name: "Java: a method", ...make("A.java", java(60)), findings: [{ messageId: "tooLong", line: 2, data: { name: "big", length: 63 } }] },
    { name: "Ruby: def … end", ...make("lib/a.rb", rb(60)), findings: [{ messageId: "tooLong", line: 2, data: { name: "big", length: 62 } }] },
  ],
});
