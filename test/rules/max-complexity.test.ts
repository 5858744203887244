import { change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { sourceFile } from "../helpers/source-file.js";

const make = (path: string, text: string, added?: number[]) => {
  const { file, lookups } = sourceFile(path, text, added);
  return { change: change([file]), lookups };
};
// 1 + n decision points
const branches = (n: number, name = "decide") =>
  [`function ${name}(x: number) {`, ...Array.from({ length: n }, (_, i) => `  if (x === ${i}) return ${i};`), "  return -1;", "}"].join("\n");

testRule("max-complexity", {
  valid: [
    { name: "TS: complexity at the max", ...make("src/a.ts", branches(14)) },
    { name: "JS: an untouched complex function", ...make("src/a.js", branches(20) + "\nconst y = 1;", [24]) },
    {
      name: "not TS/JS: Python is not measured",
      ...make("app/a.py", ["def f(x):", ...Array.from({ length: 30 }, (_, i) => `    if x == ${i}: return ${i}`)].join("\n")),
    },
    {
      name: "Go is not measured either",
      ...make("main.go", ["func f(x int) int {", ...Array.from({ length: 30 }, () => "\tif x > 0 { x-- }"), "\treturn x", "}"].join("\n")),
    },
  ],
  invalid: [
    {
      name: "TS: 1 + 15 branches",
      ...make("src/a.ts", branches(15)),
      findings: [{ messageId: "tooComplex", path: "src/a.ts", line: 1, data: { name: "decide", complexity: 16, max: 15 } }],
    },
    {
      name: "JS: && || ?? and ?: count",
      options: { max: 3 },
      ...make("src/a.js", ["const f = (a, b) => {", "  const v = a && b || c ?? d;", "  return v ? 1 : 2;", "};"].join("\n")),
      findings: [{ messageId: "tooComplex", data: { complexity: 5 } }],
    },
    {
      name: "TSX: a class method edited on one line",
      ...make(
        "src/A.tsx",
        ["class A {", "  m(x: number) {", ...Array.from({ length: 16 }, (_, i) => `    if (x === ${i}) return ${i};`), "    return 0;", "  }", "}"].join("\n"),
        [5],
      ),
      findings: [{ messageId: "tooComplex", line: 5, data: { name: "m", complexity: 17 } }],
    },
  ],
});
