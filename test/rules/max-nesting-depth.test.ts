import { changed } from "../helpers/base-head.js";
import type { InvalidCase, ValidCase } from "../helpers/rule-tester.js";
import { testRule } from "../helpers/rule-tester.js";
import { SAMPLES } from "../syntax/samples.js";

const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];

for (const s of SAMPLES) {
  const deep = s.file("f", s.nest(5));
  valid.push(
    { name: `${s.lang}: nested at the max`, ...changed(s.path, undefined, s.file("f", s.nest(4))) },
    { name: `${s.lang}: a variable renamed on a line of an existing deep function`, ...changed(s.path, deep, deep.replace(/x > 3/, "x > 33")) },
    { name: `${s.lang}: fixtures are not reviewed`, ...changed(s.path.replace(/[^/]+$/, "fixtures/$&"), undefined, deep) },
  );
  invalid.push(
    {
      name: `${s.lang}: a new function nested 5 deep`,
      ...changed(s.path, undefined, deep),
      findings: [{ messageId: "tooDeep", path: s.path, data: { depth: 5, max: 4 } }],
    },
    {
      name: `${s.lang}: an existing deep function nested one level deeper`,
      ...changed(s.path, deep, s.file("f", s.nest(6))),
      findings: [{ messageId: "grew", data: { name: "f", before: 5, depth: 6 } }],
    },
  );
}

testRule("max-nesting-depth", {
  valid: [
    ...valid,
    {
      name: "TS: else-if chains do not nest",
      ...changed(
        "src/a.ts",
        undefined,
        [
          "function f(x: number) {",
          "  if (x === 1) {",
          "  } else if (x === 2) {",
          "  } else if (x === 3) {",
          "    if (a) { if (b) { if (c) { y(); } } }",
          "  }",
          "}",
        ].join("\n"),
      ),
    },
    {
      name: "TS: a nested function starts again at zero",
      ...changed(
        "src/a.ts",
        undefined,
        ["function f() {", "  if (a) { if (b) { if (c) {", "    items.forEach((i) => { if (i) { if (d) { g(); } } });", "  } } }", "}"].join("\n"),
      ),
    },
  ],
  invalid: [
    ...invalid,
    {
      name: "TS: the finding lands on the deepest block",
      ...changed("src/deep.ts", undefined, ["function f() {", ...SAMPLES[0].nest(6), "}"].join("\n")),
      findings: [{ messageId: "tooDeep", line: 7, data: { name: "f", depth: 6 } }],
    },
    {
      name: "a lower max",
      options: { max: 1 },
      ...changed("src/a.py", undefined, ["def f(x):", "    for y in x:", "        if y:", "            pass"].join("\n")),
      findings: [{ messageId: "tooDeep", line: 3, data: { depth: 2, max: 1 } }],
    },
  ],
});
