import { change } from "../helpers/make-change.js";
import { testRule } from "../helpers/rule-tester.js";
import { sourceFile } from "../helpers/source-file.js";

const make = (path: string, text: string, added?: number[]) => {
  const { file, lookups } = sourceFile(path, text, added);
  return { change: change([file]), lookups };
};

const tsDeep = [
  "function f(a: number[]) {",
  "  for (const x of a) {",
  "    if (x > 0) {",
  "      while (x < 10) {",
  "        try {",
  "          if (x === 5) {",
  "            return x;",
  "          }",
  "        } catch {}",
  "      }",
  "    }",
  "  }",
  "}",
].join("\n");

const pyDeep = [
  "def f(a):",
  "    for x in a:",
  "        if x:",
  "            while x < 10:",
  "                with open(p) as fh:",
  "                    if x == 5:",
  "                        return x",
].join("\n");
const goDeep = [
  "func f(a []int) int {",
  "\tfor _, x := range a {",
  "\t\tif x > 0 {",
  "\t\t\tfor x < 10 {",
  "\t\t\t\tswitch x {",
  "\t\t\t\tcase 5:",
  "\t\t\t\t\tif x == 5 {",
  "\t\t\t\t\t\treturn x",
  "\t\t\t\t\t}",
  "\t\t\t\t}",
  "\t\t\t}",
  "\t\t}",
  "\t}",
  "\treturn 0",
  "}",
].join("\n");

testRule("max-nesting-depth", {
  valid: [
    {
      name: "TS: four levels is the default max",
      ...make("src/a.ts", tsDeep.replace("if (x === 5) {", "{").replace("            return x;", "            x;")),
    },
    {
      name: "TS: else-if chains do not nest",
      ...make(
        "src/a.ts",
        ["function f(x: number) {", "  if (x) {", "    if (a) {} else if (b) {} else if (c) {} else if (d) {} else if (e) {}", "  }", "}"].join("\n"),
      ),
    },
    { name: "TS: deep code the change did not add", ...make("src/a.ts", tsDeep + "\nconst z = 1;", [14]) },
    { name: "Python: within a raised max", options: { max: 6 }, ...make("app/a.py", pyDeep) },
  ],
  invalid: [
    {
      name: "TS: five levels, reported once at the block that goes too deep",
      ...make("src/a.ts", tsDeep),
      findings: [{ messageId: "tooDeep", path: "src/a.ts", line: 6, data: { depth: 5, max: 4 } }],
    },
    { name: "Python: by indentation (with counts as a level)", ...make("app/a.py", pyDeep), findings: [{ messageId: "tooDeep", line: 6, data: { depth: 5 } }] },
    { name: "Go: by braces", ...make("main.go", goDeep), findings: [{ messageId: "tooDeep", line: 7, data: { depth: 5 } }] },
    { name: "a lower max", options: { max: 2 }, ...make("src/a.ts", tsDeep), findings: [{ messageId: "tooDeep", line: 4, data: { depth: 3, max: 2 } }] },
  ],
});
